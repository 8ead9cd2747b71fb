// GET /media/<folder>/<file>.webp on the API: the stored photo files. Their names are random and never reused,
// so they are cached for a year. The web app proxies /media/ to here, so browsers only talk to the web origin.
import type { Plugin } from "graphql-yoga";

import { isPrivateMediaKey } from "../payments/proofs.ts";
import { MEDIA_KEY, mediaStorage } from "./storage.ts";

export function useMedia(): Plugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (!url.pathname.startsWith("/media/")) return;
      if (request.method !== "GET" && request.method !== "HEAD") {
        endResponse(new fetchAPI.Response(null, { status: 405, headers: { allow: "GET, HEAD" } }));
        return;
      }
      const key = url.pathname.slice("/media/".length);
      // Proofs of transfer are private: never here, only through /payment-proofs/ with a session.
      const stored = MEDIA_KEY.test(key) && !isPrivateMediaKey(key) ? await mediaStorage().get(key) : null;
      if (!stored) {
        endResponse(new fetchAPI.Response("Not found", { status: 404, headers: { "cache-control": "no-store" } }));
        return;
      }
      endResponse(
        new fetchAPI.Response(request.method === "HEAD" ? null : (stored.body as BodyInit), {
          headers: {
            "content-type": stored.contentType,
            "content-length": String(stored.body.byteLength),
            "cache-control": "public, max-age=31536000, immutable",
            "x-content-type-options": "nosniff",
            "content-security-policy": "default-src 'none'",
          },
        }),
      );
    },
  };
}
