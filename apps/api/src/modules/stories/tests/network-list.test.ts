import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestApi } from "../../../../test/harness.ts";
import { type TestApi, villageBySlug } from "../../registry/tests/fixtures.ts";

// The public network list (/jaringan) reads villages a page at a time, optionally in one province, and then only
// the links of the villages on that page: no page depends on the network being smaller than one read.
const VILLAGES = `query($first: Int, $after: String, $provinceCode: String) {
  networkVillages(first: $first, after: $after, provinceCode: $provinceCode) {
    pageInfo { hasNextPage endCursor }
    edges { node { id code name regency { province { code } } } } } }`;
const LINKS = `query($villageIds: [ID!]) { networkLinks(first: 100, villageIds: $villageIds) {
  edges { node { id fromVillage { id } toVillage { id } } } } }`;

const nodes = (result: any, field: string) => result.data![field].edges.map((edge: any) => edge.node);

describe("the network list, a page at a time", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi({ seed: true });
  });
  afterAll(() => api?.cleanup());

  it("pages through every network village exactly once, in the same order as one big read", async () => {
    const all = nodes(await api.gql(VILLAGES, { first: 100 }), "networkVillages").map((v: any) => v.id);
    expect(all.length).toBeGreaterThanOrEqual(3);
    const paged: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 100; pages++) {
      const result: any = await api.gql(VILLAGES, { first: 2, after });
      paged.push(...nodes(result, "networkVillages").map((v: any) => v.id));
      if (!result.data.networkVillages.pageInfo.hasNextPage) break;
      after = result.data.networkVillages.pageInfo.endCursor;
    }
    expect(paged).toEqual(all);
  });

  it("keeps to one province when asked, and refuses a malformed province code in both languages", async () => {
    const juntinyuat = await villageBySlug(api, "juntinyuat-indramayu");
    const { regency } = await api.prisma.village.findUniqueOrThrow({
      where: { id: juntinyuat.id },
      select: { regency: { select: { province: { select: { code: true } } } } },
    });
    const province = regency.province.code;
    const all = nodes(await api.gql(VILLAGES, { first: 100 }), "networkVillages");
    const inProvince = nodes(await api.gql(VILLAGES, { first: 100, provinceCode: province }), "networkVillages");
    expect(inProvince.map((v: any) => v.code)).toContain(juntinyuat.code);
    expect(inProvince.every((v: any) => v.regency.province.code === province)).toBe(true);
    expect(inProvince.map((v: any) => v.id)).toEqual(
      all.filter((v: any) => v.regency.province.code === province).map((v: any) => v.id),
    );
    expect(all.length).toBeGreaterThan(inProvince.length);

    const bad = await api.gql(VILLAGES, { first: 10, provinceCode: "3" });
    expect(bad.data?.networkVillages ?? null).toBeNull();
    expect(bad.errors?.[0]?.message).toContain("Kode provinsi harus 2 digit.");
    const inEnglish = await api.gql(
      VILLAGES,
      { first: 10, provinceCode: "3" },
      { headers: { "accept-language": "en" } },
    );
    expect(inEnglish.errors?.[0]?.message).toContain("A province code has 2 digits.");
  });

  it("reads only the links of the villages asked for, at either end", async () => {
    const every = nodes(await api.gql(LINKS, {}), "networkLinks");
    expect(every.length).toBeGreaterThanOrEqual(2);
    const village = every[0].toVillage.id;
    const expected = every.filter((l: any) => l.fromVillage.id === village || l.toVillage.id === village);
    const some = nodes(await api.gql(LINKS, { villageIds: [village] }), "networkLinks");
    expect(some.map((l: any) => l.id)).toEqual(expected.map((l: any) => l.id));
    expect(some.length).toBeLessThan(every.length);
  });
});
