import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestApi } from "../../../../test/harness.ts";

describe("programs query", () => {
  let api: Awaited<ReturnType<typeof createTestApi>>;
  beforeAll(async () => {
    api = await createTestApi({ seed: true });
  });
  afterAll(() => api?.cleanup());

  it("lists programs with their public fields and a head count, never the participants", async () => {
    // given the seeded programs (one has three enrolled and one withdrawn participant)
    // when an anonymous visitor lists them
    const result = await api.gql(`{
      programs(first: 20) {
        edges { node { id title slug kind description startsOn endsOn capacity enrolledCount
          village { name } organization { slug } } }
      }
    }`);
    // then all nine come back, latest start first, with capacity and the count of places taken
    expect(result.errors).toBeUndefined();
    const programs = result.data!.programs.edges.map((e: any) => e.node);
    expect(programs).toHaveLength(9);
    const starts = programs.map((p: any) => p.startsOn);
    expect(starts).toEqual([...starts].sort().reverse());
    const marketing = programs.find((p: any) => p.slug === "pemasaran-digital-indramayu-2026");
    expect(marketing).toMatchObject({
      kind: "MENTORING",
      capacity: 20,
      enrolledCount: 3,
      village: { name: expect.any(String) },
    });
    const research = programs.find((p: any) => p.slug === "studi-dampak-remitansi-2026");
    expect(research).toMatchObject({
      village: null,
      capacity: null,
      organization: { slug: "pusat-studi-migrasi-ucn" },
    });
  });

  it("filters by organization", async () => {
    // given the Desmigratif organization's ID
    const orgs = await api.gql(`{ organizations(first: 10) { edges { node { id slug } } } }`);
    const desmigratif = orgs
      .data!.organizations.edges.map((e: any) => e.node)
      .find((o: any) => o.slug === "desmigratif-kemnaker");
    // when programs are filtered by it
    const result = await api.gql(
      `query($id: ID) { programs(first: 20, organizationId: $id) { edges { node { organization { slug } } } } }`,
      {
        id: desmigratif.id,
      },
    );
    // then only its three programs come back
    const programs = result.data!.programs.edges.map((e: any) => e.node);
    expect(programs).toHaveLength(3);
    expect(new Set(programs.map((p: any) => p.organization.slug))).toEqual(new Set(["desmigratif-kemnaker"]));
  });
});
