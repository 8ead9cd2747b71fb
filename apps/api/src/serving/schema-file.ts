import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";

import type { Plugin } from "graphql-yoga";

/** The committed SDL that clients type against (kept equal to the running schema by src/schema.test.ts). */
export const SCHEMA_FILE_URL = pathToFileURL(
  createRequire(import.meta.url).resolve("@desa-migran/graphql-client/schema.graphql"),
);
export const SCHEMA_FILE_PATH = "/graphql/schema.graphql";

/**
 * Serves the committed SDL at GET /graphql/schema.graphql as text/plain, so partners can generate clients
 * without introspection (which production refuses to anonymous callers).
 */
export function useSchemaFile(): Plugin {
  let sdl: string | null = null;
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== SCHEMA_FILE_PATH) return;
      if (request.method !== "GET" && request.method !== "HEAD") {
        endResponse(
          new fetchAPI.Response("Method not allowed. Use GET.\n", { status: 405, headers: { allow: "GET, HEAD" } }),
        );
        return;
      }
      sdl ??= readFileSync(SCHEMA_FILE_URL, "utf8");
      endResponse(
        new fetchAPI.Response(request.method === "HEAD" ? null : sdl, {
          status: 200,
          headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "public, max-age=300" },
        }),
      );
    },
  };
}
