import { readFileSync } from "node:fs";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { SCHEMA_FILE_URL } from "../../src/serving/schema-file.ts";
import { createApi } from "../../src/yoga.ts";
import { createTestApi } from "../harness.ts";
import { createPartnerKey, viewerOrganization } from "../partners.ts";

const INTROSPECTION = `{ __schema { queryType { name } types { name } } }`;

describe("production serving", () => {
  let api: Awaited<ReturnType<typeof createTestApi>>;
  let production: ReturnType<typeof createApi>;
  const post = async (query: string, headers: Record<string, string> = {}) => {
    const response = await production.fetch("http://localhost/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/graphql-response+json", ...headers },
      body: JSON.stringify({ query }),
    });
    return { status: response.status, body: (await response.json()) as { data?: any; errors?: { message: string }[] } };
  };
  beforeAll(async () => {
    api = await createTestApi({ seed: true });
    production = createApi({ prisma: api.prisma, production: true, rateLimit: false });
  });
  afterAll(() => api?.cleanup());

  it("refuses introspection to anonymous callers and points them to the schema file", async () => {
    // given the production API and no credentials
    // when an anonymous caller introspects
    const { status, body } = await post(INTROSPECTION);
    // then nothing about the schema comes back
    expect(status).toBe(403);
    expect(body.data ?? null).toBeNull();
    expect(body.errors![0]!.message).toMatch(/\/graphql\/schema\.graphql/);
    // and __typename alone is still fine
    expect((await post(`{ __typename }`)).body.data).toEqual({ __typename: "Query" });
  });

  it("lets signed-in admins and partner keys introspect", async () => {
    // given an admin session and a partner key
    const admin = await api.signInAs("admin");
    const partner = await api.signInAs("partner");
    const { key } = await createPartnerKey(api, partner, (await viewerOrganization(api, partner)).id);
    for (const headers of [{ cookie: `dm_session=${admin}` }, { authorization: `Bearer ${key}` }] as Record<
      string,
      string
    >[]) {
      // when they introspect
      const { status, body } = await post(INTROSPECTION, headers);
      // then they get the schema
      expect(status).toBe(200);
      expect(body.data.__schema.queryType.name).toBe("Query");
    }
    // and a signed-in non-admin user is still refused
    const buyer = await api.signInAs("buyer");
    expect((await post(INTROSPECTION, { cookie: `dm_session=${buyer}` })).status).toBe(403);
  });

  it("serves no GraphiQL page", async () => {
    // given a browser asking for the endpoint
    const ask = (yoga: ReturnType<typeof createApi>) =>
      yoga.fetch("http://localhost/graphql", { headers: { accept: "text/html" } });
    // when it asks the production and the development API
    const prod = await ask(production);
    const dev = await ask(api.yoga);
    // then only development answers with the GraphiQL page
    expect(await prod.text()).not.toMatch(/graphiql/i);
    expect(await dev.text()).toMatch(/graphiql/i);
  });

  it("serves the committed SDL at GET /graphql/schema.graphql as text/plain", async () => {
    // given the committed schema file
    const committed = readFileSync(SCHEMA_FILE_URL, "utf8");
    // when anyone downloads it
    const response = await production.fetch("http://localhost/graphql/schema.graphql");
    // then it is that file, as plain text
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/plain/);
    expect(await response.text()).toBe(committed);
  });

  it("refuses an unknown field with 400 and no field suggestions", async () => {
    // given a misspelt field close to a real one
    // when it is sent to production and to development
    const prod = await post(`{ village(slug: "x") { nme } }`);
    const devResponse = await api.yoga.fetch("http://localhost/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/graphql-response+json" },
      body: JSON.stringify({ query: `{ village(slug: "x") { nme } }` }),
    });
    // then both refuse it with 400, but only development hints at the real name
    expect(prod.status).toBe(400);
    expect(prod.body.errors![0]!.message).toMatch(/Cannot query field "nme"/);
    expect(JSON.stringify(prod.body)).not.toMatch(/Did you mean/);
    expect(devResponse.status).toBe(400);
    expect(await devResponse.text()).toMatch(/Did you mean/);
  });
});
