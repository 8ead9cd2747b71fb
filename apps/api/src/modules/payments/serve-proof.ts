// GET /payment-proofs/<payment UUID> on the API: a payment's proof of transfer, for its buyer, the officers of the
// cooperative paid and admins only (session cookie). Never cached by shared caches; anyone else gets 404, as for a
// payment that does not exist. The web app proxies it with the visitor's cookie.
import type { PrismaClient } from "@desa-migran/db";
import type { Plugin } from "graphql-yoga";

import { loadSessionUser, readCookie, SESSION_COOKIE } from "../auth/sessions.ts";
import { mediaStorage } from "../photos/storage.ts";

const PATH = /^\/payment-proofs\/([0-9a-f-]{36})$/i;

/** Whether the user may see the payment's proof: its buyer, an officer of its cooperative, or an admin. */
async function mayReadProof(prisma: PrismaClient, userId: string, isAdmin: boolean, paymentId: string) {
  const payment = await prisma.payment.findUnique({
    where: { id: paymentId },
    select: { buyerId: true, cooperativeId: true, proofKey: true, proofContentType: true },
  });
  if (!payment?.proofKey) return null;
  if (isAdmin || payment.buyerId === userId) return payment;
  if (!payment.cooperativeId) return null;
  const officer = await prisma.cooperativeOfficer.findFirst({
    where: { cooperativeId: payment.cooperativeId, userId },
    select: { id: true },
  });
  return officer ? payment : null;
}

export function usePaymentProofs(prisma: PrismaClient): Plugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      const match = PATH.exec(url.pathname);
      if (!match && !url.pathname.startsWith("/payment-proofs/")) return;
      const notFound = () =>
        endResponse(new fetchAPI.Response("Not found", { status: 404, headers: { "cache-control": "no-store" } }));
      if (!match || request.method !== "GET") return notFound();
      const token = readCookie(request.headers.get("cookie"), SESSION_COOKIE);
      const user = token ? await loadSessionUser(prisma, token) : null;
      const payment = user ? await mayReadProof(prisma, user.id, user.isPlatformAdmin, match[1]!) : null;
      const stored = payment?.proofKey ? await mediaStorage().get(payment.proofKey) : null;
      if (!stored) return notFound();
      endResponse(
        new fetchAPI.Response(stored.body as BodyInit, {
          headers: {
            "content-type": stored.contentType,
            "content-length": String(stored.body.byteLength),
            "cache-control": "private, no-store",
            "content-disposition": "inline",
            "x-content-type-options": "nosniff",
            "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; sandbox",
          },
        }),
      );
    },
  };
}
