// The cooperative's review of a round through GraphQL: no path opens a round it did not approve.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestApi } from "../../../../test/harness.ts";
import { castVote, closeMeeting, openMeeting, recordAttendance } from "../../meetings/service.ts";
import {
  ALL_TICKED,
  approveRound,
  CREATE,
  gid,
  officerSessions,
  rawId,
  REVIEW,
  roundInput,
  sitiBusiness,
  SUBMIT,
} from "./helpers.ts";

type Api = Awaited<ReturnType<typeof createTestApi>>;

const OPEN = `mutation($input: OpenFundingRoundInput!) { openFundingRound(input: $input) { __typename
  ... on MutationOpenFundingRoundSuccess { data { round { status history { kind actorName } } } }
  ... on InvalidRoundTransitionError { from to } ... on Error { message } } }`;
const UPDATE = `mutation($input: UpdateFundingRoundInput!) { updateFundingRound(input: $input) { __typename
  ... on RoundNotEditableError { status } ... on Error { message } } }`;
const PUBLIC = `query($slug: String!) { fundingRound(slug: $slug) { status } }`;

describe("reviewing a funding round", () => {
  let api: Api;
  let owner: string;
  let chair: string;
  let treasurer: string;
  let cooperativeId: string;
  beforeAll(async () => {
    api = await createTestApi({ seed: true });
    owner = await api.signInAs("entrepreneur");
    cooperativeId = (await sitiBusiness(api)).cooperativeId!;
    [chair, treasurer] = (await officerSessions(api, cooperativeId)) as [string, string];
  });
  afterAll(() => api?.cleanup());

  async function draft(extra: Record<string, unknown> = {}, session = owner, businessId?: string) {
    const business = businessId ?? (await sitiBusiness(api)).id;
    const created = await api.gql(CREATE, { input: roundInput(business, extra) }, { session });
    return created.data!.createFundingRound.data.round as { id: string; slug: string };
  }
  const review = (roundId: string, session: string, approve = true, comment = "", checklist = ALL_TICKED) =>
    api.gql(REVIEW, { input: { roundId, approve, comment, checklist } }, { session });
  const open = (roundId: string) => api.gql(OPEN, { input: { roundId } }, { session: owner });

  it("opens only after two different officers approved the submitted terms, with a public history", async () => {
    const round = await draft({ title: "Etalase pendingin untuk keripik" });
    // a draft cannot be opened directly
    expect((await open(round.id)).data!.openFundingRound).toMatchObject({ from: "DRAFT", to: "OPEN" });
    expect(
      (await api.gql(SUBMIT, { input: { roundId: round.id } }, { session: owner })).data!.submitFundingRound,
    ).toMatchObject({ data: { round: { status: "SUBMITTED" } } });
    // submitted terms are fixed
    const edit = await api.gql(UPDATE, { input: { roundId: round.id, targetIdr: "9000000" } }, { session: owner });
    expect(edit.data!.updateFundingRound).toMatchObject({ __typename: "RoundNotEditableError", status: "SUBMITTED" });
    // one officer's approval is not enough, and the same officer cannot approve twice
    const first = await review(round.id, chair);
    expect(first.data!.reviewFundingRound.data.round.status).toBe("SUBMITTED");
    expect((await review(round.id, chair)).data!.reviewFundingRound.__typename).toBe("OfficerAlreadyApprovedError");
    expect((await open(round.id)).data!.openFundingRound).toMatchObject({ from: "SUBMITTED", to: "OPEN" });
    expect((await api.gql(PUBLIC, { slug: round.slug })).data!.fundingRound).toBeNull();
    // the second officer approves: APPROVED, still not public, and no longer editable
    const second = await review(round.id, treasurer);
    expect(second.data!.reviewFundingRound.data.round.status).toBe("APPROVED");
    expect((await api.gql(PUBLIC, { slug: round.slug })).data!.fundingRound).toBeNull();
    const late = await api.gql(UPDATE, { input: { roundId: round.id, returnBps: 2900 } }, { session: owner });
    expect(late.data!.updateFundingRound).toMatchObject({ status: "APPROVED" });
    // the owner opens it; the public sees it and its whole history
    const opened = await open(round.id);
    expect(opened.data!.openFundingRound.data.round.history.map((e: any) => e.kind)).toEqual([
      "SUBMITTED",
      "OFFICER_APPROVED",
      "OFFICER_APPROVED",
      "APPROVED",
      "OPENED",
    ]);
    expect((await api.gql(PUBLIC, { slug: round.slug })).data!.fundingRound).toEqual({ status: "OPEN" });
  });

  it("a returned round is edited and reviewed afresh: earlier approvals do not count", async () => {
    const round = await draft({ title: "Gudang kecil untuk bahan baku" });
    await api.gql(SUBMIT, { input: { roundId: round.id } }, { session: owner });
    await review(round.id, chair);
    // returning needs a comment the entrepreneur can act on
    const bare = await review(round.id, treasurer, false, "kurang");
    expect(bare.data!.reviewFundingRound.__typename).toBe("ReasonRequiredError");
    const returned = await review(round.id, treasurer, false, "Lampirkan rincian harga gudang dari dua toko.", {
      ...ALL_TICKED,
      useOfFunds: false,
    });
    expect(returned.data!.reviewFundingRound.data.round.status).toBe("RETURNED");
    // a returned round cannot be opened, nor approved until submitted again
    expect((await open(round.id)).data!.openFundingRound).toMatchObject({ from: "RETURNED" });
    expect((await review(round.id, chair)).data!.reviewFundingRound).toMatchObject({ from: "RETURNED" });
    const edited = await api.gql(UPDATE, { input: { roundId: round.id, targetIdr: "10000000" } }, { session: owner });
    expect(edited.data!.updateFundingRound.__typename).toBe("MutationUpdateFundingRoundSuccess");
    await api.gql(SUBMIT, { input: { roundId: round.id } }, { session: owner });
    // the chair's approval of the first submission does not carry over
    expect((await review(round.id, chair)).data!.reviewFundingRound.data.round.status).toBe("SUBMITTED");
    expect((await review(round.id, treasurer)).data!.reviewFundingRound.data.round.status).toBe("APPROVED");
  });

  it("refuses an incomplete checklist, terms past the by-law limits and an unverified business", async () => {
    const round = await draft({ title: "Penggorengan besar", returnBps: 5000 });
    await api.gql(SUBMIT, { input: { roundId: round.id } }, { session: owner });
    const unticked = await review(round.id, chair, true, "", { ...ALL_TICKED, repaymentPlan: false });
    expect(unticked.data!.reviewFundingRound).toMatchObject({
      __typename: "ChecklistIncompleteError",
      missing: ["repaymentPlan"],
    });
    const limits = await review(round.id, chair);
    expect(limits.data!.reviewFundingRound.__typename).toBe("RoundOutsideCooperativeLimitsError");
    // the members raise the by-law's limit (officers record it): the same round is then within it
    const bylaws = await api.gql(
      `mutation($input: UpdateCooperativeBylawsInput!) { updateCooperativeBylaws(input: $input) { __typename
        ... on MutationUpdateCooperativeBylawsSuccess { data { cooperative { bylaws { fundingMaxReturnBps
        fundingMaxTarget { amount } } } } } } }`,
      { input: { cooperativeId: gid("Cooperative", cooperativeId), fundingMaxReturnBps: 5000 } },
      { session: chair },
    );
    expect(bylaws.data!.updateCooperativeBylaws.data.cooperative.bylaws).toEqual({
      fundingMaxReturnBps: 5000,
      fundingMaxTarget: { amount: "500000000" },
    });
    expect((await review(round.id, chair)).data!.reviewFundingRound.data.round.status).toBe("SUBMITTED");
    // the seed's unverified, accepted business (Batik Dermayon Warsini)
    const batik = await api.prisma.business.findUniqueOrThrow({
      where: { slug: "batik-dermayon-warsini" },
      select: { id: true, owner: { select: { email: true } } },
    });
    const batikOwner = await api.createSessionFor(batik.owner.email);
    const batikRound = await draft({ title: "Canting dan kompor batik" }, batikOwner, batik.id);
    await api.gql(SUBMIT, { input: { roundId: batikRound.id } }, { session: batikOwner });
    expect((await review(batikRound.id, chair)).data!.reviewFundingRound.__typename).toBe("BusinessNotVerifiedError");
    expect(await api.prisma.fundingRound.count({ where: { id: rawId(batikRound.id), status: "SUBMITTED" } })).toBe(1);
  });

  it("a members-only round needs a carried motion of a members' meeting naming it", async () => {
    const round = await draft({
      title: "Modal kerja khusus anggota",
      isPublic: false,
      instrument: "COOPERATIVE_CAPITAL",
      returnBps: 0,
    });
    await api.gql(SUBMIT, { input: { roundId: round.id } }, { session: owner });
    expect((await review(round.id, chair)).data!.reviewFundingRound.__typename).toBe("MeetingApprovalRequiredError");
    // given a members' meeting that carried a motion naming the round (the meetings module decides motions)
    const meeting = await api.prisma.meeting.create({
      data: {
        cooperativeId,
        kind: "EXTRAORDINARY",
        title: "RALB modal kerja",
        scheduledAt: new Date(),
        location: "Balai desa",
        status: "CLOSED",
        quorumMet: true,
        motions: {
          create: {
            position: 1,
            title: "Menyetujui putaran modal kerja",
            kind: "APPROVE_FUNDING_ROUND",
            fundingRoundId: rawId(round.id),
            status: "CARRIED",
          },
        },
      },
    });
    expect(meeting.id).toBeTruthy();
    expect((await review(round.id, chair)).data!.reviewFundingRound.data.round.status).toBe("SUBMITTED");
    expect((await review(round.id, treasurer)).data!.reviewFundingRound.data.round.status).toBe("APPROVED");
  });

  it("a members' meeting held with quorum carries the motion that lets the officers approve a members-only round", async () => {
    const round = await draft({
      title: "Modal kerja bersama anggota",
      isPublic: false,
      instrument: "COOPERATIVE_CAPITAL",
      returnBps: 0,
    });
    await api.gql(SUBMIT, { input: { roundId: round.id } }, { session: owner });
    const chairUser = await api.prisma.user.findFirstOrThrow({ where: { email: "koperasi@desamigran.id" } });
    // the chair calls an RALB with the motion naming the round, through the API (the meetings module's rules)
    const called = await api.gql(
      `mutation($input: CallMeetingInput!) { callMeeting(input: $input) { __typename
        ... on MutationCallMeetingSuccess { data { meeting { id motions { id kind } } } } ... on Error { message } } }`,
      {
        input: {
          cooperativeId: gid("Cooperative", cooperativeId),
          kind: "EXTRAORDINARY",
          title: "RALB modal kerja bersama",
          scheduledAt: new Date(Date.now() + 1_000).toISOString(),
          location: "Balai desa",
          online: false,
          motions: [
            {
              title: "Menyetujui putaran modal kerja bersama",
              kind: "APPROVE_FUNDING_ROUND",
              fundingRoundId: round.id,
            },
          ],
        },
      },
      { session: chair },
    );
    expect(called.data!.callMeeting.__typename).toBe("MutationCallMeetingSuccess");
    const meeting = called.data!.callMeeting.data.meeting;
    const meetingId = rawId(meeting.id);
    const motionId = rawId(meeting.motions[0].id);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    await openMeeting(api.prisma, meetingId);
    // more than half of the active members come and vote YES; the meeting closes with quorum
    const members = await api.prisma.membership.findMany({ where: { cooperativeId, status: "ACTIVE" } });
    const present = members.slice(0, Math.floor(members.length / 2) + 1);
    await recordAttendance(api.prisma, { meetingId, membershipIds: present.map((m) => m.id) }, chairUser.id);
    for (const member of present) await castVote(api.prisma, { motionId, choice: "YES", personId: member.personId });
    await closeMeeting(api.prisma, meetingId);
    expect((await api.prisma.motion.findUniqueOrThrow({ where: { id: motionId } })).status).toBe("CARRIED");
    expect((await review(round.id, chair)).data!.reviewFundingRound.data.round.status).toBe("SUBMITTED");
    expect((await review(round.id, treasurer)).data!.reviewFundingRound.data.round.status).toBe("APPROVED");
  });

  it("only the cooperative's own officers review; a platform admin or the owner cannot approve", async () => {
    const round = await draft({ title: "Timbangan digital dan rak" });
    await api.gql(SUBMIT, { input: { roundId: round.id } }, { session: owner });
    const admin = await review(round.id, await api.signInAs("admin"));
    expect(admin.data!.reviewFundingRound.__typename).toBe("ForbiddenError");
    const self = await review(round.id, owner);
    expect(self.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const otherOfficer = await api.prisma.cooperativeOfficer.findFirstOrThrow({
      where: { cooperativeId: { not: cooperativeId } },
      select: { user: { select: { email: true } } },
    });
    const stranger = await review(round.id, await api.createSessionFor(otherOfficer.user.email));
    expect(stranger.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(await api.prisma.fundingRoundEvent.count({ where: { roundId: rawId(round.id) } })).toBe(1);
  });

  it("approveRound helper: the seed's approved round opens for the owner", async () => {
    const approved = await api.prisma.fundingRound.findFirstOrThrow({ where: { status: "APPROVED" } });
    expect((await open(gid("FundingRound", approved.id))).data!.openFundingRound.data.round.status).toBe("OPEN");
    // and approveRound works end to end on a new draft
    const round = await draft({ title: "Kemasan vakum" });
    await approveRound(api, round.id, owner);
    expect((await open(round.id)).data!.openFundingRound.data.round.status).toBe("OPEN");
  });

  // The business leaves its cooperative for this test only: it is put back at the end.
  it("refuses to approve a round whose business left the cooperative after submitting, leaving it in review", async () => {
    // given a submitted round, and then the business leaves its cooperative
    const round = await draft({ title: "Mesin pengemas vakum kedua" });
    await api.gql(SUBMIT, { input: { roundId: round.id } }, { session: owner });
    const business = await sitiBusiness(api);
    const left = await api.gql(
      `mutation($input: UpdateBusinessInput!) { updateBusiness(input: $input) { __typename } }`,
      { input: { businessId: gid("Business", business.id), leaveCooperative: true } },
      { session: owner },
    );
    expect(left.data!.updateBusiness.__typename).toBe("MutationUpdateBusinessSuccess");
    try {
      // when an officer of the cooperative approves it
      const result = await review(round.id, chair);

      // then it is refused, and the round is still in review with no approval recorded
      expect(result.data!.reviewFundingRound.__typename).toBe("CooperativeMismatchError");
      expect(result.data!.reviewFundingRound.message).toMatch(/koperasi/);
      expect((await api.prisma.fundingRound.findUniqueOrThrow({ where: { id: rawId(round.id) } })).status).toBe(
        "SUBMITTED",
      );
      expect(
        await api.prisma.fundingRoundEvent.findMany({ where: { roundId: rawId(round.id) }, select: { kind: true } }),
      ).toEqual([{ kind: "SUBMITTED" }]);
    } finally {
      await api.prisma.business.update({ where: { id: business.id }, data: { cooperativeId } });
    }
  });
});
