// Registers this module's domain errors as GraphQL error types (the classes live in errors.ts).
import { builder } from "../../builder.ts";
import { ErrorInterface } from "../common/error-types.ts";
import { FundingRoundStatus } from "../funding/types.ts";
import {
  DisclosureNotAcceptedError,
  IncomeNotDeclaredError,
  InvalidRoundStateError,
  InvestmentCapExceededError,
  MembersOnlyRoundError,
  RoundNotOpenError,
  RoundOversubscribedError,
  TicketOutOfRangeError,
} from "./errors.ts";

const rupiahString = (v: bigint) => v.toString();

builder.objectType(RoundNotOpenError, {
  name: "RoundNotOpenError",
  description: "The round is not open for pledges.",
  interfaces: [ErrorInterface],
  fields: (t) => ({ status: t.expose("status", { type: FundingRoundStatus, description: "The round's status." }) }),
});

builder.objectType(TicketOutOfRangeError, {
  name: "TicketOutOfRangeError",
  description: "The household's total in the round must stay between the min and max ticket.",
  interfaces: [ErrorInterface],
  fields: (t) => ({
    minIdr: t.string({ description: "Smallest pledge.", resolve: (e) => rupiahString(e.minIdr) }),
    maxIdr: t.string({ description: "Largest total per household.", resolve: (e) => rupiahString(e.maxIdr) }),
  }),
});

builder.objectType(RoundOversubscribedError, {
  name: "RoundOversubscribedError",
  description: "The pledge would take the round past its target.",
  interfaces: [ErrorInterface],
  fields: (t) => ({
    remainingIdr: t.string({ description: "What can still be pledged.", resolve: (e) => rupiahString(e.remainingIdr) }),
  }),
});

builder.objectType(IncomeNotDeclaredError, {
  name: "IncomeNotDeclaredError",
  description: "Public rounds need the household's declared yearly income (OJK cap).",
  interfaces: [ErrorInterface],
});

builder.objectType(MembersOnlyRoundError, {
  name: "MembersOnlyRoundError",
  description: "The round is open only to members of its cooperative, and no one in the household is an active member.",
  interfaces: [ErrorInterface],
  fields: (t) => ({
    cooperativeName: t.exposeString("cooperativeName", { description: "The cooperative to join to take part." }),
  }),
});

builder.objectType(InvestmentCapExceededError, {
  name: "InvestmentCapExceededError",
  description: "The OJK per-investor yearly cap (POJK 57/2020) would be exceeded.",
  interfaces: [ErrorInterface],
  fields: (t) => ({
    limitIdr: t.string({ description: "The yearly cap.", resolve: (e) => rupiahString(e.limitIdr) }),
    usedIdr: t.string({
      description: "Already pledged to public rounds this year.",
      resolve: (e) => rupiahString(e.usedIdr),
    }),
  }),
});

builder.objectType(DisclosureNotAcceptedError, {
  name: "DisclosureNotAcceptedError",
  description:
    "The pledge did not accept the risk statement in force (none named, or an older version); nothing was pledged.",
  interfaces: [ErrorInterface],
  fields: (t) => ({
    currentVersion: t.exposeString("currentVersion", { description: "The version in force, to read and accept." }),
    acceptedVersion: t.exposeString("acceptedVersion", {
      nullable: true,
      description: "The version the pledge named.",
    }),
  }),
});

builder.objectType(InvalidRoundStateError, {
  name: "InvalidRoundStateError",
  description: "The round's status does not allow this action.",
  interfaces: [ErrorInterface],
  fields: (t) => ({ status: t.expose("status", { type: FundingRoundStatus, description: "The round's status." }) }),
});
