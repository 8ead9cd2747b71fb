// Reads of confidential objects (a person, a case, a household): what the caller may not see is a 404, whatever
// the API's reason, so a page never confirms that such an object exists.
import { error, type RequestEvent } from "@sveltejs/kit";
import type { AnyVariables, DocumentInput } from "@urql/core";

import { createApiClient } from "./graphql.ts";

/**
 * Codes of errors the API raises on purpose for an object the caller may not see or that cannot exist.
 * Authorization refusals carry FORBIDDEN, Pothos' global-ID errors no code; anything unexpected is masked by the API with
 * INTERNAL_SERVER_ERROR, and limits carry their own code (RATE_LIMITED...), which are real failures.
 */
const HIDDEN_CODES = new Set([undefined, "FORBIDDEN", "NOT_FOUND", "BAD_USER_INPUT"]);

/**
 * Runs a query for a confidential object (a person, a case). What the officer may not read, and IDs that
 * name no object, are a 404 to the visitor whatever the API's reason, so the page does not confirm that
 * the object exists. Classified by `extensions.code`, not by message text.
 */
export async function queryConfidential<Data, Variables extends AnyVariables>(
  event: Pick<RequestEvent, "cookies" | "fetch">,
  query: DocumentInput<Data, Variables>,
  variables: Variables,
): Promise<Data> {
  const result = await createApiClient(event).query(query, variables).toPromise();
  if (result.error?.networkError) error(503, "API unavailable");
  if (result.error) {
    // An error without a path is about the request itself (validation), never about the object.
    const hidden = (e: { path?: readonly (string | number)[] | undefined; extensions?: Record<string, unknown> }) =>
      !!e.path?.length && HIDDEN_CODES.has(e.extensions?.code as string | undefined);
    if (result.error.graphQLErrors.every(hidden)) error(404, "Not found");
    console.error("GraphQL API returned errors:", result.error.graphQLErrors);
    error(502, "API error");
  }
  if (!result.data) error(502, "API error");
  return result.data;
}
