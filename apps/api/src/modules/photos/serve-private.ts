// Private files (proofs of transfer, problem-report photos) served by the API at `/<route>/<row UUID>`: only to the
// people the row names, the officers of its cooperative and admins (session cookie); anyone else gets 404, as for a
// row that does not exist. Never cached by shared caches, never rendered as a page (sandboxed). Stored with the
// other media under keys /media/ refuses (`proofs/`). The web app proxies them with the visitor's cookie.
import type { PrismaClient } from "@desa-migran/db";
import type { Plugin } from "graphql-yoga";

import { loadSessionUser, readCookie, SESSION_COOKIE } from "../auth/sessions.ts";
import { mediaStorage } from "./storage.ts";

/** A stored private file and who may read it besides admins and the officers of `cooperativeId`. */
export interface PrivateFile {
  key: string;
  readerIds: string[];
  cooperativeId: string | null;
}

async function mayRead(prisma: PrismaClient, file: PrivateFile, user: { id: string; isPlatformAdmin: boolean }) {
  if (user.isPlatformAdmin || file.readerIds.includes(user.id)) return true;
  if (!file.cooperativeId) return false;
  const officer = await prisma.cooperativeOfficer.findFirst({
    where: { cooperativeId: file.cooperativeId, userId: user.id },
    select: { id: true },
  });
  return officer !== null;
}

/** Serves GET /<route>/<UUID>: `load` finds the row's file (null when it has none). */
export function usePrivateFiles(
  prisma: PrismaClient,
  route: string,
  load: (prisma: PrismaClient, id: string) => Promise<PrivateFile | null>,
): Plugin {
  const prefix = `/${route}/`;
  const path = new RegExp(`^/${route}/([0-9a-f-]{36})$`, "i");
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (!url.pathname.startsWith(prefix)) return;
      const match = path.exec(url.pathname);
      const notFound = () =>
        endResponse(new fetchAPI.Response("Not found", { status: 404, headers: { "cache-control": "no-store" } }));
      if (!match || request.method !== "GET") return notFound();
      const token = readCookie(request.headers.get("cookie"), SESSION_COOKIE);
      const user = token ? await loadSessionUser(prisma, token) : null;
      const file = user ? await load(prisma, match[1]!) : null;
      const stored = file && (await mayRead(prisma, file, user!)) ? await mediaStorage().get(file.key) : null;
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
