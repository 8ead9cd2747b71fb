import { defineAccess } from "../common/access-policy.ts";

/** Officers record cash at the counter; the family's wallet is the family's alone to move. */
const movement = { cash: ["cooperativeOfficer", "admin"], wallet: ["household"] } as const;

/** Who may move member savings, by channel. Checked by test/authorization-matrix.test.ts. */
export const access = defineAccess({
  mutations: {
    depositSavings: movement,
    withdrawSavings: movement,
  },
});
