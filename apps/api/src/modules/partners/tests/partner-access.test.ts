import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestApi } from "../../../../test/harness.ts";
import { createPartnerKey, viewerOrganization } from "../../../../test/partners.ts";

/** The README's example: remittance inflow by month and corridor, and the headline figures, for one province. */
export const PROVINCE_AGGREGATES = `
  query ProvinceRemittances($provinceId: ID!) {
    node(id: $provinceId) {
      ... on Province {
        name
        stats {
          summary { remitted { amount currency } productiveShareBps receivingHouseholds businesses jobs repaymentRateBps }
          remittanceInflow { month corridorCountry amount { amount currency } transfers households }
        }
      }
    }
  }`;

const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString("base64");

describe("partner API key access", () => {
  let api: Awaited<ReturnType<typeof createTestApi>>;
  let key: string;
  beforeAll(async () => {
    api = await createTestApi({ seed: true });
    const partner = await api.signInAs("partner");
    const organization = await viewerOrganization(api, partner);
    ({ key } = await createPartnerKey(api, partner, organization.id, ["CATALOG_READ", "AGGREGATES_READ"]));
  });
  afterAll(() => api?.cleanup());

  it("reads a province's remittance inflow by month and corridor and its summary, and marks the key used", async () => {
    // given a fresh key that was never used
    const stored = await api.prisma.apiKey.findFirstOrThrow({ where: { prefix: key.slice(0, 12) } });
    expect(stored.lastUsedAt).toBeNull();
    // and three households of one village that each received money from Qatar this month (the seed's own
    // month/corridor cells are all below the three-household threshold, so they are suppressed; figures are
    // built from published village cells, so the three must share a village to show at province level)
    const households = await api.prisma.household.findMany({ include: { village: { include: { regency: true } } } });
    const byVillage = new Map<string, typeof households>();
    for (const h of households) byVillage.set(h.villageId, [...(byVillage.get(h.villageId) ?? []), h]);
    const inProvince = [...byVillage.values()].sort((a, b) => b.length - a.length)[0]!;
    const provinceId = inProvince[0]!.village.regency.provinceId;
    const today = new Date();
    await api.prisma.remittance.createMany({
      data: inProvince.slice(0, 3).map((h, i) => ({
        householdId: h.id,
        amountMinor: 3_000_000n,
        currency: "IDR",
        rate: "1",
        amountIdr: 3_000_000n,
        corridorCountry: "QA",
        channel: "BANK" as const,
        receivedOn: new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), 1)),
        idempotencyKey: `partner-access-test-${i}`,
      })),
    });
    const busiest = { id: Buffer.from(`Province:${provinceId}`).toString("base64") };
    // when the partner asks for its aggregates with the key as a Bearer token
    const result = await api.gql(PROVINCE_AGGREGATES, { provinceId: busiest.id }, { apiKey: key });
    // then it gets months, corridors and rupiah totals, and no cell built from fewer than three households
    expect(result.status).toBe(200);
    expect(result.errors).toBeUndefined();
    const { stats } = result.data!.node;
    expect(Number(stats.summary.remitted.amount)).toBeGreaterThan(0);
    expect(stats.remittanceInflow.length).toBeGreaterThan(0);
    expect(stats.remittanceInflow).toContainEqual(
      expect.objectContaining({
        corridorCountry: "QA",
        households: 3,
        transfers: 3,
        amount: { amount: "9000000", currency: "IDR" },
      }),
    );
    for (const cell of stats.remittanceInflow) {
      expect(cell.month).toMatch(/^\d{4}-\d{2}$/);
      expect(cell.corridorCountry).toMatch(/^[A-Z]{2}$/);
      expect(cell.amount.currency).toBe("IDR");
      expect(cell.households).toBeGreaterThanOrEqual(3);
    }
    // and the key's last use is recorded
    const used = await api.prisma.apiKey.findUniqueOrThrow({ where: { id: stored.id } });
    expect(used.lastUsedAt).not.toBeNull();
  });

  it("reads regencies, villages, the catalogue, cooperatives, organizations and programs", async () => {
    // given the key
    // when the partner reads every public area in one request
    const result = await api.gql(
      `{
        regencies(first: 3) { edges { node { name stats { summary { businesses } } } } }
        villages(first: 3) { edges { node { name stats { summary { jobs } } cooperatives { name } } } }
        products(first: 3) { edges { node { name priceIdr { amount } business { name } } } }
        organizations(first: 3) { edges { node { name } } }
        programs(first: 3) { edges { node { title enrolledCount } } }
      }`,
      {},
      { apiKey: key },
    );
    // then everything comes back
    expect(result.errors).toBeUndefined();
    for (const list of ["regencies", "villages", "products", "organizations", "programs"]) {
      expect(result.data![list].edges.length).toBeGreaterThan(0);
    }
    expect(result.data!.villages.edges.some((e: any) => e.node.cooperatives.length > 0)).toBe(true);
  });

  it("is refused every personal record, without any of its data", async () => {
    // given real IDs of personal records
    const household = await api.prisma.household.findFirstOrThrow({
      include: { members: { include: { person: true } } },
    });
    const remittance = await api.prisma.remittance.findFirstOrThrow({ where: { householdId: household.id } });
    const user = await api.prisma.user.findFirstOrThrow({ where: { email: "keluarga@desamigran.id" } });
    const person = household.members[0]!.person;
    const kase = await api.prisma.protectionCase.findFirst();
    const attempts: [string, string, Record<string, unknown>][] = [
      [
        "household",
        `query($id: ID!) { node(id: $id) { id ... on Household { name members { fullName } } } }`,
        { id: globalId("Household", household.id) },
      ],
      [
        "remittance",
        `query($id: ID!) { node(id: $id) { id ... on Remittance { amountIdr { amount } corridorCountry } } }`,
        { id: globalId("Remittance", remittance.id) },
      ],
      [
        "user",
        `query($id: ID!) { node(id: $id) { id ... on User { email name } } }`,
        { id: globalId("User", user.id) },
      ],
      ["person", `query($id: ID!) { node(id: $id) { id __typename } }`, { id: globalId("Person", person.id) }],
      [
        "nodes",
        `query($ids: [ID!]!) { nodes(ids: $ids) { id __typename } }`,
        { ids: [globalId("Household", household.id), globalId("User", user.id)] },
      ],
      ["viewer", `{ viewer { email } }`, {}],
    ];
    if (kase)
      attempts.push([
        "case",
        `query($id: ID!) { node(id: $id) { id __typename } }`,
        { id: globalId("ProtectionCase", kase.id) },
      ]);
    for (const [what, query, variables] of attempts) {
      // when the partner's key asks for it
      const result = await api.gql(query, variables, { apiKey: key });
      // then nothing personal comes back: no object, and none of its values anywhere in the response
      const body = JSON.stringify(result);
      expect(body, what).not.toContain(household.name);
      expect(body, what).not.toContain(person.fullName);
      expect(body, what).not.toContain(user.email);
      expect(body, what).not.toContain(remittance.amountIdr.toString());
      const value =
        result.data?.node ?? result.data?.viewer ?? result.data?.nodes?.find((n: unknown) => n !== null) ?? null;
      expect(value, what).toBeNull();
      if (what !== "viewer") expect(result.errors?.length, what).toBeGreaterThan(0);
    }
  });

  it("reads each family of data only with its scope", async () => {
    // Given three keys of one organization, each with one scope
    const partner = await api.signInAs("partner");
    const organization = await viewerOrganization(api, partner);
    const make = async (scope: string) => (await createPartnerKey(api, partner, organization.id, [scope], scope)).key;
    const [catalogue, aggregates, programs] = await Promise.all([
      make("CATALOG_READ"),
      make("AGGREGATES_READ"),
      make("PROGRAMS_WRITE"),
    ]);
    const province = await api.prisma.province.findFirstOrThrow({ where: { code: "32" } });
    const readStats = (apiKey: string) =>
      api.gql(PROVINCE_AGGREGATES, { provinceId: globalId("Province", province.id) }, { apiKey });
    const readCatalogue = (apiKey: string) =>
      api.gql(`{ products(first: 2) { edges { node { name } } } }`, {}, { apiKey });

    // Then aggregates need aggregates:read...
    expect((await readStats(aggregates)).data?.node?.stats?.summary).toBeTruthy();
    for (const other of [catalogue, programs]) {
      const refused = await readStats(other);
      expect(refused.data?.node?.stats ?? null).toBeNull();
      expect(refused.errors?.length).toBeGreaterThan(0);
    }
    // ...and the catalogue needs catalog:read
    expect((await readCatalogue(catalogue)).data?.products?.edges?.length).toBe(2);
    for (const other of [aggregates, programs]) {
      const refused = await readCatalogue(other);
      expect(JSON.stringify(refused.data ?? null)).not.toContain('"name"');
      expect(refused.errors?.length).toBeGreaterThan(0);
    }
  });
});
