import { defineAccess } from "../common/access-policy.ts";

/** Who may read and handle protection cases. Checked by test/authorization-matrix.test.ts. */
export const access = defineAccess({
  types: {
    // Confidential: the handling officer (the person concerned has no account here) and admins, audited.
    ProtectionCase: ["villageOfficer", "admin"],
  },
  mutations: {
    // Any officer of the person's village may open a case and becomes its handler (an admin is no handler, and
    // hands cases over instead); its handling is then the handler's alone.
    openProtectionCase: ["villageOfficer"],
    updateProtectionCase: ["villageOfficer"],
    referProtectionCase: ["villageOfficer"],
    // An admin may hand a case over (e.g. when its handler left office).
    assignProtectionCase: ["villageOfficer", "admin"],
  },
});
