import { defineAccess } from "../common/access-policy.ts";

const officers = ["cooperativeOfficer", "admin"] as const;

/** Who may read and post SHU runs. Checked by test/authorization-matrix.test.ts. */
export const access = defineAccess({
  types: {
    // The split is the cooperative's internal business until the RAT.
    ShuRun: officers,
  },
  mutations: {
    runShu: officers,
    reverseShu: officers,
  },
});
