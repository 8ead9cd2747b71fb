import type { Handle, HandleFetch } from "@sveltejs/kit/hooks";

import { paraglideMiddleware } from "#lib/paraglide/server.js";
import { hasSessionCookie, securityHeaders } from "#lib/security-headers.server.ts";
import { dev } from "$app/env";
import { API_URL } from "$app/env/private";

/** Set by the web server (apps/web/server/web-server.ts) on every request it serves. */
const REQUEST_ID_HEADER = "x-request-id";

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

/**
 * Calls to the API carry the page request's id, so the API's log line for a query and the web server's line for
 * the page that caused it share one id. Only the API gets it: other hosts have no use for our ids.
 */
export const handleFetch: HandleFetch = async ({ event, request, fetch }) => {
  const requestId = event.request.headers.get(REQUEST_ID_HEADER);
  if (!requestId || new URL(request.url).origin !== new URL(API_URL).origin) return fetch(request);
  const headers = new Headers(request.headers);
  headers.set(REQUEST_ID_HEADER, requestId);
  return fetch(new Request(request, { headers }));
};
