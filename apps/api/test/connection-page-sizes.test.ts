// The page sizes every Prisma connection gets from the builder (prisma.defaultConnectionSize and maxConnectionSize):
// 20 rows when the caller does not ask for a number, never more than 100 in one page, the rest behind the cursor.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestApi } from "./harness.ts";

type Api = Awaited<ReturnType<typeof createTestApi>>;
type Page = { organizations: { edges: { node: { name: string } }[]; pageInfo: { hasNextPage: boolean } } };

const query = `query($first: Int) { organizations(first: $first) { edges { node { name } } pageInfo { hasNextPage } } }`;

describe("connection page sizes", () => {
  let api: Api;
  beforeAll(async () => {
    api = await createTestApi();
    // Given 130 partner organizations.
    await api.prisma.organization.createMany({
      data: Array.from({ length: 130 }, (_, i) => ({
        slug: `mitra-${String(i).padStart(3, "0")}`,
        name: `Mitra ${String(i).padStart(3, "0")}`,
        kind: "NGO" as const,
      })),
    });
  });
  afterAll(() => api?.cleanup());

  it("gives 20 rows when the caller does not say how many", async () => {
    const result = await api.gql<Page>(query, {});
    expect(result.errors).toBeUndefined();
    expect(result.data?.organizations.edges).toHaveLength(20);
    expect(result.data?.organizations.edges[0]?.node.name).toBe("Mitra 000");
    expect(result.data?.organizations.pageInfo.hasNextPage).toBe(true);
  });

  it("never gives more than 100 rows in one page", async () => {
    const result = await api.gql<Page>(query, { first: 500 });
    expect(result.errors).toBeUndefined();
    expect(result.data?.organizations.edges).toHaveLength(100);
    expect(result.data?.organizations.edges.at(-1)?.node.name).toBe("Mitra 099");
    expect(result.data?.organizations.pageInfo.hasNextPage).toBe(true);
  });
});
