import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestApi } from "../../../../test/harness.ts";

describe("villages query", () => {
  let api: Awaited<ReturnType<typeof createTestApi>>;
  beforeAll(async () => {
    api = await createTestApi({ seed: true });
  });
  afterAll(() => api?.cleanup());

  it("lists the seeded villages with their regency, province and businesses", async () => {
    // given the demo seed
    // when an anonymous visitor asks for villages with their businesses
    const result = await api.gql(`{
      villages(first: 50) {
        pageInfo { hasNextPage }
        edges { node { id code name regency { name province { name } }
          businesses(first: 50) { totalCount edges { node { name slug ownerName } } } } }
      }
    }`);
    // then every seeded village comes back with its real code and its businesses
    expect(result.errors).toBeUndefined();
    const villages = result.data!.villages.edges.map((e: any) => e.node);
    expect(villages.length).toBeGreaterThanOrEqual(6);
    for (const v of villages) expect(v.code).toMatch(/^[0-9]{10}$/);
    const provinces = new Set(villages.map((v: any) => v.regency.province.name));
    expect(provinces.size).toBeGreaterThanOrEqual(4);
    const businesses = villages.flatMap((v: any) => v.businesses.edges.map((e: any) => e.node));
    expect(businesses.length).toBeGreaterThanOrEqual(20);
    expect(villages.reduce((n: number, v: any) => n + v.businesses.totalCount, 0)).toBe(businesses.length);
  });

  it("finds a village by its code and rejects a malformed code with a clear error", async () => {
    const { data } = await api.gql(`{ villages(first: 1) { edges { node { code name } } } }`);
    const { code, name } = data!.villages.edges[0].node;
    const found = await api.gql(`query($code: String) { village(code: $code) { name } }`, { code });
    expect(found.data!.village.name).toBe(name);

    const bad = await api.gql(`query($code: String) { village(code: $code) { name } }`, { code: "12ab" });
    expect(bad.errors?.[0]?.message).toMatch(/10 digit/);
  });
});
