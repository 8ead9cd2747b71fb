import { error, redirect } from "@sveltejs/kit";

import { createApiClient, runQuery } from "#lib/graphql.ts";
import { OrdersByIdQuery } from "#lib/order-queries.server.ts";
import { requireSession } from "#lib/session.ts";

import type { PageServerLoad } from "./$types";

export const load: PageServerLoad = async (event) => {
  requireSession(event);
  const ids = event.url.searchParams.getAll("pesanan").slice(0, 50);
  if (ids.length === 0) redirect(303, "/pesanan");
  const data = await runQuery(createApiClient(event), OrdersByIdQuery, { ids });
  // Someone else's order IDs come back as null (not visible to this buyer).
  const orders = data.nodes.flatMap((node) => (node?.__typename === "Order" ? [node] : []));
  if (orders.length === 0) error(404, "Order not found");
  const total = orders.reduce((sum, order) => sum + BigInt(order.total.amount), 0n).toString();
  // One payment per cooperative: orders of one cooperative share theirs.
  const payments = [...new Map(orders.flatMap((o) => (o.payment ? [[o.payment.id, o.payment]] : []))).values()];
  return { orders, payments, total: { amount: total, currency: "IDR" } };
};
