import type { PrismaClient } from "@desa-migran/db";
import { z } from "zod";

import { builder } from "../../builder.ts";
import { commonErrors } from "../common/error-types.ts";
import { bilingual } from "../common/validation.ts";
import { VillageRef } from "../geography/types.ts";
import { SameVillageError, VillageLinkExistsError } from "./errors.ts";
import { createStory, linkVillages, publishStory, unpublishStory, updateStory } from "./service.ts";
import { StoryKind, StoryRef, VillageLinkKind, VillageLinkRef } from "./types.ts";

const title = z
  .string()
  .trim()
  .min(3, bilingual("Judul minimal 3 karakter.", "Title: at least 3 characters."))
  .max(200, bilingual("Judul maksimal 200 karakter.", "Title: at most 200 characters."));
const body = z
  .string()
  .trim()
  .min(1, bilingual("Isi wajib diisi.", "The text is required."))
  .max(20_000, bilingual("Isi maksimal 20.000 karakter.", "Text: at most 20,000 characters."));
const coverImageUrl = z
  .string()
  .max(500, bilingual("URL gambar maksimal 500 karakter.", "Image URL: at most 500 characters."))
  .refine(
    (u) => URL.canParse(u) && new URL(u).protocol === "https:",
    bilingual("URL gambar harus https.", "The image URL must start with https."),
  );

/** Officers of the story's village; a missing story is denied like a forbidden one. */
async function storyOfficer(prisma: PrismaClient, storyId: string) {
  const story = await prisma.story.findUnique({ where: { id: storyId }, select: { villageId: true } });
  return story ? { villageOfficer: story.villageId } : false;
}

const CreateStoryInput = builder.inputType("CreateStoryInput", {
  description: "A new story or good practice, saved as a draft.",
  fields: (t) => ({
    villageId: t.globalID({ for: [VillageRef], description: "The village sharing it." }),
    kind: t.field({ type: StoryKind, description: "Story or good practice." }),
    title: t.string({ description: "Title, at most 200 characters.", validate: title }),
    body: t.string({ description: "Text, at most 20,000 characters.", validate: body }),
    coverImageUrl: t.string({ required: false, description: "Cover image (https URL).", validate: coverImageUrl }),
  }),
});

const UpdateStoryInput = builder.inputType("UpdateStoryInput", {
  description: "Changes to a story; fields left out stay as they are.",
  fields: (t) => ({
    storyId: t.globalID({ for: [StoryRef], description: "The story." }),
    kind: t.field({ type: StoryKind, required: false, description: "Story or good practice." }),
    title: t.string({ required: false, description: "Title, at most 200 characters.", validate: title }),
    body: t.string({ required: false, description: "Text, at most 20,000 characters.", validate: body }),
    coverImageUrl: t.string({
      required: false,
      description: "Cover image (https URL); null removes it.",
      validate: coverImageUrl,
    }),
  }),
});

const StoryIdInput = (name: string, description: string) =>
  builder.inputType(name, {
    description,
    fields: (t) => ({ storyId: t.globalID({ for: [StoryRef], description: "The story." }) }),
  });

const LinkVillagesInput = builder.inputType("LinkVillagesInput", {
  description: "A tie from one village to another.",
  fields: (t) => ({
    fromVillageId: t.globalID({ for: [VillageRef], description: "The caller's village." }),
    toVillageId: t.globalID({ for: [VillageRef], description: "The village to link with." }),
    kind: t.field({ type: VillageLinkKind, description: "How they are tied." }),
    note: t.string({
      description: "What they do together.",
      validate: z
        .string()
        .trim()
        .max(1000, bilingual("Catatan maksimal 1000 karakter.", "Note: at most 1,000 characters.")),
    }),
  }),
});

const StoryPayload = builder.simpleObject("StoryPayload", {
  description: "The story after the change.",
  fields: (t) => ({ story: t.field({ type: StoryRef, description: "The story." }) }),
});
const LinkVillagesPayload = builder.simpleObject("LinkVillagesPayload", {
  description: "The new link.",
  fields: (t) => ({ link: t.field({ type: VillageLinkRef, description: "The link." }) }),
});

builder.mutationFields((t) => ({
  createStory: t.field({
    type: StoryPayload,
    description: "Writes a story or good practice as a draft (village officers of that village).",
    errors: { types: commonErrors },
    args: { input: t.arg({ type: CreateStoryInput }) },
    authScopes: (_root, { input }) => ({ villageOfficer: input.villageId.id }),
    resolve: async (_root, { input }, ctx) => ({
      story: await createStory(ctx.prisma, { ...input, villageId: input.villageId.id }, ctx.user!.id),
    }),
  }),
  updateStory: t.field({
    type: StoryPayload,
    description: "Edits a story (village officers of its village).",
    errors: { types: commonErrors },
    args: { input: t.arg({ type: UpdateStoryInput }) },
    authScopes: (_root, { input }, ctx) => storyOfficer(ctx.prisma, input.storyId.id),
    resolve: async (_root, { input }, ctx) => ({
      story: await updateStory(ctx.prisma, { ...input, storyId: input.storyId.id }),
    }),
  }),
  publishStory: t.field({
    type: StoryPayload,
    description: "Makes a story public (village officers of its village).",
    errors: { types: commonErrors },
    args: { input: t.arg({ type: StoryIdInput("PublishStoryInput", "The story to publish.") }) },
    authScopes: (_root, { input }, ctx) => storyOfficer(ctx.prisma, input.storyId.id),
    resolve: async (_root, { input }, ctx) => ({ story: await publishStory(ctx.prisma, input.storyId.id) }),
  }),
  unpublishStory: t.field({
    type: StoryPayload,
    description: "Takes a story back to draft (village officers of its village).",
    errors: { types: commonErrors },
    args: { input: t.arg({ type: StoryIdInput("UnpublishStoryInput", "The story to take back to draft.") }) },
    authScopes: (_root, { input }, ctx) => storyOfficer(ctx.prisma, input.storyId.id),
    resolve: async (_root, { input }, ctx) => ({ story: await unpublishStory(ctx.prisma, input.storyId.id) }),
  }),
  linkVillages: t.field({
    type: LinkVillagesPayload,
    description: "Links the caller's village with another (village officers of the from-village).",
    errors: { types: [...commonErrors, SameVillageError, VillageLinkExistsError] },
    args: { input: t.arg({ type: LinkVillagesInput }) },
    authScopes: (_root, { input }) => ({ villageOfficer: input.fromVillageId.id }),
    resolve: async (_root, { input }, ctx) => ({
      link: await linkVillages(ctx.prisma, {
        fromVillageId: input.fromVillageId.id,
        toVillageId: input.toVillageId.id,
        kind: input.kind,
        note: input.note,
      }),
    }),
  }),
}));
