// Registers this module's domain errors as GraphQL error types (the classes live in errors.ts).
import { builder } from "../../builder.ts";
import {
  ErrorInterface,
  registerMessageErrors,
  registerStatusError,
  registerTransitionError,
} from "../common/error-types.ts";
import {
  BusinessNotVerifiedError,
  ChecklistIncompleteError,
  CooperativeMismatchError,
  InvalidRoundTermsError,
  InvalidRoundTransitionError,
  IssuerCapExceededError,
  MeetingApprovalRequiredError,
  OfficerAlreadyApprovedError,
  RoundNotEditableError,
  RoundOutsideCooperativeLimitsError,
} from "./errors.ts";
import { FundingRoundStatus } from "./types.ts";

registerTransitionError(InvalidRoundTransitionError, {
  name: "InvalidRoundTransitionError",
  description: "The round cannot move from its current status to the one asked for.",
  status: FundingRoundStatus,
});

registerStatusError(RoundNotEditableError, {
  name: "RoundNotEditableError",
  description: "Only a DRAFT round can be edited; an open round's terms are fixed.",
  status: FundingRoundStatus,
  field: "The round's status.",
});

builder.objectType(InvalidRoundTermsError, {
  name: "InvalidRoundTermsError",
  description:
    "Amounts or dates of the round do not fit together (min ≤ max ≤ target ≤ Rp 10 billion; closes after it opens).",
  interfaces: [ErrorInterface],
  fields: (t) => ({ field: t.exposeString("field", { description: "The input field at fault." }) }),
});

builder.objectType(IssuerCapExceededError, {
  name: "IssuerCapExceededError",
  description: "The business would raise more than Rp 10 billion in one year (POJK 57/2020 issuer cap).",
  interfaces: [ErrorInterface],
  fields: (t) => ({
    cap: t.string({ description: "The yearly cap in whole rupiah.", resolve: (e) => e.capIdr.toString() }),
    used: t.string({
      description: "Targets of rounds already opened that year, in whole rupiah.",
      resolve: (e) => e.usedIdr.toString(),
    }),
    requested: t.string({
      description: "This round's target, in whole rupiah.",
      resolve: (e) => e.requestedIdr.toString(),
    }),
    year: t.exposeInt("year", { description: "The year (WIB) counted." }),
  }),
});

registerMessageErrors([
  [
    CooperativeMismatchError,
    "CooperativeMismatchError",
    "The round must be administered by the business's own cooperative.",
  ],
  [
    BusinessNotVerifiedError,
    "BusinessNotVerifiedError",
    "The business's owner is not verified as a returnee yet; its rounds cannot be approved.",
  ],
  [
    MeetingApprovalRequiredError,
    "MeetingApprovalRequiredError",
    "A members-only round needs a carried APPROVE_FUNDING_ROUND motion of a members' meeting naming it.",
  ],
  [
    OfficerAlreadyApprovedError,
    "OfficerAlreadyApprovedError",
    "This officer already approved this submission; the second approval must come from another officer.",
  ],
]);

builder.objectType(ChecklistIncompleteError, {
  name: "ChecklistIncompleteError",
  description: "Approving needs every checklist item ticked.",
  interfaces: [ErrorInterface],
  fields: (t) => ({ missing: t.exposeStringList("missing", { description: "The items not ticked." }) }),
});

builder.objectType(RoundOutsideCooperativeLimitsError, {
  name: "RoundOutsideCooperativeLimitsError",
  description: "The round's target or return exceeds what the cooperative's by-law lets it administer.",
  interfaces: [ErrorInterface],
  fields: (t) => ({
    maxTarget: t.string({ description: "Largest target, whole rupiah.", resolve: (e) => e.maxTargetIdr.toString() }),
    maxReturnBps: t.exposeInt("maxReturnBps", { description: "Highest return, in basis points." }),
  }),
});
