import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestApi } from "../../../../test/harness.ts";
import { callMeetingAsChair, rawId, TRANSITION } from "./helpers.ts";

describe("openMeeting", () => {
  let api: Awaited<ReturnType<typeof createTestApi>>;
  beforeAll(async () => {
    api = await createTestApi({ seed: true });
  });
  afterAll(() => api?.cleanup());

  it("opens a scheduled meeting once, and only for its cooperative's officers", async () => {
    // given a meeting the chair called
    const officer = await api.signInAs("cooperativeOfficer");
    const { meetingId } = await callMeetingAsChair(api, officer);
    // when a member tries to open it, they are refused
    const member = await api.signInAs("household");
    const asMember = await api.gql(TRANSITION("openMeeting"), { input: { meetingId } }, { session: member });
    expect(asMember.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    // when the chair opens it, it is OPEN
    const opened = await api.gql(TRANSITION("openMeeting"), { input: { meetingId } }, { session: officer });
    expect(opened.data!.openMeeting.data.meeting.status).toBe("OPEN");
    // and opening it again is an invalid transition
    const again = await api.gql(TRANSITION("openMeeting"), { input: { meetingId } }, { session: officer });
    expect(again.data!.openMeeting).toMatchObject({
      __typename: "InvalidMeetingTransitionError",
      from: "OPEN",
      to: "OPEN",
    });
  });

  it("cannot open before its scheduled time, and says from when it may open", async () => {
    // given a meeting called for tomorrow
    const officer = await api.signInAs("cooperativeOfficer");
    const tomorrow = new Date(Date.now() + 86_400_000);
    const { meetingId } = await callMeetingAsChair(api, officer, 1, tomorrow);
    // when the chair tries to open it today
    const early = await api.gql(TRANSITION("openMeeting"), { input: { meetingId } }, { session: officer });
    // then it is refused with the time it may open, and stays SCHEDULED
    expect(early.data!.openMeeting).toMatchObject({
      __typename: "MeetingNotYetDueError",
      opensAt: tomorrow.toISOString(),
      message: expect.stringMatching(/belum waktunya dibuka/),
    });
    const meeting = await api.prisma.meeting.findUniqueOrThrow({ where: { id: rawId(meetingId) } });
    expect(meeting).toMatchObject({ status: "SCHEDULED", openedAt: null });
  });

  it("records when it opened and when it closed", async () => {
    const officer = await api.signInAs("cooperativeOfficer");
    const { meetingId } = await callMeetingAsChair(api, officer);
    const before = Date.now();
    await api.gql(TRANSITION("openMeeting"), { input: { meetingId } }, { session: officer });
    await api.gql(TRANSITION("closeMeeting"), { input: { meetingId } }, { session: officer });
    const times = await api.gql(
      `query($id: ID!) { node(id: $id) { ... on Meeting { openedAt closedAt } } }`,
      {
        id: meetingId,
      },
      { session: officer },
    );
    const { openedAt, closedAt } = times.data!.node;
    expect(new Date(openedAt).getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(new Date(closedAt).getTime()).toBeGreaterThanOrEqual(new Date(openedAt).getTime());
  });
});
