import { z } from "zod";

import { builder } from "../../builder.ts";
import { statsField } from "../aggregates/types.ts";
import { bilingual } from "../common/validation.ts";

export const ProvinceRef = builder.prismaNode("Province", {
  id: { field: "id" },
  description: "A province (provinsi).",
  fields: (t) => ({
    code: t.exposeString("code", { description: "Official 2-digit BPS/Kemendagri code." }),
    name: t.exposeString("name", { description: "Name, e.g. Jawa Barat." }),
    stats: t.field(statsField("province")),
    regencies: t.relation("regencies", {
      description: "Regencies and cities of the province, by name.",
      query: { orderBy: { name: "asc" } },
    }),
  }),
});

export const RegencyKind = builder.enumType("RegencyKind", {
  description: "Kabupaten (regency) or kota (city).",
  values: { KABUPATEN: { description: "A regency." }, KOTA: { description: "A city." } } as const,
});

export const RegencyRef = builder.prismaNode("Regency", {
  id: { field: "id" },
  description: "A regency or city (kabupaten/kota).",
  fields: (t) => ({
    code: t.exposeString("code", { description: "Official 4-digit code." }),
    name: t.exposeString("name", { description: "Name, e.g. Indramayu." }),
    kind: t.expose("kind", { type: RegencyKind, description: "Kabupaten or kota." }),
    province: t.relation("province", { description: "The province it lies in." }),
    stats: t.field(statsField("regency")),
    villages: t.relatedConnection("villages", {
      description: "Villages of the regency, by name.",
      cursor: "id",
      query: { orderBy: { name: "asc" } },
    }),
  }),
});

export const VillageRef = builder.prismaNode("Village", {
  id: { field: "id" },
  // Select mode: only the columns a query asks for are read (the description may be 4,000 characters).
  select: { id: true },
  description: "A village (desa) that sends migrant workers abroad and takes part in Desa Migran.",
  fields: (t) => ({
    code: t.exposeString("code", { description: "Official 10-digit BPS/Kemendagri village code." }),
    slug: t.exposeString("slug", { description: "URL-friendly unique name." }),
    name: t.exposeString("name", { description: "Village name." }),
    districtName: t.exposeString("districtName", { description: "The district (kecamatan)." }),
    description: t.exposeString("description", { description: "About the village, in Bahasa Indonesia." }),
    population: t.exposeInt("population", { nullable: true, description: "Number of residents, if known." }),
    regency: t.relation("regency", { description: "The regency or city it lies in." }),
    stats: t.field(statsField("village")),
    businesses: t.relatedConnection("businesses", {
      description: "Active returnee businesses in the village, by name.",
      cursor: "id",
      query: { where: { status: "ACTIVE" }, orderBy: { name: "asc" } },
      totalCount: true,
    }),
    cooperatives: t.relation("cooperatives", {
      description: "The village's cooperatives.",
      query: { orderBy: { name: "asc" } },
    }),
  }),
});

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
  province: t.prismaField({
    type: "Province",
    nullable: true,
    description: "One province by its 2-digit code.",
    args: {
      code: t.arg.string({
        validate: z
          .string()
          .regex(/^[0-9]{2}$/, bilingual("Kode provinsi harus 2 digit.", "A province code has 2 digits.")),
      }),
    },
    resolve: (query, _root, { code }, ctx) => ctx.prisma.province.findUnique({ ...query, where: { code } }),
  }),
  regency: t.prismaField({
    type: "Regency",
    nullable: true,
    description: "One regency or city by its 4-digit code.",
    args: {
      code: t.arg.string({
        validate: z
          .string()
          .regex(/^[0-9]{4}$/, bilingual("Kode kabupaten/kota harus 4 digit.", "A regency code has 4 digits.")),
      }),
    },
    resolve: (query, _root, { code }, ctx) => ctx.prisma.regency.findUnique({ ...query, where: { code } }),
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
