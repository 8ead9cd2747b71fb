import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestApi } from "../../../../test/harness.ts";

const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString("base64");
const BYLAWS = `query($slug: String!) { cooperative(slug: $slug) {
  bylaws { quorumPct majorityPct meetingCallers equityRefundOnLeaving } } }`;
const UPDATE = `mutation($input: UpdateCooperativeBylawsInput!) { updateCooperativeBylaws(input: $input) { __typename
  ... on MutationUpdateCooperativeBylawsSuccess { data { cooperative { bylaws { quorumPct majorityPct meetingCallers equityRefundOnLeaving } } } }
  ... on InputValidationError { issues { path message } }
  ... on Error { message } } }`;

describe("the by-laws' meeting rules", () => {
  let api: Awaited<ReturnType<typeof createTestApi>>;
  let cooperativeId: string;
  beforeAll(async () => {
    api = await createTestApi({ seed: true });
    cooperativeId = (await api.prisma.cooperative.findUniqueOrThrow({ where: { slug: "kdmp-juntinyuat" } })).id;
  });
  afterAll(() => api?.cleanup());

  it("are public, with the defaults: more than half present, simple majority, officers call meetings", async () => {
    const result = await api.gql(BYLAWS, { slug: "kdmp-juntinyuat" });
    expect(result.data!.cooperative.bylaws).toEqual({
      quorumPct: 50,
      majorityPct: 50,
      meetingCallers: "OFFICERS",
      equityRefundOnLeaving: true,
    });
  });

  it("are changed by an officer of the cooperative, only the fields given, with an audit log entry", async () => {
    const officer = await api.signInAs("cooperativeOfficer");
    const input = {
      cooperativeId: gid("Cooperative", cooperativeId),
      quorumPct: 66,
      meetingCallers: "OFFICERS_AND_MEMBERS",
    };
    const result = await api.gql(UPDATE, { input }, { session: officer });
    expect(result.data!.updateCooperativeBylaws.data.cooperative.bylaws).toEqual({
      quorumPct: 66,
      majorityPct: 50,
      meetingCallers: "OFFICERS_AND_MEMBERS",
      equityRefundOnLeaving: true,
    });
    const audit = await api.prisma.auditLog.findFirstOrThrow({
      where: { action: "cooperative.bylaws.update", targetId: cooperativeId },
      include: { actor: true },
    });
    expect(audit.actor?.email).toBe("koperasi@desamigran.id");
    expect(audit.data).toMatchObject({
      before: { quorumPct: 50, meetingCallers: "OFFICERS" },
      after: { quorumPct: 66, meetingCallers: "OFFICERS_AND_MEMBERS" },
    });
  });

  it("keep to their ranges: quorum 0-99%, majority 50-99%", async () => {
    const officer = await api.signInAs("cooperativeOfficer");
    const c = gid("Cooperative", cooperativeId);
    for (const wrong of [{ quorumPct: 100 }, { quorumPct: -1 }, { majorityPct: 49 }, { majorityPct: 100 }]) {
      const result = await api.gql(UPDATE, { input: { cooperativeId: c, ...wrong } }, { session: officer });
      expect(result.data!.updateCooperativeBylaws.__typename).toBe("InputValidationError");
    }
    const current = await api.gql(BYLAWS, { slug: "kdmp-juntinyuat" });
    expect(current.data!.cooperative.bylaws).toMatchObject({ quorumPct: 66, majorityPct: 50 });
  });

  it("are refused to members, officers of other cooperatives and visitors, changing nothing", async () => {
    const input = { cooperativeId: gid("Cooperative", cooperativeId), quorumPct: 10 };
    const before = await api.prisma.auditLog.count();
    const member = await api.signInAs("household");
    const other = await api.prisma.cooperativeOfficer.findFirstOrThrow({
      where: { cooperativeId: { not: cooperativeId } },
      include: { user: true },
    });
    const otherOfficer = await api.createSessionFor(other.user.email);
    for (const session of [member, otherOfficer, undefined]) {
      const result = await api.gql(UPDATE, { input }, { session });
      expect(result.data?.updateCooperativeBylaws ?? null).toBeNull();
      expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
    expect(await api.prisma.auditLog.count()).toBe(before);
    const current = await api.gql(BYLAWS, { slug: "kdmp-juntinyuat" });
    expect(current.data!.cooperative.bylaws.quorumPct).toBe(66);
  });
});
