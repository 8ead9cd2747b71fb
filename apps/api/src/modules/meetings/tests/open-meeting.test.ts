import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestApi } from "../../../../test/harness.ts";
import { callMeetingAsChair, TRANSITION } from "./helpers.ts";

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
    expect(asMember.errors?.[0]?.message).toMatch(/Not authorized/i);
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
});
