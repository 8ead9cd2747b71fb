// The auto-completion sweep: every minute, shipped orders past their `autoCompleteAt` become DELIVERED and their
// sellers are settled (orders/service.ts completeShippedOrders; idempotent, exactly once per order).
import { registerJob } from "../../jobs/runner.ts";
import { completeShippedOrders } from "./service.ts";

export const AUTO_COMPLETE_ORDERS_JOB = "orders.autoComplete";

registerJob({ name: AUTO_COMPLETE_ORDERS_JOB, everyMs: 60_000, run: (db, now) => completeShippedOrders(db, now) });
