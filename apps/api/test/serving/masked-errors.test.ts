import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestApi } from "../harness.ts";

describe("unexpected errors", () => {
  let api: Awaited<ReturnType<typeof createTestApi>>;
  beforeAll(async () => {
    api = await createTestApi();
  });
  afterAll(() => api?.cleanup());

  it("reach the client as 'Unexpected error.' with no SQL, table name or stack", async () => {
    // given a database that fails on a query (its table is gone: a bug or a broken migration)
    await api.prisma.$executeRawUnsafe(`DROP TABLE "ProductCategory" CASCADE`);
    // when a client asks for product categories
    const result = await api.gql(`{ productCategories { slug } }`);
    // then it gets a generic message and nothing from the database or the code
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0]!.message).toBe("Unexpected error.");
    const body = JSON.stringify(result);
    for (const leak of ["ProductCategory", "relation", "SELECT", "does not exist", "stack", ".ts:", "prisma", "P20"]) {
      expect(body).not.toContain(leak);
    }
  });
});
