// Registers this module's domain errors as GraphQL error types (the classes live in errors.ts).
import { builder } from "../../builder.ts";
import {
  ErrorInterface,
  registerMessageErrors,
  registerStatusError,
  registerTransitionError,
} from "../common/error-types.ts";
import {
  AlreadyVotedError,
  AnnualMeetingExistsError,
  AttendeeHasVotedError,
  InvalidMeetingTransitionError,
  MeetingNotOpenError,
  MeetingNotYetDueError,
  MotionFundingRoundError,
  NotActiveMemberError,
  NotCooperativeMemberError,
  NotPresentError,
} from "./errors.ts";
import { MeetingStatus } from "./types.ts";

registerTransitionError(InvalidMeetingTransitionError, {
  name: "InvalidMeetingTransitionError",
  description: "The meeting cannot move from its current status to the one asked for.",
  status: MeetingStatus,
});

registerStatusError(MeetingNotOpenError, {
  name: "MeetingNotOpenError",
  description: "Votes are taken only while the meeting is OPEN.",
  status: MeetingStatus,
  field: "The meeting's status.",
});

registerMessageErrors([
  [
    NotCooperativeMemberError,
    "NotCooperativeMemberError",
    "Only an active member of the cooperative may vote, and only for themself.",
  ],
  [AlreadyVotedError, "AlreadyVotedError", "The member already voted on this motion (one member, one vote)."],
  [
    NotPresentError,
    "NotPresentError",
    "Only members recorded as present at the meeting may vote; an officer records attendance.",
  ],
  [
    MotionFundingRoundError,
    "MotionFundingRoundError",
    "An APPROVE_FUNDING_ROUND motion names a round this cooperative does not administer, or one still in draft.",
  ],
  [
    NotActiveMemberError,
    "NotActiveMemberError",
    "Only active members of the meeting's cooperative can be recorded as present; nothing was recorded.",
  ],
  [
    AttendeeHasVotedError,
    "AttendeeHasVotedError",
    "The member already voted in this meeting, so they stay on the attendance list.",
  ],
]);

builder.objectType(MeetingNotYetDueError, {
  name: "MeetingNotYetDueError",
  description: "A meeting opens no earlier than its scheduled time; nothing was changed.",
  interfaces: [ErrorInterface],
  fields: (t) => ({
    opensAt: t.expose("opensAt", { type: "DateTime", description: "From when it may be opened." }),
  }),
});

builder.objectType(AnnualMeetingExistsError, {
  name: "AnnualMeetingExistsError",
  description:
    "The cooperative already has its annual meeting (RAT) for this fiscal year: one RAT per year. Call an " +
    "extraordinary meeting (RALB) for other decisions.",
  interfaces: [ErrorInterface],
  fields: (t) => ({ fiscalYear: t.exposeInt("fiscalYear", { description: "The fiscal year." }) }),
});
