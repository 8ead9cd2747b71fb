import type { PrismaClient } from "@desa-migran/db";
import { z } from "zod";

import { builder } from "../../builder.ts";
import { commonErrors, ErrorInterface } from "../common/errors.ts";
import { CooperativeRef } from "../cooperatives/types.ts";
import {
  AlreadyVotedError,
  InvalidMeetingTransitionError,
  MeetingNotOpenError,
  NotCooperativeMemberError,
} from "./errors.ts";
import { callMeeting, castVote, closeMeeting, openMeeting } from "./service.ts";
import { MeetingKind, MeetingRef, MeetingStatus, MotionRef, VoteChoice } from "./types.ts";

builder.objectType(InvalidMeetingTransitionError, {
  name: "InvalidMeetingTransitionError",
  description: "The meeting cannot move from its current status to the one asked for.",
  interfaces: [ErrorInterface],
  fields: (t) => ({
    from: t.expose("from", { type: MeetingStatus, description: "Current status." }),
    to: t.expose("to", { type: MeetingStatus, description: "Status asked for." }),
  }),
});
builder.objectType(MeetingNotOpenError, {
  name: "MeetingNotOpenError",
  description: "Votes are taken only while the meeting is OPEN.",
  interfaces: [ErrorInterface],
  fields: (t) => ({ status: t.expose("status", { type: MeetingStatus, description: "The meeting's status." }) }),
});
builder.objectType(NotCooperativeMemberError, {
  name: "NotCooperativeMemberError",
  description: "Only an active member of the cooperative may vote, and only for themself.",
  interfaces: [ErrorInterface],
});
builder.objectType(AlreadyVotedError, {
  name: "AlreadyVotedError",
  description: "The member already voted on this motion (one member, one vote).",
  interfaces: [ErrorInterface],
});

const MotionInput = builder.inputType("MotionInput", {
  description: "A motion on the agenda.",
  fields: (t) => ({
    title: t.string({
      description: "What is proposed.",
      validate: z
        .string()
        .trim()
        .min(3, "Judul usulan minimal 3 karakter.")
        .max(200, "Judul usulan paling banyak 200 karakter."),
    }),
    description: t.string({
      required: false,
      description: "Details.",
      validate: z.string().trim().max(4000, "Uraian paling banyak 4000 karakter."),
    }),
  }),
});

const CallMeetingInput = builder.inputType("CallMeetingInput", {
  description: "A members' meeting to call, with its agenda.",
  fields: (t) => ({
    cooperativeId: t.globalID({ for: [CooperativeRef], description: "The cooperative." }),
    kind: t.field({ type: MeetingKind, description: "ANNUAL (RAT) or EXTRAORDINARY." }),
    title: t.string({
      description: "Title.",
      validate: z
        .string()
        .trim()
        .min(3, "Judul rapat minimal 3 karakter.")
        .max(200, "Judul rapat paling banyak 200 karakter."),
    }),
    fiscalYear: t.int({
      required: false,
      description: "Fiscal year reported on (required for an annual meeting).",
      validate: z.number().int().min(1990, "Tahun buku tidak valid.").max(2200, "Tahun buku tidak valid."),
    }),
    scheduledAt: t.field({ type: "DateTime", description: "When it takes place." }),
    location: t.string({
      description: "Where, or the online meeting's place.",
      validate: z
        .string()
        .trim()
        .min(2, "Tempat rapat wajib diisi.")
        .max(200, "Tempat rapat paling banyak 200 karakter."),
    }),
    online: t.boolean({ description: "Whether it is held online." }),
    motions: t.field({
      type: [MotionInput],
      description: "The agenda: 1 to 30 motions, in order.",
      validate: z
        .array(z.any())
        .min(1, "Rapat perlu minimal satu usulan.")
        .max(30, "Paling banyak 30 usulan per rapat."),
    }),
  }),
  validate: z
    .any()
    .refine((v: { kind: string; fiscalYear?: number | null }) => v.kind !== "ANNUAL" || v.fiscalYear != null, {
      message: "Rapat Anggota Tahunan memerlukan tahun buku.",
      path: ["fiscalYear"],
    }),
});

const MeetingPayload = builder.simpleObject("MeetingPayload", {
  description: "The meeting as it is now.",
  fields: (t) => ({ meeting: t.field({ type: MeetingRef, description: "The meeting." }) }),
});

const MeetingIdInput = builder.inputType("MeetingIdInput", {
  description: "A meeting to act on.",
  fields: (t) => ({ meetingId: t.globalID({ for: [MeetingRef], description: "The meeting." }) }),
});

const CastVoteInput = builder.inputType("CastVoteInput", {
  description: "The signed-in member's own vote on one motion.",
  fields: (t) => ({
    motionId: t.globalID({ for: [MotionRef], description: "The motion." }),
    choice: t.field({ type: VoteChoice, description: "YES, NO or ABSTAIN." }),
  }),
});

const CastVotePayload = builder.simpleObject("CastVotePayload", {
  description: "The vote was recorded.",
  fields: (t) => ({
    motion: t.field({ type: MotionRef, description: "The motion voted on." }),
    choice: t.field({ type: VoteChoice, description: "The vote recorded." }),
  }),
});

/** Officer of the meeting's cooperative; an unknown meeting answers NotFound to signed-in callers only. */
const meetingOfficer = async (meetingId: string, ctx: { prisma: PrismaClient }) => {
  const meeting = await ctx.prisma.meeting.findUnique({ where: { id: meetingId }, select: { cooperativeId: true } });
  return meeting ? { cooperativeOfficer: meeting.cooperativeId } : { loggedIn: true };
};

builder.mutationFields((t) => ({
  callMeeting: t.field({
    type: MeetingPayload,
    description: "Calls a members' meeting with its agenda. Officers of the cooperative only.",
    errors: { types: [...commonErrors] },
    args: { input: t.arg({ type: CallMeetingInput }) },
    authScopes: (_root, { input }) => ({ cooperativeOfficer: input.cooperativeId.id }),
    resolve: async (_root, { input }, ctx) => ({
      meeting: await callMeeting(
        ctx.prisma,
        {
          cooperativeId: input.cooperativeId.id,
          kind: input.kind,
          title: input.title,
          fiscalYear: input.fiscalYear ?? null,
          scheduledAt: input.scheduledAt,
          location: input.location,
          online: input.online,
          motions: input.motions.map((m) => ({ title: m.title, description: m.description ?? "" })),
        },
        ctx.user!.id,
      ),
    }),
  }),
  openMeeting: t.field({
    type: MeetingPayload,
    description: "Opens a scheduled meeting: voting starts. Officers of the cooperative only.",
    errors: { types: [...commonErrors, InvalidMeetingTransitionError] },
    args: { input: t.arg({ type: MeetingIdInput }) },
    authScopes: (_root, { input }, ctx) => meetingOfficer(input.meetingId.id, ctx),
    resolve: async (_root, { input }, ctx) => ({ meeting: await openMeeting(ctx.prisma, input.meetingId.id) }),
  }),
  closeMeeting: t.field({
    type: MeetingPayload,
    description: "Closes an open meeting and records each motion's result. Officers of the cooperative only.",
    errors: { types: [...commonErrors, InvalidMeetingTransitionError] },
    args: { input: t.arg({ type: MeetingIdInput }) },
    authScopes: (_root, { input }, ctx) => meetingOfficer(input.meetingId.id, ctx),
    resolve: async (_root, { input }, ctx) => ({ meeting: await closeMeeting(ctx.prisma, input.meetingId.id) }),
  }),
  castVote: t.field({
    type: CastVotePayload,
    description:
      "Casts the signed-in member's own vote on a motion of an open meeting. One member, one vote; no proxies.",
    errors: { types: [...commonErrors, NotCooperativeMemberError, MeetingNotOpenError, AlreadyVotedError] },
    args: { input: t.arg({ type: CastVoteInput }) },
    authScopes: { loggedIn: true },
    resolve: async (_root, { input }, ctx) => {
      const vote = await castVote(ctx.prisma, {
        motionId: input.motionId.id,
        choice: input.choice,
        personId: ctx.user!.personId,
      });
      const motion = await ctx.prisma.motion.findUniqueOrThrow({
        where: { id: vote.motionId },
        include: { meeting: { select: { cooperativeId: true, status: true } } },
      });
      return { motion, choice: vote.choice };
    },
  }),
}));
