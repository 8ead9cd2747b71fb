import { z } from "zod";

import { builder } from "../../builder.ts";
import { bilingual } from "../common/validation.ts";
import { ProvinceRef, RegencyRef } from "./types.ts";

const VillageFilter = builder.inputType("VillageFilter", {
  description: "Narrows a list of villages.",
  fields: (t) => ({
    search: t.string({
      required: false,
      description: "Part of the village, district or regency name.",
      validate: z.string().trim().max(100),
    }),
    regencyId: t.globalID({ required: false, for: [RegencyRef], description: "Only villages of this regency." }),
    provinceId: t.globalID({ required: false, for: [ProvinceRef], description: "Only villages of this province." }),
  }),
});

builder.queryFields((t) => ({
  villages: t.prismaConnection({
    type: "Village",
    cursor: "id",
    maxSize: 100,
    defaultSize: 20,
    description: "Villages taking part in Desa Migran, by name.",
    args: { filter: t.arg({ type: VillageFilter, required: false }) },
    resolve: (query, _root, { filter }, ctx) =>
      ctx.prisma.village.findMany({
        ...query,
        where: {
          ...(filter?.search
            ? {
                OR: [
                  { name: { contains: filter.search, mode: "insensitive" } },
                  { districtName: { contains: filter.search, mode: "insensitive" } },
                  { regency: { name: { contains: filter.search, mode: "insensitive" } } },
                ],
              }
            : {}),
          ...(filter?.regencyId ? { regencyId: filter.regencyId.id } : {}),
          ...(filter?.provinceId ? { regency: { provinceId: filter.provinceId.id } } : {}),
        },
        orderBy: [{ name: "asc" }, { id: "asc" }],
      }),
  }),
  village: t.prismaField({
    type: "Village",
    nullable: true,
    description: "One village by its URL slug or its 10-digit code.",
    args: {
      slug: t.arg.string({ required: false, validate: z.string().max(120) }),
      code: t.arg.string({
        required: false,
        validate: z
          .string()
          .regex(/^[0-9]{10}$/, bilingual("Kode desa harus 10 digit.", "A village code has 10 digits.")),
      }),
    },
    resolve: (query, _root, { slug, code }, ctx) =>
      slug || code ? ctx.prisma.village.findUnique({ ...query, where: slug ? { slug } : { code: code! } }) : null,
  }),
  provinces: t.prismaField({
    type: ["Province"],
    description: "Provinces that have at least one participating village, by name.",
    resolve: (query, _root, _args, ctx) =>
      ctx.prisma.province.findMany({
        ...query,
        where: { regencies: { some: { villages: { some: {} } } } },
        orderBy: { name: "asc" },
      }),
  }),
}));
