import { defineAccess } from "../common/access-policy.ts";

const officers = ["cooperativeOfficer", "admin"] as const;

/** Who may read and make investments and move a round's money. Checked by test/authorization-matrix.test.ts. */
export const access = defineAccess({
  types: {
    Pledge: ["household", ...officers],
  },
  mutations: {
    // Only the family moves its wallet: no officer, no admin.
    pledgeToRound: ["household"],
    closeFundingRound: officers,
    disburseFundingRound: officers,
    markFundingRoundDefaulted: officers,
    // The business pays into its own round.
    recordRepayment: ["entrepreneur", "admin"],
  },
});
