import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestApi } from "../../../../test/harness.ts";

describe("viewerMemberships and User.memberships", () => {
  let api: Awaited<ReturnType<typeof createTestApi>>;
  beforeAll(async () => {
    api = await createTestApi({ seed: true });
  });
  afterAll(() => api?.cleanup());

  it("shows a member their own membership with their savings", async () => {
    // given Tarmidi, head of a household at home, a member of the Juntinyuat cooperative
    const session = await api.signInAs("household");
    // when he asks for his memberships
    const result = await api.gql(
      `{ viewerMemberships { memberNumber status fullName cooperative { slug } savings { pokok { amount } } }
      viewer { memberships { memberNumber } } }`,
      {},
      { session },
    );
    // then he sees his own membership and nobody else's
    expect(result.errors).toBeUndefined();
    expect(result.data!.viewerMemberships).toHaveLength(1);
    const mine = result.data!.viewerMemberships[0];
    expect(mine).toMatchObject({ status: "ACTIVE", fullName: "Tarmidi", cooperative: { slug: "kdmp-juntinyuat" } });
    expect(BigInt(mine.savings.pokok.amount)).toBeGreaterThan(0n);
    expect(result.data!.viewer.memberships).toEqual([{ memberNumber: mine.memberNumber }]);
  });

  it("cannot read another member's membership through node()", async () => {
    const session = await api.signInAs("household");
    const other = await api.prisma.membership.findFirstOrThrow({ where: { person: { fullName: { not: "Tarmidi" } } } });
    const id = Buffer.from(`Membership:${other.id}`).toString("base64");
    const result = await api.gql(
      `query($id: ID!) { node(id: $id) { ... on Membership { memberNumber } } }`,
      { id },
      { session },
    );
    expect(result.data?.node ?? null).toBeNull();
    expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("is empty for a user without a person and refused when signed out", async () => {
    const { token } = await api.createUserSession({ email: "tanpa-orang@example.id" });
    const empty = await api.gql(`{ viewerMemberships { memberNumber } }`, {}, { session: token });
    expect(empty.errors).toBeUndefined();
    expect(empty.data!.viewerMemberships).toEqual([]);
    const anonymous = await api.gql(`{ viewerMemberships { memberNumber } }`);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});
