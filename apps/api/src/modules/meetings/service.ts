import type { MeetingKind, MotionKind, PrismaClient, VoteChoice } from "@desa-migran/db";

import { NotFoundError } from "../common/errors.ts";
import { isUniqueViolation } from "../common/unique-violation.ts";
import * as errors from "./errors.ts";

export interface CallMeetingInput {
  cooperativeId: string;
  kind: MeetingKind;
  title: string;
  fiscalYear?: number | null;
  scheduledAt: Date;
  location: string;
  online: boolean;
  motions: {
    title: string;
    description?: string | null;
    kind?: MotionKind;
    surplusIdr?: bigint | null;
    fundingRoundId?: string | null;
  }[];
}

/**
 * Calls a members' meeting with its agenda; motions are numbered in the order given. One annual meeting (RAT) per
 * cooperative and fiscal year: checked here, and the partial unique index settles two calls at once. The input's
 * shape (a fiscal year for a RAT, a surplus only on an ADOPT_ANNUAL_REPORT motion of a RAT...) is validated by the
 * GraphQL input; here the funding rounds named must be this cooperative's and already sent to it.
 */
export async function callMeeting(prisma: PrismaClient, input: CallMeetingInput, calledById: string) {
  const cooperative = await prisma.cooperative.findUnique({ where: { id: input.cooperativeId }, select: { id: true } });
  if (!cooperative) throw new NotFoundError("Cooperative");
  if (input.kind === "ANNUAL" && input.fiscalYear != null) {
    const existing = await prisma.meeting.findFirst({
      where: { cooperativeId: input.cooperativeId, kind: "ANNUAL", fiscalYear: input.fiscalYear },
      select: { id: true },
    });
    if (existing) throw new errors.AnnualMeetingExistsError(input.fiscalYear);
  }
  const roundIds = input.motions.flatMap((m) => (m.fundingRoundId ? [m.fundingRoundId] : []));
  if (roundIds.length) {
    const rounds = await prisma.fundingRound.count({
      where: { id: { in: roundIds }, cooperativeId: input.cooperativeId, status: { not: "DRAFT" } },
    });
    if (rounds !== new Set(roundIds).size) throw new errors.MotionFundingRoundError();
  }
  try {
    return await prisma.meeting.create({
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
          create: input.motions.map((m, i) => ({
            position: i + 1,
            title: m.title,
            description: m.description ?? "",
            kind: m.kind ?? "GENERAL",
            surplusIdr: m.kind === "ADOPT_ANNUAL_REPORT" ? (m.surplusIdr ?? null) : null,
            fundingRoundId: m.kind === "APPROVE_FUNDING_ROUND" ? (m.fundingRoundId ?? null) : null,
          })),
        },
      },
    });
  } catch (error) {
    if (
      input.kind === "ANNUAL" &&
      input.fiscalYear != null &&
      isUniqueViolation(error, /Meeting_one_annual_per_year|fiscalYear/)
    )
      throw new errors.AnnualMeetingExistsError(input.fiscalYear);
    throw error;
  }
}

/**
 * Opens a scheduled meeting for voting, not before its scheduled time (members were told when to come); records
 * when it opened.
 */
export async function openMeeting(prisma: PrismaClient, meetingId: string, now = new Date()) {
  const meeting = await prisma.meeting.findUnique({
    where: { id: meetingId },
    select: { status: true, scheduledAt: true },
  });
  if (!meeting) throw new NotFoundError("Meeting");
  if (meeting.status !== "SCHEDULED") throw new errors.InvalidMeetingTransitionError(meeting.status, "OPEN");
  if (meeting.scheduledAt.getTime() > now.getTime()) throw new errors.MeetingNotYetDueError(meeting.scheduledAt);
  const { count } = await prisma.meeting.updateMany({
    where: { id: meetingId, status: "SCHEDULED" },
    data: { status: "OPEN", openedAt: now },
  });
  if (count === 0) {
    const current = await prisma.meeting.findUniqueOrThrow({ where: { id: meetingId }, select: { status: true } });
    throw new errors.InvalidMeetingTransitionError(current.status, "OPEN");
  }
  return prisma.meeting.findUniqueOrThrow({ where: { id: meetingId } });
}

/**
 * Quorum: a meeting decides only when MORE than `quorumPct` percent of the active members are present. The
 * smallest number of members present that makes quorum (at least one).
 */
export function quorumNeeded(activeMembers: number, quorumPct: number): number {
  return Math.floor((activeMembers * quorumPct) / 100) + 1;
}

export const hasQuorum = (present: number, activeMembers: number, quorumPct: number) =>
  activeMembers > 0 && present >= quorumNeeded(activeMembers, quorumPct);

/**
 * A motion is carried when YES votes are more than the by-law's majority (`majorityPct`, 50 = simple majority) of
 * the YES and NO votes cast; abstentions count for neither side, and a tie or no votes is rejected.
 */
export function motionOutcome(tally: { yes: number; no: number }, majorityPct = 50): "CARRIED" | "REJECTED" {
  return tally.yes * 100 > (tally.yes + tally.no) * majorityPct ? "CARRIED" : "REJECTED";
}

/** Members present at a meeting who are still active members (a member who left since does not count). */
export const presentCount = (prisma: Pick<PrismaClient, "meetingAttendance">, meetingId: string) =>
  prisma.meetingAttendance.count({ where: { meetingId, membership: { status: "ACTIVE" } } });

/**
 * Closes an open meeting. Without quorum (not more than the by-law's share of active members present) nothing is
 * decided: every motion becomes NO_QUORUM and the meeting records quorumMet = false. With quorum each motion is
 * CARRIED or REJECTED by the by-law's majority. The active member count and the quorum answer are stored, so the
 * record does not change when members join or leave later. The meeting row is locked first, so a vote being cast
 * at the same moment either commits before the tally or is refused as "meeting closed".
 */
export async function closeMeeting(prisma: PrismaClient, meetingId: string, now = new Date()) {
  return prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM "Meeting" WHERE "id" = ${meetingId}::uuid FOR UPDATE`;
    const meeting = await tx.meeting.findUnique({
      where: { id: meetingId },
      select: { status: true, cooperativeId: true, cooperative: { select: { quorumPct: true, majorityPct: true } } },
    });
    if (!meeting) throw new NotFoundError("Meeting");
    if (meeting.status !== "OPEN") throw new errors.InvalidMeetingTransitionError(meeting.status, "CLOSED");
    const memberCount = await tx.membership.count({
      where: { cooperativeId: meeting.cooperativeId, status: "ACTIVE" },
    });
    const present = await presentCount(tx, meetingId);
    const quorumMet = hasQuorum(present, memberCount, meeting.cooperative.quorumPct);
    const motions = await tx.motion.findMany({ where: { meetingId }, select: { id: true } });
    if (!quorumMet) {
      await tx.motion.updateMany({ where: { meetingId }, data: { status: "NO_QUORUM" } });
    } else {
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
          data: { status: motionOutcome({ yes: count("YES"), no: count("NO") }, meeting.cooperative.majorityPct) },
        });
      }
    }
    return tx.meeting.update({
      where: { id: meetingId },
      data: { status: "CLOSED", closedAt: now, memberCount, quorumMet },
    });
  });
}

/**
 * Records members as present at an open meeting (an officer ticks them off at the door or on the call). Recording
 * someone twice changes nothing. Every membership must be an active member of the meeting's cooperative.
 */
export async function recordAttendance(
  prisma: PrismaClient,
  input: { meetingId: string; membershipIds: string[] },
  recordedById: string,
) {
  return prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM "Meeting" WHERE "id" = ${input.meetingId}::uuid FOR SHARE`;
    const meeting = await tx.meeting.findUnique({
      where: { id: input.meetingId },
      select: { status: true, cooperativeId: true },
    });
    if (!meeting) throw new NotFoundError("Meeting");
    if (meeting.status !== "OPEN") throw new errors.MeetingNotOpenError(meeting.status, "attendance");
    const ids = [...new Set(input.membershipIds)];
    const members = await tx.membership.count({
      where: { id: { in: ids }, cooperativeId: meeting.cooperativeId, status: "ACTIVE" },
    });
    if (members !== ids.length) throw new errors.NotActiveMemberError();
    await tx.meetingAttendance.createMany({
      data: ids.map((membershipId) => ({ meetingId: input.meetingId, membershipId, recordedById })),
      skipDuplicates: true,
    });
    return tx.meeting.findUniqueOrThrow({ where: { id: input.meetingId } });
  });
}

/**
 * Takes a member off an open meeting's attendance list (recorded by mistake). Refused once they voted: their vote
 * was cast in the meeting. Removing someone who is not on the list changes nothing.
 */
export async function removeAttendance(prisma: PrismaClient, input: { meetingId: string; membershipId: string }) {
  return prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM "Meeting" WHERE "id" = ${input.meetingId}::uuid FOR UPDATE`;
    const meeting = await tx.meeting.findUnique({ where: { id: input.meetingId }, select: { status: true } });
    if (!meeting) throw new NotFoundError("Meeting");
    if (meeting.status !== "OPEN") throw new errors.MeetingNotOpenError(meeting.status, "attendance");
    const voted = await tx.vote.count({
      where: { membershipId: input.membershipId, motion: { meetingId: input.meetingId } },
    });
    if (voted > 0) throw new errors.AttendeeHasVotedError();
    await tx.meetingAttendance.deleteMany({ where: { meetingId: input.meetingId, membershipId: input.membershipId } });
    return tx.meeting.findUniqueOrThrow({ where: { id: input.meetingId } });
  });
}

/**
 * Casts the signed-in person's own vote (no proxies: the voter is always the caller's person), only when an officer
 * recorded them as present at the meeting. One member, one
 * vote: the unique index on (motion, membership) decides between concurrent attempts, and the losers get
 * errors.AlreadyVotedError. The meeting row is share-locked so closing waits for votes in flight.
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
      if (!input.personId) throw new errors.NotCooperativeMemberError();
      const membership = await tx.membership.findFirst({
        where: { cooperativeId: meeting.cooperativeId, personId: input.personId, status: "ACTIVE" },
        select: { id: true },
      });
      if (!membership) throw new errors.NotCooperativeMemberError();
      if (meeting.status !== "OPEN") throw new errors.MeetingNotOpenError(meeting.status);
      const present = await tx.meetingAttendance.findUnique({
        where: { meetingId_membershipId: { meetingId: motion.meetingId, membershipId: membership.id } },
        select: { id: true },
      });
      if (!present) throw new errors.NotPresentError();
      const existing = await tx.vote.findUnique({
        where: { motionId_membershipId: { motionId: input.motionId, membershipId: membership.id } },
        select: { id: true },
      });
      if (existing) throw new errors.AlreadyVotedError();
      return tx.vote.create({ data: { motionId: input.motionId, membershipId: membership.id, choice: input.choice } });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new errors.AlreadyVotedError();
    throw error;
  }
}
