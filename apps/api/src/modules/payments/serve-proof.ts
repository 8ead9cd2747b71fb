// GET /payment-proofs/<payment UUID> on the API: a payment's proof of transfer, for its buyer, the officers of the
// cooperative paid and admins only (photos/serve-private.ts decides and serves).
import type { PrismaClient } from "@desa-migran/db";

import { usePrivateFiles } from "../photos/serve-private.ts";

export const usePaymentProofs = (prisma: PrismaClient) =>
  usePrivateFiles(prisma, "payment-proofs", async (db, paymentId) => {
    const payment = await db.payment.findUnique({
      where: { id: paymentId },
      select: { buyerId: true, cooperativeId: true, proofKey: true },
    });
    if (!payment?.proofKey) return null;
    return { key: payment.proofKey, readerIds: [payment.buyerId], cooperativeId: payment.cooperativeId };
  });
