// The network of villages: link requests between village offices, what a village is known for, and adoptions of
// good practices with their outcome reports.
import { z } from "zod";

import { builder } from "../../builder.ts";
import { commonErrors } from "../common/error-types.ts";
import { bilingual, optionalText } from "../common/validation.ts";
import { VillageRef } from "../geography/types.ts";
import {
  NotAPracticeError,
  OwnPracticeError,
  PracticeAlreadyAdoptedError,
  SameVillageError,
  VillageLinkExistsError,
  VillageLinkNotPendingError,
} from "./errors.ts";
import {
  adoptPractice,
  decideVillageLink,
  reportPracticeAdoption,
  requestVillageLink,
  setVillageKnownFor,
} from "./service.ts";
import { PracticeAdoptionRef, PracticeAdoptionStatus, StoryRef, VillageLinkKind, VillageLinkRef } from "./types.ts";

const RequestVillageLinkInput = builder.inputType("RequestVillageLinkInput", {
  description: "A request from the caller's village office to link with another village.",
  fields: (t) => ({
    fromVillageId: t.globalID({ for: [VillageRef], description: "The caller's village." }),
    toVillageId: t.globalID({ for: [VillageRef], description: "The village asked to link." }),
    kind: t.field({ type: VillageLinkKind, description: "How they would be tied." }),
    note: t.string({
      description: "What they would do together, at most 1,000 characters.",
      validate: optionalText({ id: "Catatan", en: "Note" }, 1000),
    }),
  }),
});

const DecideVillageLinkInput = builder.inputType("DecideVillageLinkInput", {
  description: "The asked village office's answer to a link request.",
  fields: (t) => ({
    linkId: t.globalID({ for: [VillageLinkRef], description: "The pending request." }),
    accept: t.boolean({ description: "True accepts (the link becomes public), false declines." }),
  }),
});

const SetVillageKnownForInput = builder.inputType("SetVillageKnownForInput", {
  description: "What the village is known for in the network.",
  fields: (t) => ({
    villageId: t.globalID({ for: [VillageRef], description: "The village." }),
    knownFor: t.string({
      description: "A short public text, at most 300 characters; empty clears it.",
      validate: optionalText({ id: "Dikenal karena", en: "Known for" }, 300),
    }),
  }),
});

const AdoptPracticeInput = builder.inputType("AdoptPracticeInput", {
  description: "A village adopting another village's good practice.",
  fields: (t) => ({
    storyId: t.globalID({ for: [StoryRef], description: "The published practice." }),
    villageId: t.globalID({ for: [VillageRef], description: "The adopting village (the caller's)." }),
  }),
});

const ReportPracticeAdoptionInput = builder.inputType("ReportPracticeAdoptionInput", {
  description: "How an adopted practice went.",
  fields: (t) => ({
    adoptionId: t.globalID({ for: [PracticeAdoptionRef], description: "The adoption." }),
    status: t.field({ type: PracticeAdoptionStatus, description: "Still in progress, succeeded, or abandoned." }),
    outcome: t.string({
      description: "What happened, at most 2,000 characters.",
      validate: z
        .string()
        .trim()
        .min(1, bilingual("Ceritakan hasilnya.", "Say how it went."))
        .max(2000, bilingual("Hasil maksimal 2.000 karakter.", "Outcome: at most 2,000 characters.")),
    }),
  }),
});

const VillageLinkPayload = builder.simpleObject("VillageLinkPayload", {
  description: "The link request after the change.",
  fields: (t) => ({ link: t.field({ type: VillageLinkRef, description: "The link." }) }),
});
const SetVillageKnownForPayload = builder.simpleObject("SetVillageKnownForPayload", {
  description: "The village after the change.",
  fields: (t) => ({ village: t.field({ type: VillageRef, description: "The village." }) }),
});
const PracticeAdoptionPayload = builder.simpleObject("PracticeAdoptionPayload", {
  description: "The adoption after the change.",
  fields: (t) => ({ adoption: t.field({ type: PracticeAdoptionRef, description: "The adoption." }) }),
});

builder.mutationFields((t) => ({
  requestVillageLink: t.field({
    type: VillageLinkPayload,
    description:
      "Asks another village to link with the caller's village (officers of the from-village). The link is public once the other village's office accepts it.",
    errors: { types: [...commonErrors, SameVillageError, VillageLinkExistsError] },
    args: { input: t.arg({ type: RequestVillageLinkInput }) },
    authScopes: (_root, { input }) => ({ villageOfficer: input.fromVillageId.id }),
    resolve: async (_root, { input }, ctx) => ({
      link: await requestVillageLink(
        ctx.prisma,
        {
          fromVillageId: input.fromVillageId.id,
          toVillageId: input.toVillageId.id,
          kind: input.kind,
          note: input.note,
        },
        ctx.user!.id,
      ),
    }),
  }),
  decideVillageLink: t.field({
    type: VillageLinkPayload,
    description: "Accepts or declines a pending link request (officers of the asked village).",
    errors: { types: [...commonErrors, VillageLinkNotPendingError] },
    args: { input: t.arg({ type: DecideVillageLinkInput }) },
    authScopes: async (_root, { input }, ctx) => {
      const link = await ctx.prisma.villageLink.findUnique({
        where: { id: input.linkId.id },
        select: { toVillageId: true },
      });
      return link ? { villageOfficer: link.toVillageId } : false;
    },
    resolve: async (_root, { input }, ctx) => ({
      link: await decideVillageLink(ctx.prisma, { linkId: input.linkId.id, accept: input.accept }, ctx.user!.id),
    }),
  }),
  setVillageKnownFor: t.field({
    type: SetVillageKnownForPayload,
    description: "Sets what the village is known for in the network (village officers of that village).",
    errors: { types: commonErrors },
    args: { input: t.arg({ type: SetVillageKnownForInput }) },
    authScopes: (_root, { input }) => ({ villageOfficer: input.villageId.id }),
    resolve: async (_root, { input }, ctx) => ({
      village: await setVillageKnownFor(ctx.prisma, { villageId: input.villageId.id, knownFor: input.knownFor }),
    }),
  }),
  adoptPractice: t.field({
    type: PracticeAdoptionPayload,
    description: "Marks another village's published practice as adopted by the caller's village (its officers).",
    errors: { types: [...commonErrors, NotAPracticeError, OwnPracticeError, PracticeAlreadyAdoptedError] },
    args: { input: t.arg({ type: AdoptPracticeInput }) },
    authScopes: (_root, { input }) => ({ villageOfficer: input.villageId.id }),
    resolve: async (_root, { input }, ctx) => ({
      adoption: await adoptPractice(
        ctx.prisma,
        { storyId: input.storyId.id, villageId: input.villageId.id },
        ctx.user!.id,
      ),
    }),
  }),
  reportPracticeAdoption: t.field({
    type: PracticeAdoptionPayload,
    description: "Reports how an adopted practice went (officers of the adopting village).",
    errors: { types: commonErrors },
    args: { input: t.arg({ type: ReportPracticeAdoptionInput }) },
    authScopes: async (_root, { input }, ctx) => {
      const adoption = await ctx.prisma.practiceAdoption.findUnique({
        where: { id: input.adoptionId.id },
        select: { villageId: true },
      });
      return adoption ? { villageOfficer: adoption.villageId } : false;
    },
    resolve: async (_root, { input }, ctx) => ({
      adoption: await reportPracticeAdoption(ctx.prisma, {
        adoptionId: input.adoptionId.id,
        status: input.status,
        outcome: input.outcome,
      }),
    }),
  }),
}));
