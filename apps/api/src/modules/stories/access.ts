import { CATALOG, defineAccess } from "../common/access-policy.ts";

const officers = ["villageOfficer", "admin"] as const;

/** Who may read and write the network's stories and links. Checked by test/authorization-matrix.test.ts. */
export const access = defineAccess({
  types: {
    Story: { published: CATALOG, draft: officers },
    VillageLink: { accepted: CATALOG, pending: ["villageOfficer", "otherVillageOfficer", "admin"] },
    PracticeAdoption: CATALOG,
  },
  mutations: {
    createStory: officers,
    updateStory: officers,
    publishStory: officers,
    unpublishStory: officers,
    requestVillageLink: officers,
    decideVillageLink: officers,
    setVillageKnownFor: officers,
    adoptPractice: officers,
    reportPracticeAdoption: officers,
  },
});
