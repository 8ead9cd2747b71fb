import type { VoteChoice as VoteChoiceValue } from "@desa-migran/db";

import { builder } from "../../builder.ts";
import type { Context } from "../../context.ts";
import { idr, Money } from "../common/money.ts";
import { activeMembershipId, isCooperativeOfficer, officerOrMember } from "./permissions.ts";
import { hasQuorum, quorumNeeded } from "./service.ts";

export const MeetingKind = builder.enumType("MeetingKind", {
  description: "Kind of members' meeting.",
  values: {
    ANNUAL: {
      description: "The yearly members' meeting (RAT) for a fiscal year: one per cooperative and fiscal year.",
    },
    EXTRAORDINARY: {
      description: "An extraordinary members' meeting (Rapat Anggota Luar Biasa, RALB): as many as needed.",
    },
  } as const,
});

export const MeetingStatus = builder.enumType("MeetingStatus", {
  description: "Where a meeting is: SCHEDULED → OPEN (voting) → CLOSED (results recorded).",
  values: {
    SCHEDULED: { description: "Called, not yet open." },
    OPEN: { description: "In session: members may vote." },
    CLOSED: { description: "Over: every motion has its result." },
  } as const,
});

export const MotionStatus = builder.enumType("MotionStatus", {
  description: "Result of a motion.",
  values: {
    OPEN: { description: "Not decided yet." },
    CARRIED: { description: "Quorum was met and YES won the by-law's majority of the YES and NO votes cast." },
    REJECTED: { description: "Did not win the by-law's majority of the YES and NO votes cast." },
    NO_QUORUM: {
      description:
        "The meeting closed without quorum (not more than the by-law's share of active members present): " +
        "nothing was decided, whatever the votes.",
    },
  } as const,
});

export const MotionKind = builder.enumType("MotionKind", {
  description: "What a motion decides, where the platform acts on the decision.",
  values: {
    GENERAL: { description: "Any other decision; the platform only records it." },
    ADOPT_ANNUAL_REPORT: {
      description:
        "Adopts the fiscal year's report and its surplus (SHU). Only in an annual meeting (RAT); an SHU run for " +
        "that year needs this motion CARRIED, and runs exactly the surplus it names.",
    },
    APPROVE_FUNDING_ROUND: {
      description: "Approves a members-only funding round administered by the cooperative.",
    },
  } as const,
});

export const VoteChoice = builder.enumType("VoteChoice", {
  description: "A member's vote on a motion.",
  values: {
    YES: { description: "For (setuju)." },
    NO: { description: "Against (tidak setuju)." },
    ABSTAIN: { description: "Abstains (abstain); counts for neither side." },
  } as const,
});

const VoteTally = builder.simpleObject("VoteTally", {
  description: "Vote counts of a motion.",
  fields: (t) => ({
    yes: t.int({ description: "Votes for." }),
    no: t.int({ description: "Votes against." }),
    abstain: t.int({ description: "Abstentions." }),
    total: t.int({ description: "Votes cast." }),
  }),
});

interface RollEntry {
  membershipId: string;
  memberNumber: string;
  fullName: string;
  present: boolean;
  voted: boolean;
}

const AttendanceRollEntry = builder.objectRef<RollEntry>("AttendanceRollEntry").implement({
  description: "One active member on a meeting's attendance list, present or not (for the officers recording it).",
  fields: (t) => ({
    membershipId: t.globalID({
      description: "The membership's global ID (a Membership ID), to record or remove.",
      resolve: (r) => ({ type: "Membership", id: r.membershipId }),
    }),
    memberNumber: t.exposeString("memberNumber", { description: "Member number." }),
    fullName: t.exposeString("fullName", { description: "The member's name." }),
    present: t.exposeBoolean("present", { description: "Whether the member is recorded as present." }),
    voted: t.exposeBoolean("voted", {
      description: "Whether the member voted in this meeting (then they stay on the list).",
    }),
  }),
});

/** Members counted as present: recorded, and still members when the meeting closed (or now, while it runs). */
const countPresent = (ctx: Context, meetingId: string, closedAt: Date | null) =>
  ctx.prisma.meetingAttendance.count({
    where: {
      meetingId,
      membership: closedAt ? { OR: [{ status: "ACTIVE" }, { leftAt: { gt: closedAt } }] } : { status: "ACTIVE" },
    },
  });

interface QuorumShape {
  present: number;
  activeMembers: number;
  quorumPct: number;
  needed: number;
  met: boolean | null;
}

async function quorumOf(
  ctx: Context,
  m: {
    id: string;
    status: string;
    cooperativeId: string;
    closedAt: Date | null;
    memberCount: number | null;
    quorumMet: boolean | null;
    cooperative: { quorumPct: number };
  },
): Promise<QuorumShape> {
  const present = await countPresent(ctx, m.id, m.closedAt);
  const activeMembers =
    m.status === "CLOSED" && m.memberCount !== null
      ? m.memberCount
      : await ctx.prisma.membership.count({ where: { cooperativeId: m.cooperativeId, status: "ACTIVE" } });
  const quorumPct = m.cooperative.quorumPct;
  return {
    present,
    activeMembers,
    quorumPct,
    needed: quorumNeeded(activeMembers, quorumPct),
    met: m.status === "CLOSED" ? m.quorumMet : hasQuorum(present, activeMembers, quorumPct),
  };
}

const MeetingQuorum = builder.objectRef<QuorumShape>("MeetingQuorum").implement({
  description:
    "Quorum: a meeting decides only when MORE than the by-law's percentage of active members are present. " +
    "Closed without quorum, every motion is NO_QUORUM: nothing was decided.",
  fields: (t) => ({
    present: t.exposeInt("present", { description: "Members recorded as present." }),
    activeMembers: t.exposeInt("activeMembers", {
      description: "Active members: when the meeting closed, or now while it is scheduled or open.",
    }),
    quorumPct: t.exposeInt("quorumPct", {
      description: "The by-law: more than this percentage of active members must be present.",
    }),
    needed: t.exposeInt("needed", { description: "The fewest members present that make quorum." }),
    met: t.exposeBoolean("met", {
      nullable: true,
      description:
        "Whether quorum is met: now while the meeting runs, as recorded once closed (null for a meeting closed " +
        "before attendance was recorded).",
    }),
  }),
});

/** Members' meetings are the cooperative's own business: its officers and active members may read them. */
export const MeetingRef = builder.prismaNode("Meeting", {
  id: { field: "id" },
  description: "A members' meeting (Rapat Anggota; the yearly one is the RAT). One member, one vote, no proxies.",
  select: { id: true, cooperativeId: true },
  authScopes: (m, ctx) => officerOrMember(ctx, m.cooperativeId),
  fields: (t) => ({
    kind: t.expose("kind", { type: MeetingKind, description: "ANNUAL (RAT) or EXTRAORDINARY." }),
    title: t.exposeString("title", { description: "Title of the meeting." }),
    fiscalYear: t.exposeInt("fiscalYear", { nullable: true, description: "Fiscal year an annual meeting reports on." }),
    scheduledAt: t.expose("scheduledAt", { type: "DateTime", description: "When it takes place." }),
    location: t.exposeString("location", { description: "Where it takes place (or the online meeting's place)." }),
    online: t.exposeBoolean("online", { description: "Whether it is held online." }),
    status: t.expose("status", { type: MeetingStatus, description: "SCHEDULED, OPEN or CLOSED." }),
    openedAt: t.expose("openedAt", {
      type: "DateTime",
      nullable: true,
      description: "When the chair opened it (never before scheduledAt).",
    }),
    closedAt: t.expose("closedAt", { type: "DateTime", nullable: true, description: "When the chair closed it." }),
    quorum: t.field({
      type: MeetingQuorum,
      description:
        "Attendance against the quorum. Without quorum at closing nothing is decided: every motion is NO_QUORUM.",
      select: {
        status: true,
        closedAt: true,
        memberCount: true,
        quorumMet: true,
        cooperative: { select: { quorumPct: true } },
      },
      resolve: (m, _args, ctx) => quorumOf(ctx, m),
    }),
    majorityPct: t.int({
      description:
        "The by-law's majority: a motion carries when YES votes are more than this percentage of the YES and NO " +
        "votes cast (50 = simple majority).",
      select: { cooperative: { select: { majorityPct: true } } },
      resolve: (m) => m.cooperative.majorityPct,
    }),
    viewerPresent: t.boolean({
      description: "Whether the signed-in member is recorded as present (only members present vote).",
      resolve: async (m, _args, ctx) => {
        const membershipId = await activeMembershipId(ctx, m.cooperativeId);
        if (!membershipId) return false;
        return !!(await ctx.prisma.meetingAttendance.findUnique({
          where: { meetingId_membershipId: { meetingId: m.id, membershipId } },
          select: { id: true },
        }));
      },
    }),
    attendanceRoll: t.field({
      type: [AttendanceRollEntry],
      nullable: true,
      description:
        "Every active member (and anyone recorded present), by member number, with whether they are present. " +
        "For the cooperative's officers, who record attendance; null for others.",
      resolve: async (m, _args, ctx) => {
        if (!(await isCooperativeOfficer(ctx, m.cooperativeId))) return null;
        const rows = await ctx.prisma.membership.findMany({
          where: {
            cooperativeId: m.cooperativeId,
            OR: [{ status: "ACTIVE" }, { attendance: { some: { meetingId: m.id } } }],
          },
          orderBy: [{ memberNumber: "asc" }, { id: "asc" }],
          select: {
            id: true,
            memberNumber: true,
            person: { select: { fullName: true } },
            attendance: { where: { meetingId: m.id }, select: { id: true } },
            votes: { where: { motion: { meetingId: m.id } }, select: { id: true }, take: 1 },
          },
        });
        return rows.map((r) => ({
          membershipId: r.id,
          memberNumber: r.memberNumber,
          fullName: r.person.fullName,
          present: r.attendance.length > 0,
          voted: r.votes.length > 0,
        }));
      },
    }),
    cooperative: t.relation("cooperative", { description: "The cooperative holding it." }),
    motions: t.relation("motions", {
      description: "Motions on the agenda, in order.",
      query: { orderBy: { position: "asc" } },
    }),
  }),
});

export const MotionRef = builder.prismaNode("Motion", {
  id: { field: "id" },
  description: "A motion put to the vote at a members' meeting.",
  select: { id: true, meeting: { select: { cooperativeId: true, status: true } } },
  authScopes: (m, ctx) => officerOrMember(ctx, m.meeting.cooperativeId),
  fields: (t) => ({
    position: t.exposeInt("position", { description: "Place on the agenda, from 1." }),
    title: t.exposeString("title", { description: "What is proposed." }),
    description: t.exposeString("description", { description: "Details of the proposal." }),
    status: t.expose("status", {
      type: MotionStatus,
      description:
        "OPEN until the meeting closes; then CARRIED or REJECTED when quorum was met, NO_QUORUM (nothing decided) " +
        "when it was not.",
    }),
    kind: t.expose("kind", { type: MotionKind, description: "What the motion decides." }),
    surplus: t.field({
      type: Money,
      nullable: true,
      description: "ADOPT_ANNUAL_REPORT: the year's surplus (SHU) the report states, adopted if the motion carries.",
      select: { surplusIdr: true },
      resolve: (m) => (m.surplusIdr === null ? null : idr(m.surplusIdr)),
    }),
    fundingRound: t.relation("fundingRound", {
      nullable: true,
      description: "APPROVE_FUNDING_ROUND: the round the motion approves.",
    }),
    meeting: t.relation("meeting", { description: "The meeting." }),
    tally: t.field({
      type: VoteTally,
      nullable: true,
      description: "Vote counts: for everyone once the meeting is closed, for the cooperative's officers at any time.",
      select: { votes: { select: { choice: true } } },
      resolve: async (m, _args, ctx) => {
        if (m.meeting.status !== "CLOSED" && !(await isCooperativeOfficer(ctx, m.meeting.cooperativeId))) return null;
        const count = (choice: VoteChoiceValue) => m.votes.filter((v) => v.choice === choice).length;
        return { yes: count("YES"), no: count("NO"), abstain: count("ABSTAIN"), total: m.votes.length };
      },
    }),
    viewerVote: t.loadable({
      type: VoteChoice,
      nullable: true,
      description: "The signed-in member's own vote on this motion, if they voted.",
      load: async (motionIds: string[], ctx) => {
        const personId = ctx.user?.personId;
        if (!personId) return motionIds.map(() => null);
        const votes = await ctx.prisma.vote.findMany({
          where: { motionId: { in: motionIds }, membership: { personId } },
          select: { motionId: true, choice: true },
        });
        return motionIds.map((id) => votes.find((v) => v.motionId === id)?.choice ?? null);
      },
      resolve: (m) => m.id,
    }),
  }),
});

builder.prismaObjectField("Cooperative", "meetings", (t) =>
  t.relatedConnection("meetings", {
    description: "Members' meetings, latest first. Officers and active members of the cooperative only.",
    authScopes: (c, _args, ctx) => officerOrMember(ctx, c.id),
    cursor: "id",
    totalCount: true,
    query: { orderBy: [{ scheduledAt: "desc" }, { id: "desc" }] },
  }),
);

builder.prismaObjectFields("Cooperative", (t) => ({
  annualMeeting: t.prismaField({
    type: "Meeting",
    nullable: true,
    description:
      "The annual meeting (RAT) for a fiscal year, if called (one per fiscal year). Officers and active members only.",
    authScopes: (c, _args, ctx) => officerOrMember(ctx, c.id),
    args: { fiscalYear: t.arg.int({ description: "The fiscal year." }) },
    resolve: (query, c, { fiscalYear }, ctx) =>
      ctx.prisma.meeting.findFirst({ ...query, where: { cooperativeId: c.id, kind: "ANNUAL", fiscalYear } }),
  }),
  adoptedAnnualReport: t.prismaField({
    type: "Motion",
    nullable: true,
    description:
      "The CARRIED ADOPT_ANNUAL_REPORT motion of the fiscal year's RAT, if the RAT adopted the report: the SHU of " +
      "that year may be run, for exactly its surplus. Officers and active members only.",
    authScopes: (c, _args, ctx) => officerOrMember(ctx, c.id),
    args: { fiscalYear: t.arg.int({ description: "The fiscal year." }) },
    resolve: (query, c, { fiscalYear }, ctx) =>
      ctx.prisma.motion.findFirst({
        ...query,
        where: {
          kind: "ADOPT_ANNUAL_REPORT",
          status: "CARRIED",
          meeting: { cooperativeId: c.id, kind: "ANNUAL", fiscalYear, status: "CLOSED" },
        },
        orderBy: { position: "asc" },
      }),
  }),
}));
