import { defineAccess } from "../common/access-policy.ts";

const readers = ["household", "villageOfficer", "admin"] as const;

/** Who may read a family's records and record a remittance. Checked by test/authorization-matrix.test.ts. */
export const access = defineAccess({
  types: {
    // Personal data: the family, its village's officers (who help with documents and returns) and admins.
    Household: readers,
    Remittance: readers,
  },
  mutations: {
    // Money arriving is the family's record (admins may correct on their behalf, audited).
    recordRemittance: ["household", "admin"],
  },
});
