// The payments sweep: every minute, transfers unpaid at their deadline expire (orders cancelled, stock released).
import { registerJob } from "../../jobs/runner.ts";
import { expireOverduePayments } from "./treasury.ts";

export const EXPIRE_PAYMENTS_JOB = "payments.expire";

registerJob({ name: EXPIRE_PAYMENTS_JOB, everyMs: 60_000, run: (db, now) => expireOverduePayments(db, now) });
