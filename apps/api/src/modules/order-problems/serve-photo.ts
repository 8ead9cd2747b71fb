// GET /order-problem-photos/<report UUID> on the API: the photo a buyer sent with a problem report, for the buyer,
// the order's seller, the officers of the cooperative whose queue it is in and admins only (session cookie). Stored
// privately with the payment proofs (`proofs/`, never served by /media/); anyone else gets 404. Never cached by
// shared caches. The web app proxies it with the visitor's cookie.
import type { PrismaClient } from "@desa-migran/db";
import type { Plugin } from "graphql-yoga";

import { loadSessionUser, readCookie, SESSION_COOKIE } from "../auth/sessions.ts";
import { mediaStorage } from "../photos/storage.ts";

const PATH = /^\/order-problem-photos\/([0-9a-f-]{36})$/i;

/** The report's photo key when the user may see it: reporter, seller, an officer of its cooperative, an admin. */
async function readablePhotoKey(prisma: PrismaClient, userId: string, isAdmin: boolean, problemId: string) {
  const problem = await prisma.orderProblem.findUnique({
    where: { id: problemId },
    select: {
      reporterId: true,
      cooperativeId: true,
      photoKey: true,
      order: { select: { business: { select: { ownerId: true } } } },
    },
  });
  if (!problem?.photoKey) return null;
  if (isAdmin || problem.reporterId === userId || problem.order.business.ownerId === userId) return problem.photoKey;
  if (!problem.cooperativeId) return null;
  const officer = await prisma.cooperativeOfficer.findFirst({
    where: { cooperativeId: problem.cooperativeId, userId },
    select: { id: true },
  });
  return officer ? problem.photoKey : null;
}

export function useOrderProblemPhotos(prisma: PrismaClient): Plugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (!url.pathname.startsWith("/order-problem-photos/")) return;
      const match = PATH.exec(url.pathname);
      const notFound = () =>
        endResponse(new fetchAPI.Response("Not found", { status: 404, headers: { "cache-control": "no-store" } }));
      if (!match || request.method !== "GET") return notFound();
      const token = readCookie(request.headers.get("cookie"), SESSION_COOKIE);
      const user = token ? await loadSessionUser(prisma, token) : null;
      const key = user ? await readablePhotoKey(prisma, user.id, user.isPlatformAdmin, match[1]!) : null;
      const stored = key ? await mediaStorage().get(key) : null;
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
