import type { PrismaClient, Vote } from "@desa-migran/db";
import { z } from "zod";

import { builder } from "../../builder.ts";
import { commonErrors } from "../common/error-types.ts";
import { bilingual } from "../common/validation.ts";
import { CooperativeRef, MembershipRef } from "../cooperatives/types.ts";
import { FundingRoundRef } from "../funding/types.ts";
import { surplus } from "../shu/validation.ts";
import * as errors from "./errors.ts";
import { officerOrMember } from "./permissions.ts";
import { callMeeting, castVote, closeMeeting, openMeeting, recordAttendance, removeAttendance } from "./service.ts";
import { MeetingKind, MeetingRef, MotionKind, MotionRef, VoteChoice } from "./types.ts";

const MotionInput = builder.inputType("MotionInput", {
  description: "A motion on the agenda.",
  fields: (t) => ({
    title: t.string({
      description: "What is proposed.",
      validate: z
        .string()
        .trim()
        .min(3, bilingual("Judul usulan minimal 3 karakter.", "Motion title: at least 3 characters."))
        .max(200, bilingual("Judul usulan paling banyak 200 karakter.", "Motion title: at most 200 characters.")),
    }),
    description: t.string({
      required: false,
      description: "Details.",
      validate: z
        .string()
        .trim()
        .max(4000, bilingual("Uraian paling banyak 4000 karakter.", "Description: at most 4,000 characters.")),
    }),
    kind: t.field({
      type: MotionKind,
      required: false,
      description: "What the motion decides (GENERAL when omitted).",
    }),
    surplusIdr: t.string({
      required: false,
      description:
        "ADOPT_ANNUAL_REPORT only, and required there: the year's surplus (SHU) in whole rupiah that the report states.",
      validate: surplus,
    }),
    fundingRoundId: t.globalID({
      required: false,
      for: [FundingRoundRef],
      description: "APPROVE_FUNDING_ROUND only, and required there: a round this cooperative administers.",
    }),
  }),
  validate: z
    .any()
    .superRefine((v: { kind?: string | null; surplusIdr?: string | null; fundingRoundId?: unknown }, ctx) => {
      const kind = v.kind ?? "GENERAL";
      if (kind === "ADOPT_ANNUAL_REPORT" && !v.surplusIdr)
        ctx.addIssue({
          code: "custom",
          path: ["surplusIdr"],
          message: bilingual(
            "Usulan pengesahan laporan tahunan perlu jumlah SHU.",
            "A motion to approve the annual report needs the surplus (SHU) amount.",
          ),
        });
      if (kind !== "ADOPT_ANNUAL_REPORT" && v.surplusIdr)
        ctx.addIssue({
          code: "custom",
          path: ["surplusIdr"],
          message: bilingual(
            "Jumlah SHU hanya untuk usulan pengesahan laporan tahunan.",
            "A surplus (SHU) amount belongs only to a motion approving the annual report.",
          ),
        });
      if (kind === "APPROVE_FUNDING_ROUND" && !v.fundingRoundId)
        ctx.addIssue({
          code: "custom",
          path: ["fundingRoundId"],
          message: bilingual(
            "Usulan persetujuan pendanaan perlu putaran pendanaannya.",
            "A funding approval motion needs its funding round.",
          ),
        });
      if (kind !== "APPROVE_FUNDING_ROUND" && v.fundingRoundId)
        ctx.addIssue({
          code: "custom",
          path: ["fundingRoundId"],
          message: bilingual(
            "Putaran pendanaan hanya untuk usulan persetujuan pendanaan.",
            "A funding round belongs only to a funding approval motion.",
          ),
        });
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
        .min(3, bilingual("Judul rapat minimal 3 karakter.", "Meeting title: at least 3 characters."))
        .max(200, bilingual("Judul rapat paling banyak 200 karakter.", "Meeting title: at most 200 characters.")),
    }),
    fiscalYear: t.int({
      required: false,
      description: "Fiscal year reported on (required for an annual meeting).",
      validate: z
        .number()
        .int()
        .min(1990, bilingual("Tahun buku tidak valid.", "Invalid financial year."))
        .max(2200, bilingual("Tahun buku tidak valid.", "Invalid financial year.")),
    }),
    scheduledAt: t.field({ type: "DateTime", description: "When it takes place." }),
    location: t.string({
      description: "Where, or the online meeting's place.",
      validate: z
        .string()
        .trim()
        .min(2, bilingual("Tempat rapat wajib diisi.", "The meeting place is required."))
        .max(200, bilingual("Tempat rapat paling banyak 200 karakter.", "Meeting place: at most 200 characters.")),
    }),
    online: t.boolean({ description: "Whether it is held online." }),
    motions: t.field({
      type: [MotionInput],
      description: "The agenda: 1 to 30 motions, in order.",
      validate: z
        .array(z.any())
        .min(1, bilingual("Rapat perlu minimal satu usulan.", "A meeting needs at least one motion."))
        .max(30, bilingual("Paling banyak 30 usulan per rapat.", "At most 30 motions per meeting.")),
    }),
  }),
  validate: z
    .any()
    .superRefine((v: { kind: string; fiscalYear?: number | null; motions?: { kind?: string | null }[] }, ctx) => {
      if (v.kind === "ANNUAL" && v.fiscalYear == null)
        ctx.addIssue({
          code: "custom",
          path: ["fiscalYear"],
          message: bilingual(
            "Rapat Anggota Tahunan memerlukan tahun buku.",
            "An annual members' meeting (RAT) needs a financial year.",
          ),
        });
      const adopt = (v.motions ?? []).filter((m) => m.kind === "ADOPT_ANNUAL_REPORT").length;
      if (adopt > 0 && v.kind !== "ANNUAL")
        ctx.addIssue({
          code: "custom",
          path: ["motions"],
          message: bilingual(
            "Laporan tahunan dan SHU hanya disahkan di Rapat Anggota Tahunan (RAT), bukan di RALB.",
            "The annual report and surplus (SHU) are approved only at the annual members' meeting (RAT), not at an extraordinary one (RALB).",
          ),
        });
      if (adopt > 1)
        ctx.addIssue({
          code: "custom",
          path: ["motions"],
          message: bilingual(
            "Satu RAT hanya punya satu usulan pengesahan laporan tahunan.",
            "A RAT has only one motion approving the annual report.",
          ),
        });
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

// The motion is read after the vote commits, with the fields the client selected (`...query`).
const CastVotePayload = builder.objectRef<{ motionId: string; choice: Vote["choice"] }>("CastVotePayload").implement({
  description: "The vote was recorded.",
  fields: (t) => ({
    motion: t.prismaField({
      type: MotionRef,
      description: "The motion voted on.",
      resolve: (query, payload, _args, ctx) =>
        ctx.prisma.motion.findUniqueOrThrow({ ...query, where: { id: payload.motionId } }),
    }),
    choice: t.expose("choice", { type: VoteChoice, description: "The vote recorded." }),
  }),
});

const AttendanceInput = builder.inputType("RecordAttendanceInput", {
  description: "Members present at an open meeting, recorded by an officer.",
  fields: (t) => ({
    meetingId: t.globalID({ for: [MeetingRef], description: "The meeting (OPEN)." }),
    membershipIds: t.globalIDList({
      for: [MembershipRef],
      description: "Active members of the meeting's cooperative who are present (1 to 500; repeats change nothing).",
      validate: z
        .array(z.any())
        .min(1, bilingual("Pilih minimal satu anggota yang hadir.", "Choose at least one member who is present."))
        .max(500, bilingual("Paling banyak 500 anggota sekali catat.", "At most 500 members at a time.")),
    }),
  }),
});

const RemoveAttendanceInput = builder.inputType("RemoveAttendanceInput", {
  description: "A member to take off an open meeting's attendance list (recorded by mistake).",
  fields: (t) => ({
    meetingId: t.globalID({ for: [MeetingRef], description: "The meeting (OPEN)." }),
    membershipId: t.globalID({ for: [MembershipRef], description: "The member." }),
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
    description:
      "Calls a members' meeting with its agenda. Officers of the cooperative, or also its active members when the " +
      "by-laws say so (meetingCallers). One annual meeting (RAT) per fiscal year; extraordinary meetings (RALB) " +
      "as needed. An ADOPT_ANNUAL_REPORT motion belongs in a RAT.",
    errors: { types: [...commonErrors, errors.AnnualMeetingExistsError, errors.MotionFundingRoundError] },
    args: { input: t.arg({ type: CallMeetingInput }) },
    authScopes: async (_root, { input }, ctx) => {
      const cooperative = await ctx.prisma.cooperative.findUnique({
        where: { id: input.cooperativeId.id },
        select: { meetingCallers: true },
      });
      if (cooperative?.meetingCallers === "OFFICERS_AND_MEMBERS") return officerOrMember(ctx, input.cooperativeId.id);
      return { cooperativeOfficer: input.cooperativeId.id };
    },
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
          motions: input.motions.map((m) => ({
            title: m.title,
            description: m.description ?? "",
            kind: m.kind ?? "GENERAL",
            surplusIdr: m.surplusIdr ? BigInt(m.surplusIdr) : null,
            fundingRoundId: m.fundingRoundId?.id ?? null,
          })),
        },
        ctx.user!.id,
      ),
    }),
  }),
  openMeeting: t.field({
    type: MeetingPayload,
    description:
      "Opens a scheduled meeting, no earlier than its scheduled time: officers record who is present and members " +
      "present vote. Officers of the cooperative only.",
    errors: { types: [...commonErrors, errors.InvalidMeetingTransitionError, errors.MeetingNotYetDueError] },
    args: { input: t.arg({ type: MeetingIdInput }) },
    authScopes: (_root, { input }, ctx) => meetingOfficer(input.meetingId.id, ctx),
    resolve: async (_root, { input }, ctx) => ({ meeting: await openMeeting(ctx.prisma, input.meetingId.id) }),
  }),
  closeMeeting: t.field({
    type: MeetingPayload,
    description:
      "Closes an open meeting. Without quorum (not more than the by-law's percentage of active members present) " +
      "nothing is decided: every motion becomes NO_QUORUM and the meeting records that quorum was not met. With " +
      "quorum each motion is CARRIED or REJECTED by the by-law's majority. Officers of the cooperative only.",
    errors: { types: [...commonErrors, errors.InvalidMeetingTransitionError] },
    args: { input: t.arg({ type: MeetingIdInput }) },
    authScopes: (_root, { input }, ctx) => meetingOfficer(input.meetingId.id, ctx),
    resolve: async (_root, { input }, ctx) => ({ meeting: await closeMeeting(ctx.prisma, input.meetingId.id) }),
  }),
  castVote: t.field({
    type: CastVotePayload,
    description:
      "Casts the signed-in member's own vote on a motion of an open meeting, when recorded as present. One member, " +
      "one vote; no proxies.",
    errors: {
      types: [
        ...commonErrors,
        errors.NotCooperativeMemberError,
        errors.MeetingNotOpenError,
        errors.NotPresentError,
        errors.AlreadyVotedError,
      ],
    },
    args: { input: t.arg({ type: CastVoteInput }) },
    authScopes: { loggedIn: true },
    resolve: async (_root, { input }, ctx) => {
      const vote = await castVote(ctx.prisma, {
        motionId: input.motionId.id,
        choice: input.choice,
        personId: ctx.user!.personId,
      });
      return { motionId: vote.motionId, choice: vote.choice };
    },
  }),
  recordAttendance: t.field({
    type: MeetingPayload,
    description:
      "Records active members as present at an open meeting (only members present vote; attendance decides " +
      "quorum). Recording someone again changes nothing. Officers of the cooperative only.",
    errors: { types: [...commonErrors, errors.MeetingNotOpenError, errors.NotActiveMemberError] },
    args: { input: t.arg({ type: AttendanceInput }) },
    authScopes: (_root, { input }, ctx) => meetingOfficer(input.meetingId.id, ctx),
    resolve: async (_root, { input }, ctx) => ({
      meeting: await recordAttendance(
        ctx.prisma,
        { meetingId: input.meetingId.id, membershipIds: input.membershipIds.map((m) => m.id) },
        ctx.user!.id,
      ),
    }),
  }),
  removeAttendance: t.field({
    type: MeetingPayload,
    description:
      "Takes a member off an open meeting's attendance list (recorded by mistake); refused once they voted. " +
      "Officers of the cooperative only.",
    errors: { types: [...commonErrors, errors.MeetingNotOpenError, errors.AttendeeHasVotedError] },
    args: { input: t.arg({ type: RemoveAttendanceInput }) },
    authScopes: (_root, { input }, ctx) => meetingOfficer(input.meetingId.id, ctx),
    resolve: async (_root, { input }, ctx) => ({
      meeting: await removeAttendance(ctx.prisma, {
        meetingId: input.meetingId.id,
        membershipId: input.membershipId.id,
      }),
    }),
  }),
}));
