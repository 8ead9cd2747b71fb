import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestApi } from "../../../../test/harness.ts";
import { activeMembers, callMeetingAsChair, openWithAttendance, rawId, TRANSITION, VOTE } from "./helpers.ts";

describe("castVote", () => {
  let api: Awaited<ReturnType<typeof createTestApi>>;
  let officer: string;
  let member: string;
  let tarmidi: string; // the household head's Membership global ID
  beforeAll(async () => {
    api = await createTestApi({ seed: true });
    officer = await api.signInAs("cooperativeOfficer");
    member = await api.signInAs("household");
    tarmidi = (await activeMembers(api)).find((m) => m.email === "keluarga@desamigran.id")!.gid;
  });
  afterAll(() => api?.cleanup());

  it("records a present member's own vote while the meeting is open, once", async () => {
    // given an open meeting where Tarmidi is recorded as present
    const { meetingId, motionIds } = await callMeetingAsChair(api, officer);
    await openWithAttendance(api, officer, meetingId, [tarmidi]);
    // when Tarmidi, a member, votes YES
    const result = await api.gql(VOTE, { input: { motionId: motionIds[0], choice: "YES" } }, { session: member });
    // then his vote is recorded and he sees it, but not the counts while the meeting is open
    expect(result.data!.castVote).toEqual({
      __typename: "MutationCastVoteSuccess",
      data: { choice: "YES", motion: { title: "Usulan nomor 1", viewerVote: "YES", tally: null } },
    });
    // and a second vote on the same motion is refused
    const again = await api.gql(VOTE, { input: { motionId: motionIds[0], choice: "NO" } }, { session: member });
    expect(again.data!.castVote.__typename).toBe("AlreadyVotedError");
  });

  it("stores exactly one vote when one member sends five at once", async () => {
    const { meetingId, motionIds } = await callMeetingAsChair(api, officer);
    await openWithAttendance(api, officer, meetingId, [tarmidi]);
    // when five votes race
    const results = await Promise.all(
      (["YES", "NO", "ABSTAIN", "YES", "NO"] as const).map((choice) =>
        api.gql(VOTE, { input: { motionId: motionIds[1], choice } }, { session: member }),
      ),
    );
    // then one succeeds, four are AlreadyVotedError, and one row is stored
    const kinds = results.map((r) => r.data?.castVote?.__typename ?? r.errors?.[0]?.message);
    expect(kinds.filter((k) => k === "MutationCastVoteSuccess")).toHaveLength(1);
    expect(kinds.filter((k) => k === "AlreadyVotedError")).toHaveLength(4);
    const raw = Buffer.from(motionIds[1]!, "base64").toString().split(":")[1]!;
    expect(await api.prisma.vote.count({ where: { motionId: raw } })).toBe(1);
  });

  it("refuses votes before the meeting opens and after it closes", async () => {
    const { meetingId, motionIds } = await callMeetingAsChair(api, officer);
    const early = await api.gql(VOTE, { input: { motionId: motionIds[0], choice: "YES" } }, { session: member });
    expect(early.data!.castVote).toMatchObject({ __typename: "MeetingNotOpenError", status: "SCHEDULED" });
    await api.gql(TRANSITION("openMeeting"), { input: { meetingId } }, { session: officer });
    await api.gql(TRANSITION("closeMeeting"), { input: { meetingId } }, { session: officer });
    const late = await api.gql(VOTE, { input: { motionId: motionIds[0], choice: "YES" } }, { session: member });
    expect(late.data!.castVote).toMatchObject({ __typename: "MeetingNotOpenError", status: "CLOSED" });
  });

  it("refuses non-members, former members and accounts without a person (no proxies)", async () => {
    const { meetingId, motionIds } = await callMeetingAsChair(api, officer);
    await api.gql(TRANSITION("openMeeting"), { input: { meetingId } }, { session: officer });
    // a buyer from elsewhere
    const buyer = await api.signInAs("buyer");
    const asBuyer = await api.gql(VOTE, { input: { motionId: motionIds[0], choice: "YES" } }, { session: buyer });
    expect(asBuyer.data!.castVote.__typename).toBe("NotCooperativeMemberError");
    // a member who left
    const leaver = await api.prisma.membership.findFirstOrThrow({
      where: { cooperative: { slug: "kdmp-juntinyuat" }, person: { user: null } },
      orderBy: { memberNumber: "desc" },
    });
    await api.prisma.membership.update({ where: { id: leaver.id }, data: { status: "LEFT", leftAt: new Date() } });
    const { token } = await api.createUserSession({ email: "mantan@example.id", personId: leaver.personId });
    const asLeaver = await api.gql(VOTE, { input: { motionId: motionIds[0], choice: "YES" } }, { session: token });
    expect(asLeaver.data!.castVote.__typename).toBe("NotCooperativeMemberError");
    // and nobody's vote was stored
    const raw = Buffer.from(motionIds[0]!, "base64").toString().split(":")[1]!;
    expect(await api.prisma.vote.count({ where: { motionId: raw } })).toBe(0);
  });

  it("refuses the vote of a member who is not recorded as present, and stores nothing", async () => {
    // given an open meeting where only another member was recorded present
    const { meetingId, motionIds } = await callMeetingAsChair(api, officer);
    const other = (await activeMembers(api)).find((m) => m.gid !== tarmidi)!;
    await openWithAttendance(api, officer, meetingId, [other.gid]);
    // when Tarmidi, an active member who is absent, votes
    const absent = await api.gql(VOTE, { input: { motionId: motionIds[0], choice: "YES" } }, { session: member });
    // then he is told to have his attendance recorded first, in his language
    expect(absent.data!.castVote).toMatchObject({
      __typename: "NotPresentError",
      message: expect.stringMatching(/belum tercatat hadir/),
    });
    const inEnglish = await api.gql(
      VOTE,
      { input: { motionId: motionIds[0], choice: "YES" } },
      { session: member, headers: { "accept-language": "en" } },
    );
    expect(inEnglish.data!.castVote.message).toMatch(/not recorded as present/);
    expect(await api.prisma.vote.count({ where: { motionId: rawId(motionIds[0]!) } })).toBe(0);
  });
});
