import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestApi } from "../../../../test/harness.ts";
import { callMeetingAsChair, TRANSITION } from "./helpers.ts";

const MOTIONS = `query($id: ID!) { node(id: $id) { ... on Meeting { status motions { title status tally { yes no abstain total } } } } }`;

describe("closeMeeting", () => {
  let api: Awaited<ReturnType<typeof createTestApi>>;
  beforeAll(async () => {
    api = await createTestApi({ seed: true });
  });
  afterAll(() => api?.cleanup());

  it("tallies each motion (CARRIED when YES > NO, a tie rejected) and shows members the results only once closed", async () => {
    // given an open meeting with three motions and votes by five members recorded
    const officer = await api.signInAs("cooperativeOfficer");
    const member = await api.signInAs("household");
    const { coop, meetingId, motionIds } = await callMeetingAsChair(api, officer, 3);
    await api.gql(TRANSITION("openMeeting"), { input: { meetingId } }, { session: officer });
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

  it("cannot close a meeting that was never opened", async () => {
    const officer = await api.signInAs("cooperativeOfficer");
    const { meetingId } = await callMeetingAsChair(api, officer);
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
    expect(listed.errors?.[0]?.message).toMatch(/Not authorized/i);
  });
});
