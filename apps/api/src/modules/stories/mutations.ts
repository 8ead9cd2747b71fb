import type { PrismaClient } from "@desa-migran/db";
import { z } from "zod";

import { builder, type InputFieldBuilder } from "../../builder.ts";
import { commonErrors } from "../common/error-types.ts";
import { bilingual, optionalText, wholeRupiah } from "../common/validation.ts";
import { VillageRef } from "../geography/types.ts";
import { createStory, publishStory, unpublishStory, updateStory } from "./service.ts";
import { StoryKind, StoryRef } from "./types.ts";

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
    ...practiceFields(t),
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
    ...practiceFields(t),
  }),
});

const practiceText = (id: string, en: string, max: number) => optionalText({ id, en }, max);
const costIdr = wholeRupiah({ id: "Biaya", en: "The cost" }, { allowZero: true });

/** A good practice's structured fields, shared by the create and update inputs. */
const practiceFields = (t: InputFieldBuilder) => ({
  whatWasDone: t.string({
    required: false,
    description: "For a practice: what the village did, at most 4,000 characters.",
    validate: practiceText("Apa yang dilakukan", "What was done", 4000),
  }),
  costIdr: t.string({
    required: false,
    description: "For a practice: what it cost, in whole rupiah as digits (0 for nothing); null when unknown.",
    validate: costIdr,
  }),
  whatChanged: t.string({
    required: false,
    description: "For a practice: what changed because of it, at most 4,000 characters.",
    validate: practiceText("Apa yang berubah", "What changed", 4000),
  }),
  contactRole: t.string({
    required: false,
    description:
      'For a practice: whom to ask, as a role ("Sekretaris desa"), at most 200 characters; no private phone unless the office chooses to give one.',
    validate: practiceText("Siapa yang dapat ditanya", "Who to ask", 200),
  }),
});

/** Input practice fields as the service takes them (cost as BigInt). */
const practiceInput = (input: { costIdr?: string | null }) => ({
  costIdr: input.costIdr === undefined ? undefined : input.costIdr === null ? null : BigInt(input.costIdr),
});

const StoryIdInput = (name: string, description: string) =>
  builder.inputType(name, {
    description,
    fields: (t) => ({ storyId: t.globalID({ for: [StoryRef], description: "The story." }) }),
  });

const StoryPayload = builder.simpleObject("StoryPayload", {
  description: "The story after the change.",
  fields: (t) => ({ story: t.field({ type: StoryRef, description: "The story." }) }),
});
builder.mutationFields((t) => ({
  createStory: t.field({
    type: StoryPayload,
    description: "Writes a story or good practice as a draft (village officers of that village).",
    errors: { types: commonErrors },
    args: { input: t.arg({ type: CreateStoryInput }) },
    authScopes: (_root, { input }) => ({ villageOfficer: input.villageId.id }),
    resolve: async (_root, { input }, ctx) => ({
      story: await createStory(
        ctx.prisma,
        { ...input, ...practiceInput(input), villageId: input.villageId.id },
        ctx.user!.id,
      ),
    }),
  }),
  updateStory: t.field({
    type: StoryPayload,
    description: "Edits a story (village officers of its village).",
    errors: { types: commonErrors },
    args: { input: t.arg({ type: UpdateStoryInput }) },
    authScopes: (_root, { input }, ctx) => storyOfficer(ctx.prisma, input.storyId.id),
    resolve: async (_root, { input }, ctx) => ({
      story: await updateStory(ctx.prisma, { ...input, ...practiceInput(input), storyId: input.storyId.id }),
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
}));
