import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestApi } from "../../../../test/harness.ts";
import { activeMembers, callMeetingAsChair, openWithAttendance, rawId, TRANSITION, VOTE } from "./helpers.ts";

const MOTIONS = `query($id: ID!) { node(id: $id) { ... on Meeting { status motions { title status tally { yes no abstain total } } } } }`;

describe("closeMeeting", () => {
  let api: Awaited<ReturnType<typeof createTestApi>>;
  beforeAll(async () => {
    api = await createTestApi({ seed: true });
  });
  afterAll(() => api?.cleanup());

  it("with quorum, tallies each motion (CARRIED when YES > NO, a tie rejected) and shows members the results only once closed", async () => {
    // given an open meeting with three motions, every member present, and votes by five members recorded
    const officer = await api.signInAs("cooperativeOfficer");
    const member = await api.signInAs("household");
    const { coop, meetingId, motionIds } = await callMeetingAsChair(api, officer, 3);
    await openWithAttendance(
      api,
      officer,
      meetingId,
      (await activeMembers(api)).map((m) => m.gid),
    );
    const members = await api.prisma.membership.findMany({
      where: { cooperativeId: coop.id, status: "ACTIVE" },
      take: 5,
    });
    const raw = motionIds.map((id) => Buffer.from(id, "base64").toString().split(":")[1]!);
    const votes: [number, ("YES" | "NO" | "ABSTAIN")[]][] = [
      [0, ["YES", "YES", "YES", "NO", "ABSTAIN"]],
      [1, ["YES", "NO", "ABSTAIN", "ABSTAIN", "ABSTAIN"]],
      [2, ["NO", "NO", "YES", "ABSTAIN", "ABSTAIN"]],
    ];
    for (const [motion, choices] of votes) {
      await api.prisma.vote.createMany({
        data: choices.map((choice, i) => ({ motionId: raw[motion]!, membershipId: members[i]!.id, choice })),
      });
    }
    // and while it is open, a member sees no counts but the chair does
    const before = await api.gql(MOTIONS, { id: meetingId }, { session: member });
    expect(before.data!.node.motions.map((m: any) => m.tally)).toEqual([null, null, null]);
    const chair = await api.gql(MOTIONS, { id: meetingId }, { session: officer });
    expect(chair.data!.node.motions[0].tally).toEqual({ yes: 3, no: 1, abstain: 1, total: 5 });

    // when the chair closes the meeting
    const closed = await api.gql(TRANSITION("closeMeeting"), { input: { meetingId } }, { session: officer });
    // then the results are recorded
    expect(closed.data!.closeMeeting.data.meeting.status).toBe("CLOSED");
    expect(closed.data!.closeMeeting.data.meeting.motions.map((m: any) => m.status)).toEqual([
      "CARRIED",
      "REJECTED",
      "REJECTED",
    ]);
    // and members now see the counts
    const after = await api.gql(MOTIONS, { id: meetingId }, { session: member });
    expect(after.data!.node.motions.map((m: any) => m.tally)).toEqual([
      { yes: 3, no: 1, abstain: 1, total: 5 },
      { yes: 1, no: 1, abstain: 3, total: 5 },
      { yes: 1, no: 2, abstain: 2, total: 5 },
    ]);
    // and closing again is an invalid transition
    const again = await api.gql(TRANSITION("closeMeeting"), { input: { meetingId } }, { session: officer });
    expect(again.data!.closeMeeting).toMatchObject({
      __typename: "InvalidMeetingTransitionError",
      from: "CLOSED",
      to: "CLOSED",
    });
  });

  it("without quorum decides nothing: every motion is NO_QUORUM, whatever the votes, and the meeting says so", async () => {
    // given an open meeting where exactly half of the active members are present (the by-law wants MORE than 50%)
    const officer = await api.signInAs("cooperativeOfficer");
    const member = await api.signInAs("household");
    const members = await activeMembers(api);
    const tarmidi = members.find((m) => m.email === "keluarga@desamigran.id")!;
    const others = members.filter((m) => m.id !== tarmidi.id);
    const half = Math.floor(members.length / 2);
    const present = [tarmidi, ...others.slice(0, half - 1)];
    const { meetingId, motionIds } = await callMeetingAsChair(api, officer, 2);
    await openWithAttendance(
      api,
      officer,
      meetingId,
      present.map((m) => m.gid),
    );
    // and Tarmidi, present, votes YES on the first motion
    const vote = await api.gql(VOTE, { input: { motionId: motionIds[0], choice: "YES" } }, { session: member });
    expect(vote.data!.castVote.__typename).toBe("MutationCastVoteSuccess");
    // the page's numbers say quorum is not met yet
    const QUORUM = `query($id: ID!) { node(id: $id) { ... on Meeting { quorum { present activeMembers quorumPct needed met } } } }`;
    const open = await api.gql(QUORUM, { id: meetingId }, { session: member });
    expect(open.data!.node.quorum).toEqual({
      present: half,
      activeMembers: members.length,
      quorumPct: 50,
      needed: half + 1,
      met: false,
    });
    // when the chair closes it
    const closed = await api.gql(TRANSITION("closeMeeting"), { input: { meetingId } }, { session: officer });
    // then nothing was decided
    expect(closed.data!.closeMeeting.data.meeting.motions.map((m: any) => m.status)).toEqual([
      "NO_QUORUM",
      "NO_QUORUM",
    ]);
    const stored = await api.prisma.meeting.findUniqueOrThrow({ where: { id: rawId(meetingId) } });
    expect(stored).toMatchObject({ status: "CLOSED", quorumMet: false, memberCount: members.length });
    const after = await api.gql(QUORUM, { id: meetingId }, { session: member });
    expect(after.data!.node.quorum).toMatchObject({ present: half, met: false });
  });

  it("with exactly the members quorum needs, decides by the by-law's majority", async () => {
    // given by-laws asking YES to be more than 66% of YES and NO votes
    const officer = await api.signInAs("cooperativeOfficer");
    const coop = await api.prisma.cooperative.update({
      where: { slug: "kdmp-juntinyuat" },
      data: { majorityPct: 66 },
    });
    const members = await activeMembers(api);
    const needed = Math.floor(members.length / 2) + 1;
    const { meetingId, motionIds } = await callMeetingAsChair(api, officer, 2);
    await openWithAttendance(
      api,
      officer,
      meetingId,
      members.slice(0, needed).map((m) => m.gid),
    );
    // and votes: 3 YES 2 NO (60%) on the first motion, 4 YES 1 NO (80%) on the second
    const cast = (motion: number, choices: ("YES" | "NO")[]) =>
      api.prisma.vote.createMany({
        data: choices.map((choice, i) => ({
          motionId: rawId(motionIds[motion]!),
          membershipId: members[i]!.id,
          choice,
        })),
      });
    await cast(0, ["YES", "YES", "YES", "NO", "NO"]);
    await cast(1, ["YES", "YES", "YES", "YES", "NO"]);
    // when the chair closes it
    const closed = await api.gql(TRANSITION("closeMeeting"), { input: { meetingId } }, { session: officer });
    // then quorum is met, 60% is not enough and 80% carries
    expect(closed.data!.closeMeeting.data.meeting.motions.map((m: any) => m.status)).toEqual(["REJECTED", "CARRIED"]);
    const stored = await api.prisma.meeting.findUniqueOrThrow({ where: { id: rawId(meetingId) } });
    expect(stored.quorumMet).toBe(true);
    await api.prisma.cooperative.update({ where: { id: coop.id }, data: { majorityPct: 50 } });
  });

  it("cannot close a meeting that was never opened", async () => {
    const officer = await api.signInAs("cooperativeOfficer");
    const { meetingId } = await callMeetingAsChair(api, officer, 2, new Date(Date.now() + 86_400_000));
    const result = await api.gql(TRANSITION("closeMeeting"), { input: { meetingId } }, { session: officer });
    expect(result.data!.closeMeeting).toMatchObject({ from: "SCHEDULED", to: "CLOSED" });
  });

  it("hides meetings from people outside the cooperative", async () => {
    const officer = await api.signInAs("cooperativeOfficer");
    const { meetingId } = await callMeetingAsChair(api, officer);
    const buyer = await api.signInAs("buyer");
    const result = await api.gql(MOTIONS, { id: meetingId }, { session: buyer });
    expect(result.data?.node ?? null).toBeNull();
    const listed = await api.gql(
      `{ cooperative(slug: "kdmp-juntinyuat") { meetings(first: 5) { totalCount } } }`,
      {},
      { session: buyer },
    );
    expect(listed.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});
