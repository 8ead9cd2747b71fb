import { defineAccess, EVERYONE } from "../common/access-policy.ts";

const members = ["partner", "admin"] as const;

/** Who may read and manage partner organizations, keys and programs. Checked by test/authorization-matrix.test.ts. */
export const access = defineAccess({
  types: {
    // The partner directory is public to every caller: a programs:write key finds its programs here.
    Organization: EVERYONE,
    Program: EVERYONE,
    ApiKey: members,
    // An enrolment shows only its status and date: the organization's members and its programs:write keys.
    Enrolment: [...members, "key:programs"],
  },
  mutations: {
    createApiKey: members,
    revokeApiKey: members,
    createProgram: members,
    updateProgram: members,
    enrolParticipant: [...members, "key:programs"],
  },
});
