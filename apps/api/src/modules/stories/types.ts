import { z } from "zod";

import { builder } from "../../builder.ts";
import { keyScoped } from "../auth/scopes.ts";
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
      description: "Display name of the author.",
      select: { author: { select: { name: true } } },
      resolve: (s) => s.author.name,
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

export const VillageLinkRef = builder.prismaNode("VillageLink", {
  id: { field: "id" },
  // Network content like the stories: keys read it with catalog:read.
  authScopes: (_link, ctx) => keyScoped(ctx, "catalog:read", true),
  description: "A tie between two villages of the network (twinning, mentoring, peers). Public.",
  fields: (t) => ({
    fromVillage: t.relation("fromVillage", { description: "The village that made the link (the mentor for MENTOR)." }),
    toVillage: t.relation("toVillage", { description: "The linked village." }),
    kind: t.expose("kind", { type: VillageLinkKind, description: "How they are tied." }),
    note: t.exposeString("note", { description: "What they do together." }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When the link was made." }),
  }),
});

const StoryFilter = builder.inputType("StoryFilter", {
  description: "Narrows the list of published stories.",
  fields: (t) => ({
    villageId: t.globalID({ required: false, for: [VillageRef], description: "Only stories of this village." }),
    kind: t.field({ type: StoryKind, required: false, description: "Only stories or only practices." }),
  }),
});

builder.queryFields((t) => ({
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
        where: { OR: [{ fromVillageId: village.id }, { toVillageId: village.id }] },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      }),
  }),
  storyDrafts: t.relatedConnection("stories", {
    description: "The village's unpublished stories, newest first. Village officers only.",
    cursor: "id",
    nullable: true,
    authScopes: (village) => ({ villageOfficer: village.id }),
    query: { where: { status: "DRAFT" }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] },
  }),
}));
