import type { Handle } from "@sveltejs/kit/hooks";

import { paraglideMiddleware } from "#lib/paraglide/server.js";
import { hasSessionCookie, securityHeaders } from "#lib/server/security-headers.ts";
import { dev } from "$app/env";

/**
 * Resolves the visitor's language (locale cookie, else Bahasa Indonesia) for the whole
 * request, so messages rendered on the server and `<html lang>` agree.
 */
export const handle: Handle = async ({ event, resolve }) => {
  const hasSession = hasSessionCookie(event.cookies);
  const response = await paraglideMiddleware(event.request, ({ locale }) =>
    resolve(event, {
      transformPageChunk: ({ html }) => html.replace("%paraglide.lang%", locale),
    }),
  );
  for (const [name, value] of Object.entries(securityHeaders({ url: event.url, hasSession, production: !dev }))) {
    // A response's own stricter cache rule (e.g. no-store on a public page) stays; personal data never caches.
    if (name === "cache-control" || !response.headers.has(name)) response.headers.set(name, value);
  }
  return response;
};
