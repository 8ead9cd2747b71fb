import { CATALOG, defineAccess } from "../common/access-policy.ts";

const officers = ["villageOfficer", "admin"] as const;

/** Who may read and write the network's stories and links. Checked by test/authorization-matrix.test.ts. */
export const access = defineAccess({
  types: {
    Story: { published: CATALOG, draft: officers },
    VillageLink: CATALOG,
  },
  mutations: {
    createStory: officers,
    updateStory: officers,
    publishStory: officers,
    unpublishStory: officers,
    linkVillages: officers,
  },
});
