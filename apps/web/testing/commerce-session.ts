// Signs a demo account in through the real API and returns its session token, for tests that
// need a signed-in user without going through the sign-in page.
import { DEMO_PASSWORD, demoAccounts } from "@desa-migran/api/seed/demo-accounts";

/** The Juntinyuat cooperative's treasurer (seeded, demo password): the second officer of four-eyes approvals. */
export const TREASURER = "abdul.karim@kdmp-jty.koperasi.desamigran.id";

/** The session token of a demo account (by its seed name), signed in with the demo password. */
export async function signInToken(apiUrl: string, account: keyof typeof demoAccounts): Promise<string> {
  return signInTokenFor(apiUrl, demoAccounts[account].email);
}

/** The session token of the user with this email, signed in with `password` (the demo one by default). */
export async function signInTokenFor(apiUrl: string, email: string, password = DEMO_PASSWORD): Promise<string> {
  const response = await fetch(apiUrl, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      query: "mutation($input: SignInInput!) { signIn(input: $input) { __typename } }",
      variables: { input: { email, password } },
    }),
  });
  const cookie = response.headers.getSetCookie().find((header) => header.startsWith("dm_session="));
  if (!cookie) throw new Error(`signIn as ${email} set no session: ${await response.text()}`);
  return decodeURIComponent(cookie.split(";")[0]!.slice("dm_session=".length));
}

/** A GraphQL call to the real API as `token`'s user. */
export async function apiCall<T = any>(
  apiUrl: string,
  query: string,
  variables: object = {},
  token?: string,
): Promise<T> {
  const response = await fetch(apiUrl, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(token ? { cookie: `dm_session=${encodeURIComponent(token)}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (body.errors || !body.data) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data;
}
