import { defineAccess, PEOPLE } from "../common/access-policy.ts";

const seller = ["entrepreneur", "admin"] as const;

/** Who may read and move orders. Checked by test/authorization-matrix.test.ts. */
export const access = defineAccess({
  types: {
    // The buyer's name, phone and address: the buyer, the selling business's owner and admins.
    Order: ["buyer", ...seller],
  },
  mutations: {
    // Anyone signed in checks out their own cart.
    placeOrder: PEOPLE,
    cancelOrder: ["buyer", "admin"],
    confirmOrder: seller,
    shipOrder: seller,
    deliverOrder: seller,
    confirmReceipt: ["buyer", "admin"],
    cancelIncomingOrder: seller,
  },
});
