import { z } from "zod";

import { builder } from "../../builder.ts";
import { commonErrors, ErrorInterface, NotFoundError } from "../common/errors.ts";
import {
  AlreadyMemberError,
  MemberNumberTakenError,
  MembershipAlreadyEndedError,
  PersonNotInVillageError,
} from "./errors.ts";
import { addMember, endMembership } from "./service.ts";
import { CooperativeRef, MembershipRef, MembershipStatus } from "./types.ts";

builder.objectType(AlreadyMemberError, {
  name: "AlreadyMemberError",
  description: "The person already has a membership in this cooperative (one per person, kept after leaving).",
  interfaces: [ErrorInterface],
  fields: (t) => ({
    memberNumber: t.exposeString("memberNumber", { description: "Their existing member number." }),
    status: t.expose("status", { type: MembershipStatus, description: "Status of the existing membership." }),
  }),
});
builder.objectType(PersonNotInVillageError, {
  name: "PersonNotInVillageError",
  description: "The person is not registered in the cooperative's village.",
  interfaces: [ErrorInterface],
});
builder.objectType(MemberNumberTakenError, {
  name: "MemberNumberTakenError",
  description: "The member number is already used in this cooperative.",
  interfaces: [ErrorInterface],
  fields: (t) => ({ memberNumber: t.exposeString("memberNumber", { description: "The number asked for." }) }),
});
builder.objectType(MembershipAlreadyEndedError, {
  name: "MembershipAlreadyEndedError",
  description: "The membership has already ended.",
  interfaces: [ErrorInterface],
});

const AddMemberInput = builder.inputType("AddMemberInput", {
  description: "A person of the village joining the cooperative.",
  fields: (t) => ({
    cooperativeId: t.globalID({ for: [CooperativeRef], description: "The cooperative." }),
    personId: t.globalID({ description: "The person joining (a Person ID)." }),
    memberNumber: t.string({
      required: false,
      description: "Member number; the next free number is used when omitted.",
      validate: z
        .string()
        .trim()
        .min(1, "Nomor anggota wajib diisi.")
        .max(40, "Nomor anggota paling banyak 40 karakter."),
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

builder.mutationFields((t) => ({
  addMember: t.field({
    type: MembershipPayload,
    description: "Admits a person of the cooperative's village as a member. Officers of the cooperative only.",
    errors: { types: [...commonErrors, AlreadyMemberError, PersonNotInVillageError, MemberNumberTakenError] },
    args: { input: t.arg({ type: AddMemberInput }) },
    authScopes: (_root, { input }) => ({ cooperativeOfficer: input.cooperativeId.id }),
    resolve: async (_root, { input }, ctx) => {
      if (input.personId.typename !== "Person") throw new NotFoundError("Person");
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
}));
