import { z } from "zod";

import { builder } from "../../builder.ts";
import { commonErrors } from "../common/error-types.ts";
import { optionalPhoneNumber } from "../common/phone.ts";
import { bilingual, wholeRupiah } from "../common/validation.ts";
import { PersonRef } from "../registry/types.ts";
import {
  AlreadyMemberError,
  MemberNumberTakenError,
  MembershipAlreadyEndedError,
  PersonNotInVillageError,
} from "./errors.ts";
import { addMember, endMembership, setCooperativeContactPhone, updateBylaws } from "./service.ts";
import { CooperativeRef, MeetingCallers, MembershipRef } from "./types.ts";

const AddMemberInput = builder.inputType("AddMemberInput", {
  description: "A person of the village joining the cooperative.",
  fields: (t) => ({
    cooperativeId: t.globalID({ for: [CooperativeRef], description: "The cooperative." }),
    personId: t.globalID({ for: [PersonRef], description: "The person joining (a Person ID)." }),
    memberNumber: t.string({
      required: false,
      description: "Member number; the next free number is used when omitted.",
      validate: z
        .string()
        .trim()
        .min(1, bilingual("Nomor anggota wajib diisi.", "The member number is required."))
        .max(40, bilingual("Nomor anggota paling banyak 40 karakter.", "Member number: at most 40 characters.")),
    }),
  }),
});

const MembershipPayload = builder.simpleObject("MembershipPayload", {
  description: "The membership as it is now.",
  fields: (t) => ({ membership: t.field({ type: MembershipRef, description: "The membership." }) }),
});

const EndMembershipInput = builder.inputType("EndMembershipInput", {
  description: "A member leaving the cooperative.",
  fields: (t) => ({ membershipId: t.globalID({ for: [MembershipRef], description: "The membership to end." }) }),
});

const UpdateBylawsInput = builder.inputType("UpdateCooperativeBylawsInput", {
  description: "New by-law rules for members' meetings and leaving; fields left out stay as they are.",
  fields: (t) => ({
    cooperativeId: t.globalID({ for: [CooperativeRef], description: "The cooperative." }),
    quorumPct: t.int({
      required: false,
      description: "Quorum: more than this percentage of active members must be present (0-99).",
      validate: z
        .number()
        .int()
        .min(0, bilingual("Kuorum paling kecil 0%.", "The quorum is at least 0%."))
        .max(
          99,
          bilingual(
            "Kuorum paling besar 99%: harus ada yang bisa hadir lebih dari itu.",
            "The quorum is at most 99%: attendance must be able to exceed it.",
          ),
        ),
    }),
    majorityPct: t.int({
      required: false,
      description: "Majority: YES must be more than this percentage of YES and NO votes (50-99).",
      validate: z
        .number()
        .int()
        .min(
          50,
          bilingual(
            "Suara terbanyak paling kecil 50% (lebih dari separuh).",
            "The majority is at least 50% (more than half).",
          ),
        )
        .max(99, bilingual("Suara terbanyak paling besar 99%.", "The majority is at most 99%.")),
    }),
    meetingCallers: t.field({ type: MeetingCallers, required: false, description: "Who may call a meeting." }),
    equityRefundOnLeaving: t.boolean({
      required: false,
      description: "Whether a member who leaves gets simpanan pokok and wajib back.",
    }),
    fundingMaxTargetIdr: t.string({
      required: false,
      description: "The largest round target the cooperative approves, whole rupiah (at most Rp 10 billion).",
      validate: wholeRupiah(
        { id: "Batas target", en: "The target limit" },
        {
          max: 10_000_000_000n,
          tooLarge: bilingual(
            "Batas target paling banyak Rp 10.000.000.000 (POJK 57/2020).",
            "The target limit is at most Rp 10,000,000,000 (POJK 57/2020).",
          ),
        },
      ),
    }),
    fundingMaxReturnBps: t.int({
      required: false,
      description: "The highest return a round may promise, in basis points (0-10000).",
      validate: z
        .number()
        .int()
        .min(0, bilingual("Batas imbal hasil tidak boleh negatif.", "The return limit cannot be negative."))
        .max(10_000, bilingual("Paling tinggi 100%.", "At most 100%.")),
    }),
    autoCompleteDays: t.int({
      required: false,
      description: "Days after shipping when an order the buyer has not confirmed completes by itself (1-30).",
      validate: z
        .number()
        .int()
        .min(
          1,
          bilingual(
            "Pesanan selesai otomatis paling cepat 1 hari setelah dikirim.",
            "Orders complete by themselves at the earliest 1 day after shipping.",
          ),
        )
        .max(
          30,
          bilingual(
            "Pesanan selesai otomatis paling lambat 30 hari setelah dikirim.",
            "Orders complete by themselves at the latest 30 days after shipping.",
          ),
        ),
    }),
  }),
});

const CooperativePayload = builder.simpleObject("CooperativePayload", {
  description: "The cooperative as it is now.",
  fields: (t) => ({ cooperative: t.field({ type: CooperativeRef, description: "The cooperative." }) }),
});

builder.mutationFields((t) => ({
  updateCooperativeBylaws: t.field({
    type: CooperativePayload,
    description:
      "Changes the by-laws' meeting rules (quorum, majority, who calls meetings), the refund on leaving and the " +
      "limits of funding rounds, as the members decided. Written to the audit log. Officers of the cooperative only.",
    errors: { types: [...commonErrors] },
    args: { input: t.arg({ type: UpdateBylawsInput }) },
    authScopes: (_root, { input }) => ({ cooperativeOfficer: input.cooperativeId.id }),
    resolve: async (_root, { input }, ctx) => ({
      cooperative: await updateBylaws(
        ctx.prisma,
        input.cooperativeId.id,
        {
          quorumPct: input.quorumPct,
          majorityPct: input.majorityPct,
          meetingCallers: input.meetingCallers,
          equityRefundOnLeaving: input.equityRefundOnLeaving,
          fundingMaxTargetIdr: input.fundingMaxTargetIdr == null ? null : BigInt(input.fundingMaxTargetIdr),
          fundingMaxReturnBps: input.fundingMaxReturnBps,
          autoCompleteDays: input.autoCompleteDays,
        },
        ctx.user!.id,
      ),
    }),
  }),
  addMember: t.field({
    type: MembershipPayload,
    description: "Admits a person of the cooperative's village as a member. Officers of the cooperative only.",
    errors: { types: [...commonErrors, AlreadyMemberError, PersonNotInVillageError, MemberNumberTakenError] },
    args: { input: t.arg({ type: AddMemberInput }) },
    authScopes: (_root, { input }) => ({ cooperativeOfficer: input.cooperativeId.id }),
    resolve: async (_root, { input }, ctx) => {
      return {
        membership: await addMember(ctx.prisma, {
          cooperativeId: input.cooperativeId.id,
          personId: input.personId.id,
          memberNumber: input.memberNumber ?? null,
        }),
      };
    },
  }),
  endMembership: t.field({
    type: MembershipPayload,
    description: "Ends a membership (status LEFT); the record is kept. Officers of the cooperative only.",
    errors: { types: [...commonErrors, MembershipAlreadyEndedError] },
    args: { input: t.arg({ type: EndMembershipInput }) },
    authScopes: async (_root, { input }, ctx) => {
      const membership = await ctx.prisma.membership.findUnique({
        where: { id: input.membershipId.id },
        select: { cooperativeId: true },
      });
      // An unknown ID answers NotFound to signed-in callers, without telling outsiders anything.
      return membership ? { cooperativeOfficer: membership.cooperativeId } : { loggedIn: true };
    },
    resolve: async (_root, { input }, ctx) => ({ membership: await endMembership(ctx.prisma, input.membershipId.id) }),
  }),
  setCooperativeContactPhone: t.field({
    type: CooperativePayload,
    description:
      "Sets the phone buyers and sellers reach the cooperative on (WhatsApp); empty removes it. Written to the audit " +
      "log. Officers of the cooperative only.",
    errors: { types: [...commonErrors] },
    args: {
      input: t.arg({
        type: builder.inputType("SetCooperativeContactPhoneInput", {
          description: "The cooperative and its contact phone.",
          fields: (f) => ({
            cooperativeId: f.globalID({ for: [CooperativeRef], description: "The cooperative." }),
            contactPhone: f.string({
              description: "E.g. 0812-3456-7890 or +62 812 3456 7890; stored in E.164. Empty removes it.",
              validate: optionalPhoneNumber(),
            }),
          }),
        }),
      }),
    },
    authScopes: (_root, { input }) => ({ cooperativeOfficer: input.cooperativeId.id }),
    resolve: async (_root, { input }, ctx) => ({
      cooperative: await setCooperativeContactPhone(
        ctx.prisma,
        input.cooperativeId.id,
        input.contactPhone || null,
        ctx.user!.id,
      ),
    }),
  }),
}));
