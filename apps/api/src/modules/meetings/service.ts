import type { MeetingKind, MeetingStatus, PrismaClient, VoteChoice } from "@desa-migran/db";

import { NotFoundError } from "../common/errors.ts";
import {
  AlreadyVotedError,
  InvalidMeetingTransitionError,
  MeetingNotOpenError,
  NotCooperativeMemberError,
} from "./errors.ts";

export interface CallMeetingInput {
  cooperativeId: string;
  kind: MeetingKind;
  title: string;
  fiscalYear?: number | null;
  scheduledAt: Date;
  location: string;
  online: boolean;
  motions: { title: string; description?: string | null }[];
}

/** Calls a members' meeting with its agenda; motions are numbered in the order given. */
export async function callMeeting(prisma: PrismaClient, input: CallMeetingInput, calledById: string) {
  const cooperative = await prisma.cooperative.findUnique({ where: { id: input.cooperativeId }, select: { id: true } });
  if (!cooperative) throw new NotFoundError("Cooperative");
  return prisma.meeting.create({
    data: {
      cooperativeId: input.cooperativeId,
      kind: input.kind,
      title: input.title,
      fiscalYear: input.fiscalYear ?? null,
      scheduledAt: input.scheduledAt,
      location: input.location,
      online: input.online,
      calledById,
      motions: {
        create: input.motions.map((m, i) => ({ position: i + 1, title: m.title, description: m.description ?? "" })),
      },
    },
  });
}

async function transition(prisma: PrismaClient, meetingId: string, from: MeetingStatus, to: MeetingStatus) {
  const { count } = await prisma.meeting.updateMany({ where: { id: meetingId, status: from }, data: { status: to } });
  if (count === 0) {
    const meeting = await prisma.meeting.findUnique({ where: { id: meetingId }, select: { status: true } });
    if (!meeting) throw new NotFoundError("Meeting");
    throw new InvalidMeetingTransitionError(meeting.status, to);
  }
  return prisma.meeting.findUniqueOrThrow({ where: { id: meetingId } });
}

/** Opens a scheduled meeting for voting. */
export const openMeeting = (prisma: PrismaClient, meetingId: string) =>
  transition(prisma, meetingId, "SCHEDULED", "OPEN");

/**
 * A motion is carried when more members voted YES than NO among the votes cast; abstentions count for neither
 * side, and a tie is rejected (the proposal did not win a majority).
 */
export function motionOutcome(tally: { yes: number; no: number }): "CARRIED" | "REJECTED" {
  return tally.yes > tally.no ? "CARRIED" : "REJECTED";
}

/**
 * Closes an open meeting and records each motion's outcome. The meeting row is locked first, so a vote being
 * cast at the same moment either commits before the tally or is refused as "meeting closed".
 */
export async function closeMeeting(prisma: PrismaClient, meetingId: string) {
  return prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM "Meeting" WHERE "id" = ${meetingId}::uuid FOR UPDATE`;
    const meeting = await tx.meeting.findUnique({ where: { id: meetingId }, select: { status: true } });
    if (!meeting) throw new NotFoundError("Meeting");
    if (meeting.status !== "OPEN") throw new InvalidMeetingTransitionError(meeting.status, "CLOSED");
    const motions = await tx.motion.findMany({ where: { meetingId }, select: { id: true } });
    const counts = await tx.vote.groupBy({
      by: ["motionId", "choice"],
      where: { motion: { meetingId } },
      _count: { _all: true },
    });
    for (const motion of motions) {
      const count = (choice: VoteChoice) =>
        counts.find((c) => c.motionId === motion.id && c.choice === choice)?._count._all ?? 0;
      await tx.motion.update({
        where: { id: motion.id },
        data: { status: motionOutcome({ yes: count("YES"), no: count("NO") }) },
      });
    }
    return tx.meeting.update({ where: { id: meetingId }, data: { status: "CLOSED" } });
  });
}

const isVoteUniqueViolation = (error: unknown) => {
  const e = error as { code?: string; message?: string; meta?: unknown };
  return (
    e?.code === "P2002" || /Vote_motionId_membershipId_key/.test(`${e?.message ?? ""} ${JSON.stringify(e?.meta ?? "")}`)
  );
};

/**
 * Casts the signed-in person's own vote (no proxies: the voter is always the caller's person). One member, one
 * vote: the unique index on (motion, membership) decides between concurrent attempts, and the losers get
 * AlreadyVotedError. The meeting row is share-locked so closing waits for votes in flight.
 */
export async function castVote(
  prisma: PrismaClient,
  input: { motionId: string; choice: VoteChoice; personId: string | null },
) {
  try {
    return await prisma.$transaction(async (tx) => {
      const motion = await tx.motion.findUnique({ where: { id: input.motionId }, select: { meetingId: true } });
      if (!motion) throw new NotFoundError("Motion");
      await tx.$queryRaw`SELECT 1 FROM "Meeting" WHERE "id" = ${motion.meetingId}::uuid FOR SHARE`;
      const meeting = await tx.meeting.findUniqueOrThrow({
        where: { id: motion.meetingId },
        select: { status: true, cooperativeId: true },
      });
      if (!input.personId) throw new NotCooperativeMemberError();
      const membership = await tx.membership.findFirst({
        where: { cooperativeId: meeting.cooperativeId, personId: input.personId, status: "ACTIVE" },
        select: { id: true },
      });
      if (!membership) throw new NotCooperativeMemberError();
      if (meeting.status !== "OPEN") throw new MeetingNotOpenError(meeting.status);
      const existing = await tx.vote.findUnique({
        where: { motionId_membershipId: { motionId: input.motionId, membershipId: membership.id } },
        select: { id: true },
      });
      if (existing) throw new AlreadyVotedError();
      return tx.vote.create({ data: { motionId: input.motionId, membershipId: membership.id, choice: input.choice } });
    });
  } catch (error) {
    if (isVoteUniqueViolation(error)) throw new AlreadyVotedError();
    throw error;
  }
}
