import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestApi } from "../harness.ts";

describe("request limits and HTTP behaviour", () => {
  let api: Awaited<ReturnType<typeof createTestApi>>;
  const send = async (body: BodyInit | null, headers: Record<string, string> = {}, extra: RequestInit = {}) => {
    const response = await api.yoga.fetch("http://localhost/graphql", {
      method: "POST",
      headers: { accept: "application/graphql-response+json", ...headers },
      body,
      ...extra,
    });
    const text = await response.text();
    return { status: response.status, text, json: text.startsWith("{") ? JSON.parse(text) : null };
  };
  const json = (query: string) => send(JSON.stringify({ query }), { "content-type": "application/json" });
  beforeAll(async () => {
    api = await createTestApi();
  });
  afterAll(() => api?.cleanup());

  it("refuses queries nested too deep, with too many aliases or too many tokens, saying which limit", async () => {
    // given three abusive documents
    const deep = `{ villages { edges { node { regency { province { regencies { villages { edges { node { regency { province { name } } } } } } } } } } } }`;
    const aliases = `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: provinces { name }`).join(" ")} }`;
    const tokens = `query(${Array.from({ length: 600 }, (_, i) => `$v${i}: Int`).join(", ")}) { __typename }`;
    // when each is sent
    const results = await Promise.all([json(deep), json(aliases), json(tokens)]);
    // then each is refused before execution, with an error naming the limit
    const messages = results.map((r) => r.json.errors[0].message);
    for (const r of results) {
      expect(r.status).toBe(400);
      expect(r.json.data ?? null).toBeNull();
    }
    expect(messages[0]).toMatch(/depth limit of 10/i);
    expect(messages[1]).toMatch(/aliases limit of 15/i);
    expect(messages[2]).toMatch(/token limit of 2000/i);
  });

  it("refuses a query whose connections could return too much (complexity)", async () => {
    // given 100 villages × 100 businesses × 100 products
    const heavy = `{ villages(first: 100) { edges { node { businesses(first: 100) { edges { node {
      products(first: 100) { edges { node { name } } } } } } } } } }`;
    // when it is sent
    const { json: body } = await json(heavy);
    // then nothing is executed and the error says the query is too complex
    expect(body.data ?? null).toBeNull();
    expect(body.errors[0].message).toMatch(/complexity/i);
  });

  it("refuses a body over 256 KiB with 413, declared or streamed", async () => {
    // given a 300 KiB document
    const big = JSON.stringify({ query: `{ __typename }`, variables: { pad: "x".repeat(300 * 1024) } });
    // when it is sent with its length declared
    const declared = await send(big, { "content-type": "application/json", "content-length": String(big.length) });
    // and when it is streamed without a length
    const stream = new Blob([big]).stream();
    const streamed = await send(stream, { "content-type": "application/json" }, { duplex: "half" } as RequestInit);
    // then both are refused as too large
    expect(declared.status).toBe(413);
    expect(declared.json.errors[0].message).toMatch(/terlalu besar/);
    expect(streamed.status).toBe(413);
  });

  it("refuses a cookie-authenticated POST a cross-site form could send (CSRF)", async () => {
    // given a session cookie
    const { token } = await api.createUserSession({ email: "csrf@example.test" });
    const cookie = `dm_session=${token}`;
    const mutation = "mutation { signOut }";
    // when a text/plain or form-encoded POST arrives without the CSRF header
    const plain = await send(JSON.stringify({ query: mutation }), { cookie, "content-type": "text/plain" });
    const form = await send(new URLSearchParams({ query: mutation }).toString(), {
      cookie,
      "content-type": "application/x-www-form-urlencoded",
    });
    // then both are refused, and the session still works
    expect(plain.status).toBe(403);
    expect(form.status).toBe(403);
    expect(plain.text).toMatch(/CSRF/);
    const viewer = await api.gql(`{ viewer { email } }`, {}, { session: token });
    expect(viewer.data!.viewer.email).toBe("csrf@example.test");
    // and the same form with the CSRF header (which a cross-site form cannot set) is accepted
    const withHeader = await send(new URLSearchParams({ query: "{ __typename }" }).toString(), {
      cookie,
      "content-type": "application/x-www-form-urlencoded",
      "x-graphql-yoga-csrf": "1",
    });
    expect(withHeader.status).toBe(200);
  });

  it("answers malformed GraphQL with 400 (GraphQL over HTTP)", async () => {
    // given a document with a syntax error, and a body that is not JSON
    const syntax = await json(`{ villages(first: 1) { edges { node { name } }`);
    const notJson = await send("{ not json", { "content-type": "application/json" });
    // then both are client errors, with a message and no data
    expect(syntax.status).toBe(400);
    expect(syntax.json.errors[0].message).toMatch(/Syntax Error/);
    expect(syntax.json.data ?? null).toBeNull();
    expect(notJson.status).toBe(400);
  });
});
