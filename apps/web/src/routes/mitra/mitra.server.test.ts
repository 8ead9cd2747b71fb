// The partner pages (/mitra, /mitra/skema, /mitra/kunci): their load functions and form actions
// against the real API on a seeded database, called as Kit calls them on the server; the example
// queries are validated against the committed SDL and run with a real key.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";

import { buildSchema, parse, validate } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { partnerExamples } from "#lib/mitra/examples.ts";
import { describeSchema } from "#lib/mitra/schema-doc.server.ts";

import { signInToken, signInTokenFor } from "../../../testing/commerce-session.ts";
import { outcome, serverEvent } from "../../../testing/load-event.ts";
import { type RealApi, startRealApi } from "../../../testing/real-api.ts";
import * as guidePage from "./+page.server.ts";
import * as keysPage from "./kunci/+page.server.ts";
import * as schemaPage from "./skema/+page.server.ts";
import * as schemaFile from "./skema/schema.graphql/+server.ts";

type Any = any;

const SDL_PATH = createRequire(import.meta.url).resolve("@desa-migran/graphql-client/schema.graphql");

let api: RealApi;
let partner: string;
let buyer: string;

/**
 * A server request event as Kit builds it: session cookie, optional form POST (repeatable fields).
 * `headers` records what setHeaders set; like Kit, setting one header twice throws.
 */
const event = (path: string, options: { token?: string; form?: [string, string][] } = {}): Any =>
  serverEvent(api.url, path, options);

/** A partner's call with an API key, as their own system would make it. */
async function withKey(key: string, query: string, variables: object = {}) {
  const response = await fetch(api.url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as { data?: Any; errors?: { message: string }[] } };
}

const example = (id: string) => partnerExamples.find((e) => e.id === id)!;

beforeAll(async () => {
  api = await startRealApi({ seed: true });
  // Vitest resolves Kit's redirect() to its browser half, which reads window.location. Set only
  // after the API has started: PGlite takes a defined `window` for a browser and fails to load.
  (globalThis as Any).window ??= { location: { origin: "http://localhost" } };
  partner = await signInToken(api.url, "partner");
  buyer = await signInToken(api.url, "buyer");
}, 180_000);

afterAll(async () => {
  await api?.stop();
});

describe("example queries", () => {
  it("are valid against the committed SDL", async () => {
    const schema = buildSchema(await readFile(SDL_PATH, "utf8"));
    expect(partnerExamples.length).toBeGreaterThanOrEqual(3);
    for (const { id, query } of partnerExamples) {
      expect({ id, errors: validate(schema, parse(query)).map((e) => e.message) }).toEqual({ id, errors: [] });
    }
  });

  it("/mitra fills in a real province ID and a curl command sending the key as a bearer token", async () => {
    const data = (await guidePage.load(event("/mitra"))) as Any;
    expect(data.province.name).toBeTruthy();
    const remittances = data.examples.find((e: Any) => e.id === "provinceRemittances");
    expect(JSON.parse(remittances.variables)).toEqual({ provinceId: data.province.id });
    expect(remittances.curl).toContain('-H "authorization: Bearer $DESA_MIGRAN_KEY"');
    expect(remittances.curl).toContain(data.province.id);
  });
});

describe("schema /mitra/skema", () => {
  it("groups the committed schema's types with fields, argument types and descriptions", () => {
    const doc = describeSchema();
    const regencies = doc.queries.find((f) => f.name === "regencies")!;
    expect(regencies.type).toEqual({ text: "QueryRegenciesConnection!", named: "QueryRegenciesConnection" });
    expect(regencies.args.find((a) => a.name === "provinceId")?.type.text).toBe("ID");
    expect(doc.mutations.map((f) => f.name)).toContain("createApiKey");
    expect(doc.types.object.find((t) => t.name === "Province")?.related).toEqual(["Node"]);
    expect(doc.types.input.map((t) => t.name)).toContain("CreateApiKeyInput");
    expect(doc.types.enum.find((t) => t.name === "PartnerScope")?.values.map((v) => v.name)).toEqual([
      "AGGREGATES_READ",
      "CATALOG_READ",
      "PROGRAMS_WRITE",
    ]);
    expect(doc.types.scalar.map((t) => t.name)).toContain("DateTime");
    expect(doc.types.union.find((t) => t.name === "MutationCreateApiKeyResult")?.related).toContain(
      "InputValidationError",
    );
    expect(doc.types.object.find((t) => t.name === "Money")?.description).toBeTruthy();
    expect(doc.types.object.some((t) => t.name.startsWith("__"))).toBe(false);
  });

  it("searches type names from the query string (a plain GET form)", async () => {
    const data = (await schemaPage.load(event("/mitra/skema?cari=province") as Any)) as Any;
    expect(data.search).toBe("province");
    expect(data.schema.types.object.map((t: Any) => t.name)).toContain("Province");
    expect(data.schema.types.object.map((t: Any) => t.name)).not.toContain("Money");
    expect(data.schema.queries.map((f: Any) => f.name)).toEqual(["province", "provinces"]);

    const none = (await schemaPage.load(event("/mitra/skema?cari=tidakada") as Any)) as Any;
    expect(Object.values(none.schema.types).flat()).toEqual([]);
    expect(none.schema.queries).toEqual([]);
  });

  it("serves the raw SDL as text", async () => {
    const response = await (schemaFile.GET as Any)(event("/mitra/skema/schema.graphql"));
    expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(await response.text()).toBe(await readFile(SDL_PATH, "utf8"));
  });
});

describe("API keys /mitra/kunci", () => {
  it("sends a visitor without a session to sign in, coming back afterwards", async () => {
    const visitor = event("/mitra/kunci");
    expect(await outcome(keysPage.load(visitor))).toEqual({ status: 303, location: "/masuk?kembali=%2Fmitra%2Fkunci" });
    expect(visitor.headers["cache-control"]).toBe("private, no-store");
    const created = await outcome(
      (keysPage.actions as Any).buat(event("/mitra/kunci?/buat", { form: [["name", "x"]] })),
    );
    expect(created.status).toBe(303);
  });

  it("tells a signed-in user outside any partner organization they are not a member", async () => {
    const data = (await keysPage.load(event("/mitra/kunci", { token: buyer }))) as Any;
    expect(data.organizations).toEqual([]);
  });

  it("creates a key shown once, which runs an aggregate query until it is revoked", async () => {
    // Given the partner's organization
    const before = (await keysPage.load(event("/mitra/kunci", { token: partner }))) as Any;
    expect(before.organizations).toHaveLength(1);
    const organization = before.organizations[0];
    const keysBefore = organization.apiKeys.length;

    // When the form is sent without a name, or without a scope, the API's errors sit next to that field
    const noName = await (keysPage.actions as Any).buat(
      event("/mitra/kunci?/buat", {
        token: partner,
        form: [
          ["organizationId", organization.id],
          ["name", "  "],
          ["scopes", "CATALOG_READ"],
        ],
      }),
    );
    expect(noName.status).toBe(400);
    expect(noName.data.errors.fields).toEqual({ name: "Nama kunci wajib diisi." });
    expect(noName.data.values).toMatchObject({ organizationId: organization.id, scopes: "CATALOG_READ" });
    const noScope = await (keysPage.actions as Any).buat(
      event("/mitra/kunci?/buat", {
        token: partner,
        form: [
          ["organizationId", organization.id],
          ["name", "Dasbor riset"],
        ],
      }),
    );
    expect(noScope.data.errors.fields).toEqual({ scopes: "Pilih minimal satu cakupan." });
    expect(noScope.data.values.name).toBe("Dasbor riset");

    // And with a name and read scopes, the secret comes back once
    const form: [string, string][] = [
      ["organizationId", organization.id],
      ["name", "Dasbor riset"],
      ["scopes", "AGGREGATES_READ"],
      ["scopes", "CATALOG_READ"],
      ["scopes", "ROOT"],
    ];
    const post = event("/mitra/kunci?/buat", { token: partner, form });
    const created = (await (keysPage.actions as Any).buat(post)).created;
    expect(created.key).toMatch(/^dmk_[A-Za-z0-9_-]{40,}$/);
    expect(created.key.startsWith(created.prefix)).toBe(true);
    // And the page Kit renders with that secret (without JavaScript: the action's response, after the same
    // event's load) may be kept by no cache, shared or the browser's
    await keysPage.load(post);
    expect(post.headers["cache-control"]).toBe("private, no-store");

    // Then the list shows it by prefix, never the secret, on a page no cache keeps either
    const listing = event("/mitra/kunci", { token: partner });
    const after = (await keysPage.load(listing)) as Any;
    expect(listing.headers["cache-control"]).toBe("private, no-store");
    const listed = after.organizations[0].apiKeys;
    expect(listed).toHaveLength(keysBefore + 1);
    expect(listed[0]).toMatchObject({
      name: "Dasbor riset",
      prefix: created.prefix,
      revokedAt: null,
      lastUsedAt: null,
    });
    expect(listed[0].scopes.sort()).toEqual(["AGGREGATES_READ", "CATALOG_READ"]);
    expect(JSON.stringify(after)).not.toContain(created.key);

    // And the key runs the page's example aggregate query
    const provinces = await withKey(created.key, example("provinces").query);
    expect(provinces.status).toBe(200);
    const provinceId = provinces.body.data.provinces[0].id;
    const remittances = await withKey(created.key, example("provinceRemittances").query, { provinceId });
    expect(remittances.body.errors).toBeUndefined();
    expect(remittances.body.data.node.name).toBe(provinces.body.data.provinces[0].name);
    expect(BigInt(remittances.body.data.node.stats.summary.remitted.amount)).toBeGreaterThan(0n);
    const regencies = await withKey(created.key, example("regencies").query, example("regencies").variables);
    expect(regencies.body.data.regencies.edges.length).toBeGreaterThan(0);
    const programs = await withKey(created.key, example("programs").query);
    expect(programs.body.data.programs.edges.length).toBeGreaterThan(0);

    // When revoking is asked for, the page first asks to confirm
    const confirming = (await keysPage.load(
      event(`/mitra/kunci?cabut=${encodeURIComponent(listed[0].id)}`, { token: partner }),
    )) as Any;
    expect(confirming.confirming).toMatchObject({
      id: listed[0].id,
      name: "Dasbor riset",
      organizationName: organization.name,
    });

    // And once confirmed the key is revoked and refused by the API
    const revoked = await (keysPage.actions as Any).cabut(
      event("/mitra/kunci?/cabut", { token: partner, form: [["apiKeyId", listed[0].id]] }),
    );
    expect(revoked).toEqual({ action: "cabut", revoked: { name: "Dasbor riset", prefix: created.prefix } });
    const refused = await withKey(created.key, example("provinces").query);
    expect(refused.status).toBe(401);
    expect(refused.body.errors?.[0]?.message).toContain("dicabut");
    const final = (await keysPage.load(
      event(`/mitra/kunci?cabut=${encodeURIComponent(listed[0].id)}`, { token: partner }),
    )) as Any;
    expect(final.organizations[0].apiKeys[0].revokedAt).not.toBeNull();
    expect(final.confirming).toBeNull();
  });

  it("refuses to revoke another organization's key, with the message on the form", async () => {
    const other = await signInTokenFor(api.url, "yayasan@mitra.desamigran.id");
    const { organizations } = (await keysPage.load(event("/mitra/kunci", { token: other }))) as Any;
    const made = await (keysPage.actions as Any).buat(
      event("/mitra/kunci?/buat", {
        token: other,
        form: [
          ["organizationId", organizations[0].id],
          ["name", "Kunci yayasan"],
          ["scopes", "CATALOG_READ"],
        ],
      }),
    );
    const { organizations: mine } = (await keysPage.load(event("/mitra/kunci", { token: other }))) as Any;
    const keyId = mine[0].apiKeys.find((k: Any) => k.prefix === made.created.prefix).id;

    const refused = await (keysPage.actions as Any).cabut(
      event("/mitra/kunci?/cabut", { token: partner, form: [["apiKeyId", keyId]] }),
    );
    expect(refused.status).toBe(400);
    expect(refused.data.errors.form).toBeTruthy();
    expect((await withKey(made.created.key, example("provinces").query)).status).toBe(200);
  });
});
