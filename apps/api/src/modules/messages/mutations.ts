// The user's own message preferences (setMessagePreferences): which categories of e-mail they get.
import { z } from "zod";

import { builder } from "../../builder.ts";
import { commonErrors } from "../common/error-types.ts";
import { bilingual } from "../common/validation.ts";
import { setMessagePreferences } from "./service.ts";
import { MessageCategoryEnum, MessagePreferenceRef } from "./types.ts";

const MessagePreferencesPayload = builder.simpleObject("MessagePreferencesPayload", {
  description: "The user's message preferences after the change.",
  fields: (t) => ({
    preferences: t.field({ type: [MessagePreferenceRef], description: "Every category with whether it is on." }),
  }),
});

builder.mutationField("setMessagePreferences", (t) =>
  t.field({
    type: MessagePreferencesPayload,
    description:
      "Sets which categories of messages the signed-in user gets: exactly the categories listed, the others off. " +
      "Account messages are always sent. Only for oneself.",
    authScopes: { loggedIn: true },
    errors: { types: [...commonErrors] },
    args: {
      input: t.arg({
        type: builder.inputType("SetMessagePreferencesInput", {
          description: "The categories to receive (the ticked boxes); every other category is turned off.",
          fields: (f) => ({
            enabledCategories: f.field({
              type: [MessageCategoryEnum],
              description: "Categories to receive.",
              validate: z.array(z.string()).max(10, bilingual("Terlalu banyak kategori.", "Too many categories.")),
            }),
          }),
        }),
      }),
    },
    resolve: async (_root, { input }, ctx) => ({
      preferences: await setMessagePreferences(ctx.prisma, ctx.user!.id, input.enabledCategories),
    }),
  }),
);
