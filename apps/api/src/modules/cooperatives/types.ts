import { builder } from "../../builder.ts";
import { idr, Money } from "../common/money.ts";

export const CooperativeRef = builder.prismaNode("Cooperative", {
  id: { field: "id" },
  description: "A village cooperative (koperasi): members' savings, the marketplace, and funding rounds.",
  fields: (t) => ({
    slug: t.exposeString("slug", { description: "URL-friendly unique name." }),
    name: t.exposeString("name", { description: "Registered name." }),
    legalNumber: t.exposeString("legalNumber", { description: "Legal entity (badan hukum) number." }),
    description: t.exposeString("description", { description: "About the cooperative." }),
    foundedAt: t.expose("foundedAt", { type: "DateTime", description: "Date of founding." }),
    village: t.relation("village", { description: "Its village." }),
    simpananPokok: t.field({
      type: Money,
      description: "One-time membership deposit (simpanan pokok).",
      select: { simpananPokokIdr: true },
      resolve: (c) => idr(c.simpananPokokIdr),
    }),
    simpananWajib: t.field({
      type: Money,
      description: "Monthly mandatory savings (simpanan wajib).",
      select: { simpananWajibIdr: true },
      resolve: (c) => idr(c.simpananWajibIdr),
    }),
    memberCount: t.relationCount("memberships", {
      description: "Number of active members.",
      where: { status: "ACTIVE" },
    }),
    businesses: t.relatedConnection("businesses", {
      description: "Businesses selling through the cooperative.",
      cursor: "id",
      query: { where: { status: "ACTIVE" }, orderBy: { name: "asc" } },
      maxSize: 100,
    }),
  }),
});
