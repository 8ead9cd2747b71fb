import { defineAccess } from "../common/access-policy.ts";

/** Who may read requests and take the trust decisions. Checked by test/authorization-matrix.test.ts. */
export const access = defineAccess({
  types: {
    // The business asking and the cooperative asked.
    CooperativeRequest: ["entrepreneur", "cooperativeOfficer", "admin"],
  },
  mutations: {
    decideCooperativeRequest: ["cooperativeOfficer", "admin"],
    // The village's officers, and officers of a cooperative in the village.
    verifyReturnee: ["villageOfficer", "cooperativeOfficer", "admin"],
    withdrawReturneeVerification: ["villageOfficer", "cooperativeOfficer", "admin"],
  },
});
