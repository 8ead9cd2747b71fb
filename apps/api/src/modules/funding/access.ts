import { CATALOG, defineAccess } from "../common/access-policy.ts";

const owner = ["entrepreneur", "admin"] as const;
const draftReaders = ["entrepreneur", "cooperativeOfficer", "admin"] as const;

/** Who may read and shape funding rounds. Checked by test/authorization-matrix.test.ts. */
export const access = defineAccess({
  types: {
    // Public once opened; a draft for the business owner and the cooperative that will administer it.
    FundingRound: { open: CATALOG, draft: draftReaders },
    // News to investors is read like its round.
    FundingRoundUpdate: { openRound: CATALOG, draftRound: draftReaders },
  },
  mutations: {
    createFundingRound: owner,
    updateFundingRound: owner,
    openFundingRound: owner,
    submitFundingRound: owner,
    // The administering cooperative's own officers: a platform admin is not the cooperative (ForbiddenError).
    reviewFundingRound: ["cooperativeOfficer"],
    postRoundUpdate: owner,
  },
});
