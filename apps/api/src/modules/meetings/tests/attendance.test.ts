import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestApi } from "../../../../test/harness.ts";
import { activeMembers, ATTEND, callMeetingAsChair, gid, openWithAttendance, TRANSITION, VOTE } from "./helpers.ts";

const ROLL = `query($id: ID!) { node(id: $id) { ... on Meeting {
  viewerPresent quorum { present needed met } attendanceRoll { membershipId memberNumber present voted } } } }`;
const REMOVE = `mutation($input: RemoveAttendanceInput!) { removeAttendance(input: $input) { __typename
  ... on MutationRemoveAttendanceSuccess { data { meeting { quorum { present } } } }
  ... on Error { message } } }`;

describe("recording attendance", () => {
  let api: Awaited<ReturnType<typeof createTestApi>>;
  let officer: string;
  let member: string;
  let members: Awaited<ReturnType<typeof activeMembers>>;
  let tarmidi: (typeof members)[number];
  beforeAll(async () => {
    api = await createTestApi({ seed: true });
    officer = await api.signInAs("cooperativeOfficer");
    member = await api.signInAs("household");
    members = await activeMembers(api);
    tarmidi = members.find((m) => m.email === "keluarga@desamigran.id")!;
  });
  afterAll(() => api?.cleanup());

  it("is done by officers while the meeting is open, once per member, and counts towards quorum", async () => {
    // given a called meeting
    const { meetingId } = await callMeetingAsChair(api, officer);
    // attendance waits for the opening
    const early = await api.gql(ATTEND, { input: { meetingId, membershipIds: [tarmidi.gid] } }, { session: officer });
    expect(early.data!.recordAttendance).toMatchObject({ __typename: "MeetingNotOpenError", status: "SCHEDULED" });
    await api.gql(TRANSITION("openMeeting"), { input: { meetingId } }, { session: officer });
    // a member cannot record themself
    const self = await api.gql(ATTEND, { input: { meetingId, membershipIds: [tarmidi.gid] } }, { session: member });
    expect(self.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    // the chair records Tarmidi and two others, then Tarmidi again: three present
    const first = await api.gql(
      ATTEND,
      { input: { meetingId, membershipIds: [tarmidi.gid, members[0]!.gid, members[1]!.gid] } },
      { session: officer },
    );
    expect(first.data!.recordAttendance.data.meeting.quorum).toMatchObject({
      present: 3,
      activeMembers: members.length,
      needed: Math.floor(members.length / 2) + 1,
      met: false,
    });
    const again = await api.gql(ATTEND, { input: { meetingId, membershipIds: [tarmidi.gid] } }, { session: officer });
    expect(again.data!.recordAttendance.data.meeting.quorum.present).toBe(3);
    // the officer sees the roll; Tarmidi sees only that he is present
    const roll = await api.gql(ROLL, { id: meetingId }, { session: officer });
    expect(roll.data!.node.attendanceRoll).toHaveLength(members.length);
    expect(roll.data!.node.attendanceRoll.filter((r: any) => r.present)).toHaveLength(3);
    const own = await api.gql(ROLL, { id: meetingId }, { session: member });
    expect(own.data!.node).toMatchObject({ viewerPresent: true, attendanceRoll: null });
  });

  it("records only active members of this cooperative, and nothing when one is not", async () => {
    const { meetingId } = await callMeetingAsChair(api, officer);
    await openWithAttendance(api, officer, meetingId, []);
    const elsewhere = await api.prisma.membership.findFirstOrThrow({
      where: { cooperative: { slug: { not: "kdmp-juntinyuat" } }, status: "ACTIVE" },
    });
    const result = await api.gql(
      ATTEND,
      { input: { meetingId, membershipIds: [tarmidi.gid, gid("Membership", elsewhere.id)] } },
      { session: officer },
    );
    expect(result.data!.recordAttendance.__typename).toBe("NotActiveMemberError");
    const roll = await api.gql(ROLL, { id: meetingId }, { session: officer });
    expect(roll.data!.node.quorum.present).toBe(0);
  });

  it("takes a member off the list until they voted, and not after closing", async () => {
    const { meetingId, motionIds } = await callMeetingAsChair(api, officer);
    await openWithAttendance(api, officer, meetingId, [tarmidi.gid, members[0]!.gid]);
    const removed = await api.gql(
      REMOVE,
      { input: { meetingId, membershipId: members[0]!.gid } },
      { session: officer },
    );
    expect(removed.data!.removeAttendance.data.meeting.quorum.present).toBe(1);
    await api.gql(VOTE, { input: { motionId: motionIds[0], choice: "YES" } }, { session: member });
    const voted = await api.gql(REMOVE, { input: { meetingId, membershipId: tarmidi.gid } }, { session: officer });
    expect(voted.data!.removeAttendance.__typename).toBe("AttendeeHasVotedError");
    await api.gql(TRANSITION("closeMeeting"), { input: { meetingId } }, { session: officer });
    const late = await api.gql(
      ATTEND,
      { input: { meetingId, membershipIds: [members[0]!.gid] } },
      { session: officer },
    );
    expect(late.data!.recordAttendance).toMatchObject({ __typename: "MeetingNotOpenError", status: "CLOSED" });
  });
});
