import { defineAccess } from "../common/access-policy.ts";

const officers = ["villageOfficer", "admin"] as const;

/** Who may read and keep the migrant registry. Checked by test/authorization-matrix.test.ts. */
export const access = defineAccess({
  types: {
    // Personal data (UU 27/2022): the person themself (the demo family's head), their village's officers, admins.
    Person: ["household", ...officers],
    // A stint abroad of another villager: read like its person, who has no account here.
    MigrationEpisode: officers,
  },
  mutations: {
    registerPerson: officers,
    recordMigrationEpisode: officers,
    updateMigrationEpisodeStatus: officers,
  },
});
