import { defineAccess } from "../common/access-policy.ts";

const owner = ["entrepreneur", "admin"] as const;

/** Only the owner of a product's business (or an admin) changes its photos. */
export const access = defineAccess({
  types: {},
  mutations: {
    addProductPhoto: owner,
    removeProductPhoto: owner,
    reorderProductPhotos: owner,
  },
});
