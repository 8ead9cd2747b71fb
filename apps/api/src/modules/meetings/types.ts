import type { VoteChoice as VoteChoiceValue } from "@desa-migran/db";

import { builder } from "../../builder.ts";
import { isCooperativeOfficer, officerOrMember } from "./permissions.ts";

export const MeetingKind = builder.enumType("MeetingKind", {
  description: "Kind of members' meeting.",
  values: {
    ANNUAL: { description: "The yearly members' meeting (RAT) for a fiscal year." },
    EXTRAORDINARY: { description: "An extraordinary members' meeting (Rapat Anggota Luar Biasa)." },
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
    CARRIED: { description: "More YES than NO votes among those cast." },
    REJECTED: { description: "Did not win the by-law's majority of the YES and NO votes cast." },
    NO_QUORUM: { description: "The meeting closed without quorum: nothing was decided." },
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
      description: "OPEN until the meeting closes, then CARRIED or REJECTED.",
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
    maxSize: 100,
    totalCount: true,
    query: { orderBy: [{ scheduledAt: "desc" }, { id: "desc" }] },
  }),
);
