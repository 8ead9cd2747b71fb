import type { Plugin } from "graphql-yoga";

/** GraphQL documents and inputs are small: 256 KiB is far above any real operation. */
export const DEFAULT_MAX_BODY_BYTES = 256 * 1024;
/** A multipart request carries one photo (at most 10 MB, refused by addProductPhoto above that) and its operation. */
export const MAX_UPLOAD_BODY_BYTES = 10 * 1024 * 1024 + 256 * 1024;

function tooLarge(Response: typeof globalThis.Response, maxBytes: number): Response {
  return new Response(
    JSON.stringify({
      errors: [
        {
          message: `Permintaan terlalu besar (maks. ${maxBytes} byte). / Request body too large (max ${maxBytes} bytes).`,
          extensions: { code: "REQUEST_ENTITY_TOO_LARGE" },
        },
      ],
    }),
    { status: 413, headers: { "content-type": "application/json; charset=utf-8" } },
  );
}

/** The body's text, or null once it passes maxBytes (reading stops there). */
async function readAtMost(request: Request, maxBytes: number): Promise<string | null> {
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * Refuses a declared Content-Length over the limit before anything is read, with a bilingual message: 256 KiB for
 * a JSON operation, more for a multipart photo upload. Bodies without a Content-Length (chunked) are cut off while
 * streaming: by Yoga's own `maxRequestBodySize` (the upload limit, set by `createApi`), and, for anything but
 * multipart, by reading them here at most to the JSON limit. Both answer 413.
 */
export function useBodyLimit(jsonMaxBytes: number, uploadMaxBytes = MAX_UPLOAD_BODY_BYTES): Plugin {
  const isUpload = (request: Request) => /^multipart\/form-data\b/i.test(request.headers.get("content-type") ?? "");
  return {
    onRequest({ request, endResponse, fetchAPI }) {
      const length = Number(request.headers.get("content-length") ?? 0);
      const maxBytes = isUpload(request) ? Math.max(uploadMaxBytes, jsonMaxBytes) : jsonMaxBytes;
      if (length > maxBytes) endResponse(tooLarge(fetchAPI.Response, maxBytes));
    },
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      if (!requestParser || !request.body || request.headers.has("content-length") || isUpload(request)) return;
      setRequestParser(async (streamed) => {
        const text = await readAtMost(streamed, jsonMaxBytes);
        if (text === null) return tooLarge(fetchAPI.Response, jsonMaxBytes);
        return requestParser(
          new fetchAPI.Request(streamed.url, { method: "POST", headers: streamed.headers, body: text }),
        );
      });
    },
  };
}
