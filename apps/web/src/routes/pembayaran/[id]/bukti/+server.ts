// GET /pembayaran/<payment id>/bukti: the payment's proof of transfer, for its buyer and the cooperative's officers.
import { error } from "@sveltejs/kit";

import { paymentUuid } from "#lib/payments.ts";
import { fetchPaymentProof } from "#lib/pembayaran/payment-proof.server.ts";

import type { RequestHandler } from "./$types";

export const GET: RequestHandler = async (event) => {
  const uuid = paymentUuid(event.params.id);
  if (!uuid) error(404, "Not found");
  return fetchPaymentProof(event, uuid);
};
