import { builder } from "../../builder.ts";

/** The signed-in user as they see themselves. Other users are never readable as a User. */
export const UserRef = builder.prismaNode("User", {
  id: { field: "id" },
  description: "A signed-in account. Only its owner and platform admins can read it.",
  authScopes: (user) => ({ self: user.id }),
  fields: (t) => ({
    email: t.exposeString("email", { description: "Sign-in email." }),
    name: t.exposeString("name", { description: "Display name." }),
    locale: t.exposeString("locale", { description: "Preferred language: id or en." }),
    phone: t.exposeString("phone", {
      nullable: true,
      description: "Contact phone in E.164, the default phone at checkout; null when not given.",
    }),
    isPlatformAdmin: t.exposeBoolean("isPlatformAdmin", { description: "Whether the user administers the platform." }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When the account was created." }),
    businesses: t.relation("businesses", {
      description: "Businesses the user owns.",
      query: { orderBy: { name: "asc" } },
    }),
    cooperativeOffices: t.relation("cooperativeOffices", { description: "Cooperatives where the user is an officer." }),
    villageOffices: t.relation("villageOffices", { description: "Villages where the user is a village officer." }),
  }),
});

builder.prismaObject("CooperativeOfficer", {
  description: "An officer post in a cooperative.",
  fields: (t) => ({
    title: t.exposeString("title", { description: "Post, e.g. Ketua, Bendahara." }),
    role: t.expose("role", {
      type: builder.enumType("OfficerRole", {
        description: "The post an officer holds; the treasurer confirms payments to the cooperative.",
        values: {
          CHAIR: { description: "Ketua." },
          SECRETARY: { description: "Sekretaris." },
          TREASURER: { description: "Bendahara: confirms or rejects buyers' payments." },
          SUPERVISOR: { description: "Pengawas." },
          OTHER: { description: "Any other post." },
        } as const,
      }),
      description: "The kind of post.",
    }),
    cooperative: t.relation("cooperative", { description: "The cooperative." }),
  }),
});

builder.prismaObject("VillageOfficer", {
  description: "A village officer post.",
  fields: (t) => ({
    title: t.exposeString("title", { description: "Post, e.g. Kepala Desa, Kasi Pelayanan." }),
    village: t.relation("village", { description: "The village." }),
  }),
});

builder.queryField("viewer", (t) =>
  t.prismaField({
    type: UserRef,
    nullable: true,
    description: "The signed-in user, or null when signed out.",
    resolve: (query, _root, _args, ctx) => {
      if (ctx.user) return ctx.prisma.user.findUnique({ ...query, where: { id: ctx.user.id } });
      // Signed out nothing is read, but the plan (which may join the person's households and memberships) counts
      // as used: outside production an unused plan is an error.
      void { ...query };
      return null;
    },
  }),
);
