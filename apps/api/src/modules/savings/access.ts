import { defineAccess } from "../common/access-policy.ts";

/** Officers record cash at the counter; the family's wallet is the family's alone to move. */
const movement = { cash: ["cooperativeOfficer", "admin"], wallet: ["household"] } as const;

/**
 * Who may move member savings, by channel. Checked by test/authorization-matrix.test.ts. Pokok and wajib are
 * withdrawn (returned in full) only after the member has left, by the same rule: cash by an officer, the wallet by
 * the member. A receipt (Query.savingsReceipt, not a node) is read by the cooperative's officers and the member
 * only; tests/withdrawal-and-receipt.test.ts checks that.
 */
export const access = defineAccess({
  mutations: {
    depositSavings: movement,
    withdrawSavings: movement,
  },
});
