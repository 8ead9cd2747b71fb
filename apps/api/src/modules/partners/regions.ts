// Root entry points to regencies, so that partners can page through regency aggregates (`Regency.stats`)
// without knowing village IDs. Provinces are few and listed by the geography module's `provinces`.
import { builder } from "../../builder.ts";
import { ProvinceRef } from "../geography/types.ts";

builder.queryField("regencies", (t) =>
  t.prismaConnection({
    type: "Regency",
    cursor: "id",
    description: "Regencies and cities that have at least one participating village, by name.",
    args: {
      provinceId: t.arg.globalID({
        required: false,
        for: [ProvinceRef],
        description: "Only regencies of this province.",
      }),
    },
    resolve: (query, _root, { provinceId }, ctx) =>
      ctx.prisma.regency.findMany({
        ...query,
        where: { villages: { some: {} }, ...(provinceId ? { provinceId: provinceId.id } : {}) },
        orderBy: [{ name: "asc" }, { id: "asc" }],
      }),
  }),
);
