import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestApi } from "../../../../test/harness.ts";
import { createOfficer, type TestApi, villageBySlug } from "../../registry/tests/fixtures.ts";

const CASES = `query($id: ID!) { node(id: $id) { ... on Village { protectionCases(first: 50) { edges { node { type status } } } } } }`;

describe("Village.protectionCases", () => {
  let api: TestApi;
  let village: Awaited<ReturnType<typeof villageBySlug>>;
  beforeAll(async () => {
    api = await createTestApi({ seed: true });
    village = await villageBySlug(api, "juntinyuat-indramayu");
  });
  afterAll(() => api?.cleanup());

  it("gives the handler their cases and another officer of the village none", async () => {
    // given the handling officer and a colleague
    const handler = await api.signInAs("villageOfficer");
    const colleague = await createOfficer(api, village.id, "kasus.rekan@example.id");
    // when each lists the village's cases
    const mine = await api.gql(CASES, { id: village.gid }, { session: handler });
    const theirs = await api.gql(CASES, { id: village.gid }, { session: colleague.token });
    // then the handler sees all cases they handle; the colleague sees none
    const handled = await api.prisma.protectionCase.count({ where: { villageId: village.id } });
    expect(mine.data!.node.protectionCases.edges).toHaveLength(handled);
    expect(theirs.data!.node.protectionCases.edges).toEqual([]);
  });

  it("is closed to anonymous visitors", async () => {
    const result = await api.gql(CASES, { id: village.gid });
    expect(result.data?.node?.protectionCases ?? null).toBeNull();
  });
});
