import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestApi } from "../../../../test/harness.ts";

describe("viewerOrganizations query", () => {
  let api: Awaited<ReturnType<typeof createTestApi>>;
  beforeAll(async () => {
    api = await createTestApi({ seed: true });
  });
  afterAll(() => api?.cleanup());

  it("gives the signed-in partner their organization, and nobody else's", async () => {
    // given the partner demo account, owner of the university research centre
    const partner = await api.signInAs("partner");
    // when they ask for their organizations
    const result = await api.gql(`{ viewerOrganizations { slug name kind } }`, {}, { session: partner });
    // then exactly that one comes back
    expect(result.errors).toBeUndefined();
    expect(result.data!.viewerOrganizations).toEqual([
      expect.objectContaining({ slug: "pusat-studi-migrasi-ucn", kind: "UNIVERSITY" }),
    ]);
  });

  it("is empty for a buyer and for an anonymous visitor", async () => {
    // given a buyer session and no session
    const buyer = await api.signInAs("buyer");
    for (const session of [buyer, undefined]) {
      // when they ask
      const result = await api.gql(`{ viewerOrganizations { slug } }`, {}, { session });
      // then the list is empty
      expect(result.data!.viewerOrganizations).toEqual([]);
    }
  });
});
