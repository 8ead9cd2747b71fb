import { randomBytes } from "node:crypto";

import {
  type PracticeAdoptionStatus,
  type Prisma,
  type PrismaClient,
  type StoryKind,
  type VillageLinkKind,
} from "@desa-migran/db";

import { NotFoundError } from "../common/errors.ts";
import { isUniqueViolation } from "../common/unique-violation.ts";
import {
  NotAPracticeError,
  OwnPracticeError,
  PracticeAlreadyAdoptedError,
  SameVillageError,
  VillageLinkExistsError,
  VillageLinkNotPendingError,
} from "./errors.ts";

/** A good practice's structured fields; each left out (undefined) stays as it is, null clears it. */
export interface PracticeFields {
  whatWasDone?: string | null;
  costIdr?: bigint | null;
  whatChanged?: string | null;
  contactRole?: string | null;
}

/** Practice fields as columns: an empty text is stored as null. */
function practiceData(p: PracticeFields) {
  const text = (v: string | null | undefined) => (v === undefined ? undefined : v ? v : null);
  return {
    practiceWhatWasDone: text(p.whatWasDone),
    practiceCostIdr: p.costIdr,
    practiceWhatChanged: text(p.whatChanged),
    practiceContactRole: text(p.contactRole),
  };
}

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
  input: {
    villageId: string;
    kind: StoryKind;
    title: string;
    body: string;
    coverImageUrl?: string | null;
  } & PracticeFields,
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
      ...practiceData(input),
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
  } & PracticeFields,
) {
  const data: Prisma.StoryUpdateInput = { ...practiceData(input) };
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

/**
 * A village office asks another village to link with it. One link per pair whichever way round: a pending or
 * accepted one refuses a second request; a declined one may be asked again (the row becomes the new request).
 */
export async function requestVillageLink(
  prisma: PrismaClient,
  input: { fromVillageId: string; toVillageId: string; kind: VillageLinkKind; note: string },
  requestedById: string,
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
    select: { id: true, status: true },
  });
  if (existing && existing.status !== "DECLINED") throw new VillageLinkExistsError();
  const data = { ...input, status: "PENDING" as const, requestedById, decidedById: null, decidedAt: null };
  try {
    if (existing) {
      // Only a declined row is reused; the condition keeps a concurrent acceptance from being overwritten.
      const { count } = await prisma.villageLink.updateMany({
        where: { id: existing.id, status: "DECLINED" },
        data: { ...data, createdAt: new Date() },
      });
      if (count === 0) throw new VillageLinkExistsError();
      return await prisma.villageLink.findUniqueOrThrow({ where: { id: existing.id } });
    }
    return await prisma.villageLink.create({ data });
  } catch (error) {
    if (isUniqueViolation(error)) throw new VillageLinkExistsError();
    throw error;
  }
}

/** The other village's office accepts or declines a pending request; a decided one stays as it is. */
export async function decideVillageLink(
  prisma: PrismaClient,
  input: { linkId: string; accept: boolean },
  decidedById: string,
) {
  const { count } = await prisma.villageLink.updateMany({
    where: { id: input.linkId, status: "PENDING" },
    data: { status: input.accept ? "ACCEPTED" : "DECLINED", decidedById, decidedAt: new Date() },
  });
  if (count === 0) {
    const link = await prisma.villageLink.findUnique({ where: { id: input.linkId }, select: { id: true } });
    if (!link) throw new NotFoundError("VillageLink");
    throw new VillageLinkNotPendingError();
  }
  return prisma.villageLink.findUniqueOrThrow({ where: { id: input.linkId } });
}

/** What the village is known for in the network, as its office writes it (an empty text clears it). */
export async function setVillageKnownFor(prisma: PrismaClient, input: { villageId: string; knownFor: string }) {
  return prisma.village.update({
    where: { id: input.villageId },
    data: { knownFor: input.knownFor },
    select: { id: true },
  });
}

/** A village office marks another village's published practice as adopted by its village (once per village). */
export async function adoptPractice(
  prisma: PrismaClient,
  input: { storyId: string; villageId: string },
  createdById: string,
) {
  const story = await prisma.story.findUnique({
    where: { id: input.storyId },
    select: { kind: true, status: true, villageId: true },
  });
  if (!story) throw new NotFoundError("Story");
  if (story.kind !== "PRACTICE" || story.status !== "PUBLISHED") throw new NotAPracticeError();
  if (story.villageId === input.villageId) throw new OwnPracticeError();
  try {
    return await prisma.practiceAdoption.create({
      data: { storyId: input.storyId, villageId: input.villageId, createdById },
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new PracticeAlreadyAdoptedError();
    throw error;
  }
}

/** How the adoption went: its status and the office's words, reported (and later corrected) by the adopting office. */
export async function reportPracticeAdoption(
  prisma: PrismaClient,
  input: { adoptionId: string; status: PracticeAdoptionStatus; outcome: string },
) {
  return prisma.practiceAdoption.update({
    where: { id: input.adoptionId },
    data: { status: input.status, outcome: input.outcome, reportedAt: new Date() },
  });
}
