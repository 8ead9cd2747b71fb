import { defineAccess } from "../common/access-policy.ts";

/**
 * Active members of the demo cooperative among the roles: the demo family's head, the other household's head, both
 * entrepreneurs and the cooperative's officer (officers are members too).
 */
const members = ["household", "otherHousehold", "entrepreneur", "otherEntrepreneur", "cooperativeOfficer"] as const;
const officers = ["cooperativeOfficer", "admin"] as const;

/** Who may read and run members' meetings. Checked by test/authorization-matrix.test.ts. */
export const access = defineAccess({
  types: {
    Meeting: [...members, "admin"],
    Motion: [...members, "admin"],
  },
  mutations: {
    // The by-laws say who calls meetings (meetingCallers): officers only, or any active member too.
    callMeeting: { membersMayCall: [...members, "admin"], officersOnly: officers },
    openMeeting: officers,
    closeMeeting: officers,
    // One member, one vote, no proxies: an admin does not vote.
    castVote: members,
    recordAttendance: officers,
    removeAttendance: officers,
  },
});
