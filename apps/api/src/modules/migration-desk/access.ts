import { defineAccess, EVERYONE } from "../common/access-policy.ts";

/** Who may read and keep the safe-migration desk. Checked by test/authorization-matrix.test.ts. */
export const access = defineAccess({
  types: {
    // The licensed agencies (P3MI) list is public information, like the ministry's own list.
    PlacementAgency: EVERYONE,
  },
  mutations: {
    // The checklist is personal data of the stint's person: officers of the person's village (admins pass it too).
    setPreDepartureStep: ["villageOfficer", "admin"],
    updatePreDepartureDetails: ["villageOfficer", "admin"],
    importPlacementAgencies: ["admin"],
  },
});
