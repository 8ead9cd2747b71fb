import type { Handle } from "@sveltejs/kit/hooks";

import { paraglideMiddleware } from "#lib/paraglide/server.js";

/**
 * Resolves the visitor's language (locale cookie, else Bahasa Indonesia) for the whole
 * request, so messages rendered on the server and `<html lang>` agree.
 */
export const handle: Handle = ({ event, resolve }) =>
  paraglideMiddleware(event.request, ({ locale }) =>
    resolve(event, {
      transformPageChunk: ({ html }) => html.replace("%paraglide.lang%", locale),
    }),
  );
