import { CATALOG, defineAccess } from "../common/access-policy.ts";

const officers = ["cooperativeOfficer", "admin"] as const;

/**
 * Who may read payments and move them. Checked by test/authorization-matrix.test.ts. The matrix's cooperative
 * officer is the chair, not the treasurer: confirming and rejecting is the treasurer's alone (the cooperativeTreasurer
 * scope), tested with the real treasurer in payments/tests/treasurer.test.ts.
 */
export const access = defineAccess({
  types: {
    // The buyer's orders and proof: the buyer, the cooperative's officers and admins.
    Payment: ["buyer", ...officers],
    // Printed on the cooperative's invoices: public.
    CooperativeBankAccount: CATALOG,
  },
  mutations: {
    submitPaymentProof: ["buyer"],
    confirmPayment: ["admin"],
    rejectPayment: ["admin"],
    setCooperativeQris: officers,
    addCooperativeBankAccount: officers,
    removeCooperativeBankAccount: officers,
  },
});
