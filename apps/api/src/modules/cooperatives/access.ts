import { CATALOG, defineAccess } from "../common/access-policy.ts";

const officers = ["cooperativeOfficer", "admin"] as const;

/** Who may read cooperatives and memberships and manage members. Checked by test/authorization-matrix.test.ts. */
export const access = defineAccess({
  types: {
    Cooperative: CATALOG,
    // Personal data: the member (the demo family's head) and the cooperative's officers.
    Membership: ["household", ...officers],
  },
  mutations: {
    addMember: officers,
    endMembership: officers,
    updateCooperativeBylaws: officers,
    setCooperativeContactPhone: officers,
  },
});
