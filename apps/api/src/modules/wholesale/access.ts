import { defineAccess } from "../common/access-policy.ts";

/** Who may set wholesale tiers and order wholesale. Checked by test/authorization-matrix.test.ts. */
export const access = defineAccess({
  mutations: {
    // The product's owner sets its tiers.
    setWholesalePriceTiers: ["entrepreneur", "admin"],
    // An officer of another village's cooperative orders the demo business's product for that cooperative (platform
    // admins count as officers everywhere); the cooperative's own officers are not officers of the buyer named.
    placeWholesaleOrder: ["otherCooperativeOfficer", "admin"],
  },
});
