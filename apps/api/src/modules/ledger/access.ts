import { defineAccess } from "../common/access-policy.ts";

/** Who may read ledger accounts and entries. Checked by test/authorization-matrix.test.ts. */
export const access = defineAccess({
  types: {
    Account: {
      // The family's wallet: the family (and admins), not the village or the cooperative.
      householdWallet: ["household", "admin"],
      // A member's savings: the member and the cooperative's officers.
      memberSavings: ["household", "cooperativeOfficer", "admin"],
    },
    // An entry is read by whoever recorded it (here the demo family recording a remittance) and admins.
    JournalEntry: ["household", "admin"],
  },
});
