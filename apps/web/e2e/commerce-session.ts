// Signs a demo account in through the real API and returns its session token, for tests that
// need a signed-in buyer or entrepreneur without going through the sign-in page.
import { DEMO_PASSWORD, demoAccounts } from "../../../prisma/seed/demo-accounts.ts";

export async function signInToken(apiUrl: string, account: "buyer" | "entrepreneur"): Promise<string> {
  const response = await fetch(apiUrl, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      query: "mutation($input: SignInInput!) { signIn(input: $input) { __typename } }",
      variables: { input: { email: demoAccounts[account].email, password: DEMO_PASSWORD } },
    }),
  });
  const cookie = response.headers.getSetCookie().find((header) => header.startsWith("dm_session="));
  if (!cookie) throw new Error(`signIn as ${account} set no session: ${await response.text()}`);
  return decodeURIComponent(cookie.split(";")[0]!.slice("dm_session=".length));
}

/** A GraphQL call to the real API as `token`'s user. */
export async function apiCall<T = any>(apiUrl: string, query: string, variables: object = {}, token?: string): Promise<T> {
  const response = await fetch(apiUrl, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { cookie: `dm_session=${encodeURIComponent(token)}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (body.errors || !body.data) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data;
}
