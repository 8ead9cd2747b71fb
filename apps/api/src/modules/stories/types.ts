import type { Prisma } from "@desa-migran/db";
import { z } from "zod";

import { builder } from "../../builder.ts";
import { keyScoped } from "../auth/scopes.ts";
import { idr, Money } from "../common/money.ts";
import { bilingual } from "../common/validation.ts";
import { VillageRef } from "../geography/types.ts";
import { storyAuthSelect } from "./service.ts";

export const StoryKind = builder.enumType("StoryKind", {
  description: "A story or a good practice shared with the network of villages.",
  values: {
    STORY: { description: "A story: a migrant's or a village's experience." },
    PRACTICE: { description: "A good practice other villages can copy (a Perdes, a task force, a service)." },
  } as const,
});

export const StoryStatus = builder.enumType("StoryStatus", {
  description: "Whether a story is public.",
  values: {
    DRAFT: { description: "Visible only to the village's officers." },
    PUBLISHED: { description: "Public." },
  } as const,
});

export const VillageLinkKind = builder.enumType("VillageLinkKind", {
  description: "How two villages of the network are tied.",
  values: {
    SISTER: { description: "Sister villages (twinning)." },
    MENTOR: { description: "The first village mentors the second." },
    PEER: { description: "Peers sharing practice." },
  } as const,
});

/** Published stories are public; drafts only for the village's officers (and admins). */
export const StoryRef = builder.prismaNode("Story", {
  id: { field: "id" },
  description:
    "A story or good practice a village shares with the network. Public once published; drafts are visible to the village's officers only.",
  select: storyAuthSelect,
  authScopes: (story, ctx) =>
    story.status === "PUBLISHED" ? keyScoped(ctx, "catalog:read", true) : { villageOfficer: story.villageId },
  fields: (t) => ({
    title: t.exposeString("title", { description: "Title." }),
    slug: t.exposeString("slug", { description: "URL-friendly unique name." }),
    kind: t.expose("kind", { type: StoryKind, description: "Story or good practice." }),
    status: t.expose("status", { type: StoryStatus, description: "Draft or published." }),
    body: t.exposeString("body", { description: "The text (plain text with line breaks, in Bahasa Indonesia)." }),
    coverImageUrl: t.exposeString("coverImageUrl", { nullable: true, description: "Cover image (https URL), if any." }),
    publishedAt: t.expose("publishedAt", {
      type: "DateTime",
      nullable: true,
      description: "When it was first published.",
    }),
    village: t.relation("village", { description: "The village that shares it." }),
    authorName: t.string({
      nullable: true,
      description:
        "Display name of the author (often a village officer). Null for partner API keys: a person's name is not partner data.",
      select: { author: { select: { name: true } } },
      resolve: (s, _args, ctx) => (ctx.apiKey ? null : s.author.name),
    }),
    whatWasDone: t.exposeString("practiceWhatWasDone", {
      nullable: true,
      description: "For a practice: what the village did.",
    }),
    cost: t.field({
      type: Money,
      nullable: true,
      description: "For a practice: what it cost (whole rupiah), when the village says.",
      select: { practiceCostIdr: true },
      resolve: (s) => (s.practiceCostIdr === null ? null : idr(s.practiceCostIdr)),
    }),
    whatChanged: t.exposeString("practiceWhatChanged", {
      nullable: true,
      description: "For a practice: what changed because of it.",
    }),
    contactRole: t.exposeString("practiceContactRole", {
      nullable: true,
      description: "For a practice: whom to ask, as a role in the village office.",
    }),
    adoptionCount: t.relationCount("adoptions", { description: "How many villages adopted it." }),
    adoptions: t.relatedConnection("adoptions", {
      cursor: "id",
      description: "Villages that adopted it, first adopter first.",
      query: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
    }),
    authorBusiness: t.prismaField({
      type: "Business",
      nullable: true,
      description:
        "The author's active business in the story's village, when a returnee entrepreneur tells their own story.",
      resolve: (query, story, _args, ctx) =>
        ctx.prisma.business.findFirst({
          ...query,
          where: { ownerId: story.authorId, villageId: story.villageId, status: "ACTIVE" },
          orderBy: { createdAt: "asc" },
        }),
    }),
  }),
});

export const VillageLinkStatus = builder.enumType("VillageLinkStatus", {
  description: "Where a link request stands.",
  values: {
    PENDING: { description: "Asked by the from-village's office; waiting for the other village's office." },
    ACCEPTED: { description: "Accepted by the other village: public." },
    DECLINED: { description: "Declined by the other village; it may be asked again." },
  } as const,
});

export const PracticeAdoptionStatus = builder.enumType("PracticeAdoptionStatus", {
  description: "How an adopted practice is going in the adopting village.",
  values: {
    IN_PROGRESS: { description: "Being put in place." },
    SUCCEEDED: { description: "It worked." },
    ABANDONED: { description: "The village stopped it." },
  } as const,
});

export const VillageLinkRef = builder.prismaNode("VillageLink", {
  id: { field: "id" },
  select: { id: true, status: true, fromVillageId: true, toVillageId: true },
  // Accepted links are network content like the stories (keys read them with catalog:read); a pending or declined
  // request only the two villages' offices see.
  authScopes: (link, ctx) =>
    link.status === "ACCEPTED"
      ? keyScoped(ctx, "catalog:read", true)
      : { villageOfficer: link.fromVillageId, $any: { villageOfficer: link.toVillageId } },
  description:
    "A tie between two villages of the network (twinning, mentoring, peers): asked by one village's office, accepted by the other's. Public once accepted.",
  fields: (t) => ({
    status: t.expose("status", { type: VillageLinkStatus, description: "Pending, accepted or declined." }),
    decidedAt: t.expose("decidedAt", {
      type: "DateTime",
      nullable: true,
      description: "When the asked village accepted or declined it.",
    }),
    fromVillage: t.relation("fromVillage", { description: "The village that made the link (the mentor for MENTOR)." }),
    toVillage: t.relation("toVillage", { description: "The linked village." }),
    kind: t.expose("kind", { type: VillageLinkKind, description: "How they are tied." }),
    note: t.exposeString("note", { description: "What they do together." }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When the link was asked for." }),
  }),
});

export const PracticeAdoptionRef = builder.prismaNode("PracticeAdoption", {
  id: { field: "id" },
  // Network content: which village adopted which practice and how it went, in the office's words (no person named).
  authScopes: (_adoption, ctx) => keyScoped(ctx, "catalog:read", true),
  description: "A village that adopted another village's good practice, and how it went. Public.",
  fields: (t) => ({
    practice: t.relation("story", { description: "The adopted practice." }),
    village: t.relation("village", { description: "The adopting village." }),
    status: t.expose("status", { type: PracticeAdoptionStatus, description: "In progress, succeeded or abandoned." }),
    outcome: t.exposeString("outcome", { description: "How it went, in the adopting office's words (may be empty)." }),
    adoptedAt: t.expose("createdAt", { type: "DateTime", description: "When the village marked it adopted." }),
    reportedAt: t.expose("reportedAt", {
      type: "DateTime",
      nullable: true,
      description: "When the outcome was last reported.",
    }),
  }),
});

const StoryFilter = builder.inputType("StoryFilter", {
  description: "Narrows the list of published stories.",
  fields: (t) => ({
    villageId: t.globalID({ required: false, for: [VillageRef], description: "Only stories of this village." }),
    kind: t.field({ type: StoryKind, required: false, description: "Only stories or only practices." }),
    search: t.string({
      required: false,
      description: "Only those whose title, text or practice fields contain these words (each, any case).",
      validate: z.string().max(100),
    }),
  }),
});

/** Each word of a search must appear in the title, the text or a practice field (ILIKE on trigram indexes). */
function storySearch(search: string | null | undefined): Prisma.StoryWhereInput {
  const words = (search ?? "").trim().split(/\s+/).filter(Boolean).slice(0, 8);
  return {
    AND: words.map((word) => ({
      OR: [
        { title: { contains: word, mode: "insensitive" as const } },
        { body: { contains: word, mode: "insensitive" as const } },
        { practiceWhatWasDone: { contains: word, mode: "insensitive" as const } },
        { practiceWhatChanged: { contains: word, mode: "insensitive" as const } },
      ],
    })),
  };
}

builder.queryFields((t) => ({
  networkLinks: t.prismaConnection({
    type: VillageLinkRef,
    cursor: "id",
    description:
      "Accepted links between villages of the network, oldest first; with `villageIds`, only the links of those " +
      "villages (one read for a whole page of the network list).",
    args: {
      villageIds: t.arg.globalIDList({
        for: [VillageRef],
        required: false,
        description: "Only links with one of these villages at either end (at most 100).",
        validate: z
          .array(z.any())
          .max(100, bilingual("Paling banyak 100 desa sekali baca.", "At most 100 villages at a time.")),
      }),
    },
    resolve: (query, _root, { villageIds }, ctx) => {
      const ids = villageIds?.map((village) => village.id);
      return ctx.prisma.villageLink.findMany({
        ...query,
        where: {
          status: "ACCEPTED",
          ...(ids ? { OR: [{ fromVillageId: { in: ids } }, { toVillageId: { in: ids } }] } : {}),
        },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      });
    },
  }),
  networkVillages: t.prismaConnection({
    type: VillageRef,
    cursor: "id",
    description:
      'Villages of the network (with an accepted link, a published practice, or a "known for" text), by province and name.',
    args: {
      provinceCode: t.arg.string({
        required: false,
        description: "Only villages of this province (its 2-digit code).",
        validate: z
          .string()
          .regex(/^[0-9]{2}$/, bilingual("Kode provinsi harus 2 digit.", "A province code has 2 digits.")),
      }),
    },
    resolve: (query, _root, { provinceCode }, ctx) =>
      ctx.prisma.village.findMany({
        ...query,
        where: {
          ...(provinceCode ? { regency: { province: { code: provinceCode } } } : {}),
          OR: [
            { linksFrom: { some: { status: "ACCEPTED" } } },
            { linksTo: { some: { status: "ACCEPTED" } } },
            { stories: { some: { kind: "PRACTICE", status: "PUBLISHED" } } },
            { knownFor: { not: "" } },
          ],
        },
        orderBy: [{ regency: { province: { name: "asc" } } }, { name: "asc" }, { id: "asc" }],
      }),
  }),
  stories: t.prismaConnection({
    type: StoryRef,
    cursor: "id",
    description: "Published stories and good practices of the network, newest first.",
    args: { filter: t.arg({ type: StoryFilter, required: false }) },
    resolve: (query, _root, { filter }, ctx) =>
      ctx.prisma.story.findMany({
        ...query,
        where: {
          status: "PUBLISHED",
          ...(filter?.villageId ? { villageId: filter.villageId.id } : {}),
          ...(filter?.kind ? { kind: filter.kind } : {}),
          ...storySearch(filter?.search),
        },
        orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      }),
  }),
  story: t.prismaField({
    type: StoryRef,
    nullable: true,
    description: "One story by its slug: published, or a draft for its village's officers. Null otherwise.",
    args: { slug: t.arg.string({ validate: z.string().max(160) }) },
    resolve: async (query, _root, { slug }, ctx) => {
      const story = await ctx.prisma.story.findUnique({ ...query, where: { slug } });
      if (!story || story.status === "PUBLISHED") return story;
      // A draft others may not see looks like no story at all.
      const user = ctx.user;
      if (!user) return null;
      if (user.isPlatformAdmin) return story;
      const officer = await ctx.prisma.villageOfficer.findFirst({
        where: { userId: user.id, villageId: story.villageId },
        select: { id: true },
      });
      return officer ? story : null;
    },
  }),
}));

builder.prismaObjectFields(VillageRef, (t) => ({
  links: t.prismaConnection({
    type: VillageLinkRef,
    cursor: "id",
    description: "Villages this one is linked with (either way round), oldest link first.",
    resolve: (query, village, _args, ctx) =>
      ctx.prisma.villageLink.findMany({
        ...query,
        where: { status: "ACCEPTED", OR: [{ fromVillageId: village.id }, { toVillageId: village.id }] },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      }),
  }),
  linkRequests: t.prismaConnection({
    type: VillageLinkRef,
    cursor: "id",
    nullable: true,
    description: "Pending link requests this village sent or received, oldest first. Officers of the village only.",
    authScopes: (village) => ({ villageOfficer: village.id }),
    resolve: (query, village, _args, ctx) =>
      ctx.prisma.villageLink.findMany({
        ...query,
        where: { status: "PENDING", OR: [{ fromVillageId: village.id }, { toVillageId: village.id }] },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      }),
  }),
  knownFor: t.exposeString("knownFor", {
    description: "What the village is known for in the network, as its office writes it (may be empty).",
  }),
  practiceCount: t.relationCount("stories", {
    description: "How many good practices the village has published.",
    where: { kind: "PRACTICE", status: "PUBLISHED" },
  }),
  adoptions: t.relatedConnection("adoptions", {
    cursor: "id",
    description: "Practices of other villages this village adopted, newest first.",
    query: { orderBy: [{ createdAt: "desc" }, { id: "desc" }] },
  }),
  storyDrafts: t.relatedConnection("stories", {
    description: "The village's unpublished stories, newest first. Village officers only.",
    cursor: "id",
    nullable: true,
    authScopes: (village) => ({ villageOfficer: village.id }),
    query: { where: { status: "DRAFT" }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] },
  }),
}));
