import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestApi } from "../../../../test/harness.ts";

const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString("base64");
const END = `mutation($input: EndMembershipInput!) { endMembership(input: $input) { __typename
  ... on MutationEndMembershipSuccess { data { membership { memberNumber status leftAt } } } ... on Error { message } } }`;

describe("endMembership", () => {
  let api: Awaited<ReturnType<typeof createTestApi>>;
  beforeAll(async () => {
    api = await createTestApi({ seed: true });
  });
  afterAll(() => api?.cleanup());

  it("ends a membership (LEFT, with the date) and refuses to end it twice", async () => {
    // given an active member of the officer's cooperative
    const officer = await api.signInAs("cooperativeOfficer");
    const m = await api.prisma.membership.findFirstOrThrow({
      where: { cooperative: { slug: "kdmp-juntinyuat" }, status: "ACTIVE" },
      orderBy: { memberNumber: "desc" },
    });
    // when the chair ends it
    const result = await api.gql(END, { input: { membershipId: gid("Membership", m.id) } }, { session: officer });
    // then it is LEFT with a date, and the record is kept
    expect(result.data!.endMembership.__typename).toBe("MutationEndMembershipSuccess");
    expect(result.data!.endMembership.data.membership).toMatchObject({ memberNumber: m.memberNumber, status: "LEFT" });
    expect(new Date(result.data!.endMembership.data.membership.leftAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
    // and ending it again is refused
    const again = await api.gql(END, { input: { membershipId: gid("Membership", m.id) } }, { session: officer });
    expect(again.data!.endMembership.__typename).toBe("MembershipAlreadyEndedError");
  });

  it("is refused to officers of another cooperative and to members", async () => {
    const officer = await api.signInAs("cooperativeOfficer");
    const elsewhere = await api.prisma.membership.findFirstOrThrow({
      where: { cooperative: { slug: "kdmp-krasak" }, status: "ACTIVE" },
    });
    const result = await api.gql(
      END,
      { input: { membershipId: gid("Membership", elsewhere.id) } },
      { session: officer },
    );
    expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await api.prisma.membership.findUniqueOrThrow({ where: { id: elsewhere.id } })).status).toBe("ACTIVE");
  });
});
