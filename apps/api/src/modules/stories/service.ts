import { randomBytes } from "node:crypto";

import { type Prisma, type PrismaClient, type StoryKind, type VillageLinkKind } from "@desa-migran/db";

import { NotFoundError } from "../common/errors.ts";
import { isUniqueViolation } from "../common/unique-violation.ts";
import { SameVillageError, VillageLinkExistsError } from "./errors.ts";

/** What the Story type always reads: its auth scopes (status, village) and authorBusiness (author). */
export const storyAuthSelect = { id: true, status: true, villageId: true, authorId: true } as const;

/** URL slug from a title plus a short random suffix, so two villages can share a title. */
export function slugForTitle(title: string): string {
  const base = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 140)
    .replace(/-+$/, "");
  return `${base || "cerita"}-${randomBytes(4).toString("hex")}`;
}

export async function createStory(
  prisma: PrismaClient,
  input: { villageId: string; kind: StoryKind; title: string; body: string; coverImageUrl?: string | null },
  authorId: string,
) {
  const village = await prisma.village.findUnique({ where: { id: input.villageId }, select: { id: true } });
  if (!village) throw new NotFoundError("Village");
  return prisma.story.create({
    data: {
      slug: slugForTitle(input.title),
      villageId: village.id,
      authorId,
      kind: input.kind,
      title: input.title,
      body: input.body,
      coverImageUrl: input.coverImageUrl ?? null,
      status: "DRAFT",
    },
    select: storyAuthSelect,
  });
}

/** Edits a story; only the fields given change (the slug stays, so shared links keep working). */
export async function updateStory(
  prisma: PrismaClient,
  input: {
    storyId: string;
    kind?: StoryKind | null;
    title?: string | null;
    body?: string | null;
    coverImageUrl?: string | null;
  },
) {
  const data: Prisma.StoryUpdateInput = {};
  if (input.kind) data.kind = input.kind;
  if (input.title) data.title = input.title;
  if (input.body) data.body = input.body;
  if (input.coverImageUrl !== undefined) data.coverImageUrl = input.coverImageUrl;
  return prisma.story.update({ where: { id: input.storyId }, data, select: storyAuthSelect });
}

/** Publishes a story to the network; the first publication date is kept when it is republished. */
export async function publishStory(prisma: PrismaClient, storyId: string) {
  const story = await prisma.story.findUnique({ where: { id: storyId }, select: { publishedAt: true } });
  if (!story) throw new NotFoundError("Story");
  return prisma.story.update({
    where: { id: storyId },
    data: { status: "PUBLISHED", publishedAt: story.publishedAt ?? new Date() },
    select: storyAuthSelect,
  });
}

export async function unpublishStory(prisma: PrismaClient, storyId: string) {
  return prisma.story.update({ where: { id: storyId }, data: { status: "DRAFT" }, select: storyAuthSelect });
}

/** Links two villages. One link per pair whichever way round: a second one is refused. */
export async function linkVillages(
  prisma: PrismaClient,
  input: { fromVillageId: string; toVillageId: string; kind: VillageLinkKind; note: string },
) {
  if (input.fromVillageId === input.toVillageId) throw new SameVillageError();
  const to = await prisma.village.findUnique({ where: { id: input.toVillageId }, select: { id: true } });
  if (!to) throw new NotFoundError("Village");
  const existing = await prisma.villageLink.findFirst({
    where: {
      OR: [
        { fromVillageId: input.fromVillageId, toVillageId: input.toVillageId },
        { fromVillageId: input.toVillageId, toVillageId: input.fromVillageId },
      ],
    },
    select: { id: true },
  });
  if (existing) throw new VillageLinkExistsError();
  try {
    return await prisma.villageLink.create({ data: input });
  } catch (error) {
    if (isUniqueViolation(error)) throw new VillageLinkExistsError();
    throw error;
  }
}
