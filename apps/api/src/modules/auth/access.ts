import { defineAccess, EVERYONE, PEOPLE } from "../common/access-policy.ts";

/** Who may read accounts and sign in or out. Checked by test/authorization-matrix.test.ts. */
export const access = defineAccess({
  types: {
    // The demo family's account: only its owner (and admins) ever read a User.
    User: ["household", "admin"],
  },
  mutations: {
    // How one gets an identity in the first place: anyone may try (an unknown email or token is a domain error).
    signUp: EVERYONE,
    confirmSignUp: EVERYONE,
    signIn: EVERYONE,
    signOut: EVERYONE,
    // Recovery is for people who cannot sign in: anyone may ask (the answer never says whether an account exists).
    requestPasswordReset: EVERYONE,
    resetPassword: EVERYONE,
    // Each person's own account.
    changePassword: PEOPLE,
    signOutEverywhere: PEOPLE,
    updateAccount: PEOPLE,
  },
});
