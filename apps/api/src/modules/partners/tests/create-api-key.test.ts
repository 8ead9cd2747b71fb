import { createHash } from "node:crypto";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestApi } from "../../../../test/harness.ts";
import { CREATE_API_KEY, viewerOrganization } from "../../../../test/partners.ts";
import { printedSchema } from "../../../print-schema.ts";

describe("createApiKey", () => {
  let api: Awaited<ReturnType<typeof createTestApi>>;
  let partner: string;
  let organizationId: string;
  beforeAll(async () => {
    api = await createTestApi({ seed: true });
    partner = await api.signInAs("partner");
    organizationId = (await viewerOrganization(api, partner)).id;
  });
  afterAll(() => api?.cleanup());

  it("gives a member the clear key once, stores only its SHA-256 and writes an audit row", async () => {
    // given the owner of a partner organization
    // when they create a key with two scopes
    const result = await api.gql(
      CREATE_API_KEY,
      { input: { organizationId, name: "Dashboard riset", scopes: ["AGGREGATES_READ", "CATALOG_READ"] } },
      { session: partner },
    );
    // then the clear key is dmk_ + 32 random bytes (base64url), and the listing shows its 12-character prefix
    const { key, apiKey } = result.data!.createApiKey.data;
    expect(key).toMatch(/^dmk_[A-Za-z0-9_-]{43}$/);
    expect(apiKey).toMatchObject({
      name: "Dashboard riset",
      prefix: key.slice(0, 12),
      lastUsedAt: null,
      revokedAt: null,
    });
    expect(apiKey.scopes.sort()).toEqual(["AGGREGATES_READ", "CATALOG_READ"]);
    // and the database holds the hash, never the key
    const stored = await api.prisma.apiKey.findFirstOrThrow({ where: { prefix: apiKey.prefix } });
    expect(stored.keyHash).toBe(createHash("sha256").update(key).digest("hex"));
    expect(JSON.stringify(stored)).not.toContain(key);
    // and the creation is audited, without the key
    const audit = await api.prisma.auditLog.findMany({ where: { action: "apiKey.create", targetId: stored.id } });
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit[0]!.data)).not.toContain(key);
  });

  it("lists keys to members without any hash, and the key cannot be read again", async () => {
    // given a key already created
    // when the member lists the organization's keys
    const result = await api.gql(
      `query($id: ID!) { node(id: $id) { ... on Organization { apiKeys { name prefix scopes createdAt lastUsedAt revokedAt } } } }`,
      { id: organizationId },
      { session: partner },
    );
    // then they see name and prefix only; the schema has no field that could return a hash or the clear key
    expect(result.errors).toBeUndefined();
    expect(result.data!.node.apiKeys.map((k: any) => k.name)).toContain("Dashboard riset");
    const sdl = printedSchema();
    const apiKeyType = /type ApiKey implements Node \{[\s\S]*?\n\}/.exec(sdl)![0];
    expect(apiKeyType).not.toMatch(/hash|key:/i);
  });

  it("refuses a non-member, and refuses an empty scope list", async () => {
    // given a buyer who is not in the organization
    const buyer = await api.signInAs("buyer");
    // when they try to create a key for it
    const refused = await api.gql(
      CREATE_API_KEY,
      { input: { organizationId, name: "x", scopes: ["CATALOG_READ"] } },
      { session: buyer },
    );
    // then they get a ForbiddenError and no key
    expect(refused.data!.createApiKey.__typename).toBe("ForbiddenError");
    // and a member asking for no scope gets a validation error in Bahasa Indonesia
    const empty = await api.gql(
      CREATE_API_KEY,
      { input: { organizationId, name: "x", scopes: [] } },
      { session: partner },
    );
    expect(empty.data!.createApiKey.__typename).toBe("InputValidationError");
    expect(empty.data!.createApiKey.issues[0].message).toMatch(/minimal satu/);
    expect(await api.prisma.apiKey.count({ where: { name: "x" } })).toBe(0);
  });

  it("does not let anonymous callers or other users read an organization's keys", async () => {
    // given the organization has a key
    const buyer = await api.signInAs("buyer");
    for (const session of [undefined, buyer]) {
      // when someone outside it asks for its keys
      const result = await api.gql(
        `query($id: ID!) { node(id: $id) { ... on Organization { name apiKeys { prefix } } } }`,
        { id: organizationId },
        { session },
      );
      // then the public fields come back and the keys do not
      expect(result.data!.node.name).toBeTruthy();
      expect(result.data!.node.apiKeys).toBeNull();
      expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
  });
});
