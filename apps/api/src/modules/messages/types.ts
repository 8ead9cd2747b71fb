// Messages in the schema: the categories a user can turn off, the user's own preferences (User.messagePreferences),
// and, outside production only, the outbox itself (developmentOutbox) for the web app's /dev/pesan.
import { z } from "zod";

import { builder } from "../../builder.ts";
import { messagePreferences } from "./service.ts";

export const MessageCategoryEnum = builder.enumType("MessageCategory", {
  description: "A kind of message a user may turn off. Account messages (sign-up, sign-in notes) are always sent.",
  values: {
    ORDERS: { description: "Orders and payments: placed, paid, cancelled, shipped, delivered, payment decisions." },
    INVESTMENTS: { description: "Funding rounds: approved, opened, fully funded, instalments in arrears." },
    COOPERATIVE: { description: "The cooperative: meetings, savings and membership news." },
    PROTECTION: { description: "Protection cases the user handles as a village officer (steps only, no details)." },
  } as const,
});

export const MessagePreferenceRef = builder.simpleObject("MessagePreference", {
  description: "Whether the user gets one category of messages.",
  fields: (t) => ({
    category: t.field({ type: MessageCategoryEnum, description: "The category." }),
    enabled: t.boolean({ description: "True unless the user turned the category off." }),
  }),
});

builder.prismaObjectFields("User", (t) => ({
  messagePreferences: t.field({
    type: [MessagePreferenceRef],
    description: "Every message category with whether the user gets it (all on by default).",
    resolve: (user, _args, ctx) => messagePreferences(ctx.prisma, user.id),
  }),
}));

// Outside production only: the field is not even in a production schema, so no one can read others' messages (or
// their sign-up links) there. Development has no mail server by default; this is where its messages are read.
if (process.env.NODE_ENV !== "production") {
  builder.prismaObject("OutboxMessage", {
    description: "A queued e-mail, as the outbox worker sees it. Development only.",
    fields: (t) => ({
      id: t.exposeID("id", { description: "The message's id." }),
      toEmail: t.exposeString("toEmail", { description: "Recipient address." }),
      kind: t.exposeString("kind", { description: "Template kind, e.g. order.placed.buyer." }),
      locale: t.exposeString("locale", { description: "Language it was written in: id or en." }),
      subject: t.exposeString("subject", { description: "Subject line." }),
      body: t.exposeString("body", { description: "Plain-text body." }),
      createdAt: t.expose("createdAt", { type: "DateTime", description: "When it was queued." }),
      sentAt: t.expose("sentAt", { type: "DateTime", nullable: true, description: "When it was sent." }),
      attempts: t.exposeInt("attempts", { description: "Delivery attempts made." }),
      lastError: t.exposeString("lastError", { nullable: true, description: "Why the last attempt failed." }),
      failedAt: t.expose("failedAt", {
        type: "DateTime",
        nullable: true,
        description: "When the worker gave up on it.",
      }),
    }),
  });

  builder.queryField("developmentOutbox", (t) =>
    t.prismaField({
      type: ["OutboxMessage"],
      description:
        "The newest queued e-mails (at most 50), optionally to one address. Exists only outside production, where " +
        "no mail server is needed: the web app shows them at /dev/pesan.",
      args: { toEmail: t.arg.string({ required: false, validate: z.string().max(254) }) },
      resolve: (query, _root, { toEmail }, ctx) =>
        ctx.prisma.outboxMessage.findMany({
          ...query,
          where: toEmail ? { toEmail: toEmail.toLowerCase() } : {},
          orderBy: [{ createdAt: "desc" }, { id: "desc" }],
          take: 50,
        }),
    }),
  );
}
