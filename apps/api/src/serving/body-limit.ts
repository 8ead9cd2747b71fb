import type { Plugin } from "graphql-yoga";

/** GraphQL documents and inputs are small: 256 KiB is far above any real operation. */
export const DEFAULT_MAX_BODY_BYTES = 256 * 1024;

/**
 * Refuses a declared Content-Length over the limit before anything is read, with a bilingual message. Bodies
 * without a Content-Length (chunked) are cut off while streaming by Yoga's own `maxRequestBodySize`, which
 * `createApi` sets to the same limit; both answer 413.
 */
export function useBodyLimit(maxBytes: number): Plugin {
  return {
    onRequest({ request, endResponse, fetchAPI }) {
      const length = Number(request.headers.get("content-length") ?? 0);
      if (length > maxBytes) {
        endResponse(
          new fetchAPI.Response(
            JSON.stringify({
              errors: [
                {
                  message: `Permintaan terlalu besar (maks. ${maxBytes} byte). / Request body too large (max ${maxBytes} bytes).`,
                  extensions: { code: "REQUEST_ENTITY_TOO_LARGE" },
                },
              ],
            }),
            { status: 413, headers: { "content-type": "application/json; charset=utf-8" } },
          ),
        );
      }
    },
  };
}
