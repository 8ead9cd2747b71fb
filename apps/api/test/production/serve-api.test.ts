// `npm run serve -- api` as a deployment runs it: a child process with NODE_ENV=production on a seeded database,
// reached over real HTTP. Proves the production switches (HSTS, Secure cookies, no GraphiQL, no introspection),
// health and readiness, /metrics, draining on SIGTERM, and that its logs carry no personal data.
import { randomBytes } from "node:crypto";
import { request } from "node:http";

import { createTestDatabase, type TestDatabase } from "@desa-migran/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { DEMO_PASSWORD, demoAccounts } from "../../seed/demo-accounts.ts";
import { demoSeedTemplate } from "../../seed/template.ts";
import { productionEnv, type ServeProcess, startServe } from "./serve-process.ts";

const SIGN_IN = `mutation SignIn($input: SignInInput!) { signIn(input: $input) { __typename } }`;
const REGISTER = `mutation RegisterPerson($input: RegisterPersonInput!) { registerPerson(input: $input) {
  __typename ... on MutationRegisterPersonSuccess { data { person { id } } } ... on Error { message } } }`;

describe("npm run serve -- api (production)", { timeout: 60_000 }, () => {
  let database: TestDatabase;
  let serve: ServeProcess;
  const post = (query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
    fetch(`${serve.apiOrigin}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify({ query, variables }),
    });

  beforeAll(async () => {
    database = await createTestDatabase({ prepared: await demoSeedTemplate() });
    serve = await startServe("api", { ...productionEnv(database.url), SHUTDOWN_DELAY_MS: "1500" });
  });
  afterAll(async () => {
    serve?.kill();
    await database?.cleanup();
  });

  it("sends HSTS and Secure cookies, serves no GraphiQL and refuses anonymous introspection", async () => {
    // given the production API on plain http, as behind a TLS proxy
    // when a browser signs in
    const signIn = await post(SIGN_IN, { input: { email: demoAccounts.buyer.email, password: DEMO_PASSWORD } });
    // then the session cookie is Secure and HttpOnly, and the response asks for https from now on
    expect(signIn.status).toBe(200);
    expect(signIn.headers.get("set-cookie")).toMatch(
      /^dm_session=[^;]+;.*HttpOnly.*Secure|^dm_session=[^;]+;.*Secure.*HttpOnly/i,
    );
    expect(signIn.headers.get("strict-transport-security")).toMatch(/max-age=\d{8}/);
    // and asking for GraphiQL gets no page
    const page = await fetch(`${serve.apiOrigin}/graphql`, { headers: { accept: "text/html" } });
    expect(await page.text()).not.toMatch(/graphiql/i);
    // and an anonymous introspection query is refused
    const introspection = await post(`{ __schema { types { name } } }`);
    expect(introspection.status).toBe(403);
    expect(JSON.stringify(await introspection.json())).not.toMatch(/"types"/);
  });

  it("answers /healthz and /readyz (database reachable)", async () => {
    const health = await fetch(`${serve.apiOrigin}/healthz`);
    expect(health.status).toBe(200);
    const ready = await fetch(`${serve.apiOrigin}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ok", checks: { database: "ok" } });
  });

  it("reports requests, latency, errors, pool, outbox and ledger in Prometheus text", async () => {
    // given a named query, a query with a validation error, and the database's own counts
    await (await post(`query CatalogueProbe { __typename }`)).text();
    await (await post(`query BrokenProbe { noSuchField }`)).text();
    const unsent = await database.prisma.outboxMessage.count({ where: { sentAt: null } });
    const entries = await database.prisma.journalEntry.count();
    // when Prometheus scrapes
    const response = await fetch(`${serve.apiOrigin}/metrics`);
    const text = await response.text();
    // then every series is there with the right values
    expect(response.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(text).toMatch(
      /desa_migran_graphql_requests_total\{operation="CatalogueProbe",type="query",status="200"\} 1\n/,
    );
    expect(text).toMatch(/desa_migran_graphql_request_duration_seconds_count\{operation="CatalogueProbe"\} 1\n/);
    expect(text).toMatch(
      /desa_migran_graphql_errors_total\{operation="BrokenProbe",code="GRAPHQL_VALIDATION_FAILED"\} 1\n/,
    );
    expect(text).toMatch(/desa_migran_db_pool_connections\{state="total"\} \d+/);
    expect(text).toContain(`desa_migran_outbox_unsent_messages ${unsent}\n`);
    expect(text).toContain(`desa_migran_ledger_journal_entries ${entries}\n`);
    expect(entries).toBeGreaterThan(0);
    expect(text).toMatch(/process_resident_memory_bytes \d+/);
  });

  it("logs one JSON line per request with its request id and no personal data", async () => {
    // given a village officer who signs in and registers a person with a NIK, a name and a phone number
    const nik = `3212${String(randomBytes(6).readUIntBE(0, 6)).padStart(12, "0").slice(0, 12)}`;
    const fullName = "Suryaningsih Kartowiryo";
    const phone = "+6281298765432";
    const signIn = await post(
      SIGN_IN,
      { input: { email: demoAccounts.villageOfficer.email, password: DEMO_PASSWORD } },
      { "x-request-id": "test-request-0001" },
    );
    const token = /dm_session=([^;]+)/.exec(signIn.headers.get("set-cookie") ?? "")![1]!;
    const village = (await (await post(`{ village(slug: "juntinyuat-indramayu") { id } }`)).json()) as {
      data: { village: { id: string } };
    };
    const registered = await post(
      REGISTER,
      { input: { villageId: village.data.village.id, fullName, nik, phone, consentGiven: true } },
      { cookie: `dm_session=${token}` },
    );
    expect(await registered.json()).toMatchObject({
      data: { registerPerson: { __typename: "MutationRegisterPersonSuccess" } },
    });
    // and a request with input that fails validation, which quotes the value in its error message
    await (await post(REGISTER, { input: { villageId: 1, fullName, nik } })).text();
    // and a wrong password
    await (await post(SIGN_IN, { input: { email: demoAccounts.buyer.email, password: "hunter2-wrong" } })).text();
    await new Promise((resolve) => setTimeout(resolve, 200));
    // when the log is read
    const lines = serve.logLines();
    const output = serve.output();
    // then each request has a line with its id (the caller's when given), status and operation
    expect(lines.find((line) => line.requestId === "test-request-0001")).toMatchObject({
      service: "api",
      method: "POST",
      path: "/graphql",
      status: 200,
      operation: "SignIn",
    });
    expect(lines.filter((line) => line.operation === "RegisterPerson").length).toBeGreaterThanOrEqual(2);
    // and nothing personal appears anywhere in what the process wrote
    for (const secret of [
      nik,
      fullName,
      "Suryaningsih",
      phone,
      "6281298765432",
      token,
      DEMO_PASSWORD,
      "hunter2-wrong",
      demoAccounts.villageOfficer.email,
      demoAccounts.buyer.email,
      "dm_session",
    ]) {
      expect(output).not.toContain(secret);
    }
  });

  it("on SIGTERM turns not ready, finishes the request in flight, and exits within 10 s", async () => {
    // given a request whose body is still arriving
    const body = JSON.stringify({ query: "query SlowProbe { __typename }" });
    const url = new URL(`${serve.apiOrigin}/graphql`);
    let slowRequest: ReturnType<typeof request> | undefined;
    const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = request(
        {
          host: url.hostname,
          port: url.port,
          path: url.pathname,
          method: "POST",
          headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) },
        },
        (res) => {
          let text = "";
          res.on("data", (chunk: Buffer) => (text += chunk.toString()));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
        },
      );
      req.on("error", reject);
      req.write(body.slice(0, 10));
      slowRequest = req;
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    // when the process is told to stop
    const signalled = Date.now();
    serve.child.kill("SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 300));
    // then readiness says so at once, while liveness still holds
    const ready = await fetch(`${serve.apiOrigin}/readyz`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: "draining" });
    // and the request in flight still gets its full answer
    await new Promise((resolve) => setTimeout(resolve, 1500));
    slowRequest!.end(body.slice(10));
    const slow = await answer;
    expect(slow.status).toBe(200);
    expect(JSON.parse(slow.text)).toEqual({ data: { __typename: "Query" } });
    // and the process exits cleanly within 10 s
    expect(await serve.exited).toBe(0);
    expect(Date.now() - signalled).toBeLessThan(10_000);
  });
});
