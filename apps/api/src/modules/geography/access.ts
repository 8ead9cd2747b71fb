import { defineAccess, EVERYONE } from "../common/access-policy.ts";

/** Who may read regions. Checked by test/authorization-matrix.test.ts. */
export const access = defineAccess({
  types: {
    // Names and codes of regions are how every key reaches both the catalogue and the aggregates.
    Province: EVERYONE,
    Regency: EVERYONE,
    Village: EVERYONE,
  },
});
