import { CATALOG, defineAccess, PEOPLE } from "../common/access-policy.ts";

const owner = ["entrepreneur", "admin"] as const;

/** Who may read and change the catalogue and carts. Checked by test/authorization-matrix.test.ts. */
export const access = defineAccess({
  types: {
    Business: CATALOG,
    ProductCategory: CATALOG,
    // A draft was never on sale: its owner only. A published product is catalogue.
    Product: { published: CATALOG, draft: owner },
  },
  mutations: {
    // Anyone signed in may register a business of their own.
    registerBusiness: PEOPLE,
    updateBusiness: owner,
    createProduct: owner,
    updateProduct: owner,
    publishProduct: owner,
    unpublishProduct: owner,
    adjustStock: owner,
    // Each person's own cart.
    addToCart: PEOPLE,
    updateCartItem: PEOPLE,
    removeFromCart: PEOPLE,
    mergeGuestCart: PEOPLE,
  },
});
