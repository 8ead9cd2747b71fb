import { defineAccess, PEOPLE } from "../common/access-policy.ts";

/** Who may change message preferences: every signed-in person, for their own account only. */
export const access = defineAccess({
  types: {},
  mutations: {
    setMessagePreferences: PEOPLE,
  },
});
