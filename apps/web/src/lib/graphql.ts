import { error, type RequestEvent } from "@sveltejs/kit";
import { type AnyVariables, Client, type DocumentInput, fetchExchange } from "@urql/core";

import { API_URL } from "$app/env/private";

import { getLocale } from "./paraglide/runtime.js";
import { forgetDeadSession, SESSION_COOKIE } from "./session.ts";

type ApiEvent = Pick<RequestEvent, "cookies" | "fetch"> & Partial<Pick<RequestEvent, "getClientAddress" | "url">>;

/**
 * Creates a GraphQL client for one request, acting as the signed-in user.
 *
 * One client per request, with no cache exchange: a shared cache on the server would hand one
 * user's data to another. Only the session cookie is forwarded (`credentials: "omit"` stops
 * SvelteKit's fetch from adding the visitor's other cookies when the API shares the web
 * server's host name, as in development).
 */
function clientAddress(event: ApiEvent): string | null {
  try {
    return event.getClientAddress?.() ?? null;
  } catch {
    return null; // not every runtime knows the peer address (e.g. some test doubles)
  }
}

/** What tells the API who asks (the session), for whom (the visitor's address) and in which language. */
export function apiHeaders(event: ApiEvent): Record<string, string> {
  const session = event.cookies.get(SESSION_COOKIE);
  const headers: Record<string, string> = { "accept-language": getLocale() };
  if (session) headers.cookie = `${SESSION_COOKIE}=${encodeURIComponent(session)}`;
  // Every visitor reaches the API from this server's address; name the visitor so the API's per-address
  // rate limit applies to them, not to the whole marketplace (the API trusts this header from loopback only).
  const visitor = clientAddress(event);
  if (visitor) headers["x-forwarded-for"] = visitor;
  return headers;
}

export function createApiClient(
  event: ApiEvent,
  options: { url?: string; onResponse?: (response: Response) => void } = {},
): Client {
  const session = event.cookies.get(SESSION_COOKIE);
  const headers = apiHeaders(event);
  return new Client({
    url: options.url ?? API_URL,
    exchanges: [fetchExchange],
    // event.fetch runs through the handleFetch hook, so a deployment can reroute API calls.
    fetch: async (input, init) => {
      const response = await event.fetch(input, init);
      options.onResponse?.(response);
      if (session)
        forgetDeadSession(event.cookies, response.headers.getSetCookie(), event.url ?? new URL("http://localhost"));
      return response;
    },
    fetchOptions: { headers, credentials: "omit" },
    requestPolicy: "network-only",
    // POST keeps operations out of proxy logs and caches.
    preferGetMethod: false,
  });
}

/**
 * Runs a query and returns its data, or throws SvelteKit's `error()` so the error page
 * explains what happened: 503 when the API cannot be reached, 502 when it answers with
 * errors or no data. Expected failures belong in the schema (result unions), so any
 * GraphQL error here is unexpected; its details are logged, not shown.
 */
export async function runQuery<Data, Variables extends AnyVariables>(
  client: Client,
  query: DocumentInput<Data, Variables>,
  variables: Variables,
): Promise<Data> {
  const result = await client.query(query, variables).toPromise();
  if (result.error?.networkError) {
    console.error("GraphQL API unreachable:", result.error.networkError);
    error(503, "API unavailable");
  }
  if (result.error) {
    console.error("GraphQL API returned errors:", result.error.graphQLErrors);
    error(502, "API error");
  }
  if (!result.data) {
    console.error("GraphQL API returned no data");
    error(502, "API error");
  }
  return result.data;
}

/**
 * Like runQuery, but a GraphQL error with extension `code` is an expected answer (e.g. CONTRADICTORY_FILTER:
 * filters no row can meet) whose message, already in the visitor's language, the page shows instead of data.
 */
export async function runQueryOrExplain<Data, Variables extends AnyVariables>(
  client: Client,
  query: DocumentInput<Data, Variables>,
  variables: Variables,
  code: string,
): Promise<{ data: Data; explanation: null } | { data: null; explanation: string }> {
  const result = await client.query(query, variables).toPromise();
  const expected = result.error?.graphQLErrors.find((graphQLError) => graphQLError.extensions?.code === code);
  if (expected) return { data: null, explanation: expected.message };
  if (result.error?.networkError) {
    console.error("GraphQL API unreachable:", result.error.networkError);
    error(503, "API unavailable");
  }
  if (result.error || !result.data) {
    console.error("GraphQL API returned errors:", result.error?.graphQLErrors);
    error(502, "API error");
  }
  return { data: result.data, explanation: null };
}

/** What a form action gets back from a mutation: the typed result, or why there is none. */
export type MutationOutcome<Data> =
  { ok: true; data: Data; setCookies: string[] } | { ok: false; reason: "unavailable" | "error" };

/**
 * Runs a mutation for a form action. Unlike runQuery it never throws: an action answers a
 * failure with the form and what the user typed, so it needs the outcome as a value.
 * Expected failures arrive as typed errors inside `data` (result unions); `ok: false` means
 * the API could not be reached ("unavailable") or answered with GraphQL errors ("error").
 * The API's Set-Cookie headers are returned so sign-in can hand the session to the browser.
 */
export async function runMutation<Data, Variables extends AnyVariables>(
  event: ApiEvent,
  mutation: DocumentInput<Data, Variables>,
  variables: Variables,
  options: { url?: string } = {},
): Promise<MutationOutcome<Data>> {
  const setCookies: string[] = [];
  const client = createApiClient(event, {
    ...options,
    onResponse: (response) => setCookies.push(...response.headers.getSetCookie()),
  });
  const result = await client.mutation(mutation, variables).toPromise();
  if (result.error?.networkError) {
    console.error("GraphQL API unreachable:", result.error.networkError);
    return { ok: false, reason: "unavailable" };
  }
  if (result.error || !result.data) {
    console.error("GraphQL API returned errors:", result.error?.graphQLErrors);
    return { ok: false, reason: "error" };
  }
  return { ok: true, data: result.data, setCookies };
}
