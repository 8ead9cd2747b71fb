import { defineAccess } from "../common/access-policy.ts";

/** Who may change a business's delivery settings. Checked by test/authorization-matrix.test.ts. */
export const access = defineAccess({
  types: {},
  mutations: {
    updateDeliverySettings: ["entrepreneur", "admin"],
  },
});
