import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestApi } from "../../../../test/harness.ts";

describe("organizations query", () => {
  let api: Awaited<ReturnType<typeof createTestApi>>;
  beforeAll(async () => {
    api = await createTestApi({ seed: true });
  });
  afterAll(() => api?.cleanup());

  it("lists partner organizations with their public fields and programs, by name", async () => {
    // given the seeded partners
    // when an anonymous visitor lists them
    const result = await api.gql(`{
      organizations(first: 10) {
        edges { node { id name slug kind website description programs(first: 10) { totalCount edges { node { title } } } } }
      }
    }`);
    // then every organization comes back, sorted by name, with its kind and programs
    expect(result.errors).toBeUndefined();
    const organizations = result.data!.organizations.edges.map((e: any) => e.node);
    expect(organizations.length).toBe(4);
    expect(organizations.map((o: any) => o.name)).toEqual([...organizations.map((o: any) => o.name)].sort());
    const desmigratif = organizations.find((o: any) => o.slug === "desmigratif-kemnaker");
    expect(desmigratif).toMatchObject({ kind: "GOVERNMENT_PROGRAM", website: "https://kemnaker.go.id" });
    expect(desmigratif.programs.totalCount).toBe(3);
  });

  it("pages with a cursor", async () => {
    // given four organizations
    const first = await api.gql(
      `{ organizations(first: 2) { pageInfo { hasNextPage endCursor } edges { node { slug } } } }`,
    );
    // when the next page is asked for
    const next = await api.gql(
      `query($after: String) { organizations(first: 2, after: $after) { pageInfo { hasNextPage } edges { node { slug } } } }`,
      {
        after: first.data!.organizations.pageInfo.endCursor,
      },
    );
    // then it holds the other two
    expect(first.data!.organizations.pageInfo.hasNextPage).toBe(true);
    expect(next.data!.organizations.edges).toHaveLength(2);
    expect(next.data!.organizations.pageInfo.hasNextPage).toBe(false);
  });
});
