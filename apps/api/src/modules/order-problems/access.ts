import { defineAccess } from "../common/access-policy.ts";

/**
 * Who may read problem reports and act on them. Checked by test/authorization-matrix.test.ts. The matrix's
 * cooperative officer is the chair, who may resolve (as may the treasurer, tested in tests/order-problems.test.ts);
 * admins read reports but do not resolve them: the refund is the cooperative's money.
 */
export const access = defineAccess({
  types: {
    // The buyer who reported, the order's seller, the officers of the cooperative whose queue it is in, admins.
    OrderProblem: ["buyer", "entrepreneur", "cooperativeOfficer", "admin"],
  },
  mutations: {
    reportOrderProblem: ["buyer"],
    answerOrderProblem: ["entrepreneur"],
    refundOrderProblem: ["cooperativeOfficer"],
    closeOrderProblem: ["cooperativeOfficer"],
  },
});
