import { schemaSdl } from "#lib/mitra/schema-doc.server.ts";

import type { RequestHandler } from "./$types";

/**
 * The committed SDL, the same file the API serves at /graphql/schema.graphql, offered from the
 * web app so partners reach it without knowing the API's address (e.g. for gql.tada or codegen).
 */
export const GET: RequestHandler = () =>
  new Response(schemaSdl, {
    headers: {
      "content-type": "text/plain; charset=utf-8",
      "content-disposition": 'inline; filename="schema.graphql"',
      "cache-control": "public, max-age=300",
    },
  });
