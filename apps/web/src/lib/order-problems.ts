// Problem reports on orders as the buyer, the seller and the cooperative's officers see them: one fragment, labels.
import { graphql } from "./gql.ts";
import { m } from "./paraglide/messages.js";

/** One report, as every page that shows one reads it (order-problem-card.svelte). */
export const OrderProblemFields = graphql(`
  fragment OrderProblemFields on OrderProblem @_unmask {
    id
    kind
    description
    status
    hasPhoto
    sellerNote
    sellerAnsweredAt
    refund {
      amount
      currency
    }
    resolutionNote
    resolvedAt
    createdAt
    refundThroughPlatform
    refundable {
      amount
      currency
    }
  }
`);

/** What a report card and the report forms read of one report (a subset of OrderProblemFields). */
export interface OrderProblem {
  id: string;
  kind: ProblemKind;
  description: string;
  status: ProblemStatus;
  hasPhoto: boolean;
  sellerNote: string | null;
  refund: { amount: string; currency: string } | null;
  resolutionNote: string | null;
  resolvedAt: string | null;
  createdAt: string;
}

export type ProblemKind = "NOT_ARRIVED" | "DAMAGED" | "WRONG_OR_MISSING_ITEM" | "OTHER";
export type ProblemStatus = "OPEN" | "REFUNDED" | "CLOSED";

export const PROBLEM_KINDS: readonly ProblemKind[] = ["NOT_ARRIVED", "DAMAGED", "WRONG_OR_MISSING_ITEM", "OTHER"];

const KIND_LABELS: Record<ProblemKind, () => string> = {
  NOT_ARRIVED: m.problem_kind_NOT_ARRIVED,
  DAMAGED: m.problem_kind_DAMAGED,
  WRONG_OR_MISSING_ITEM: m.problem_kind_WRONG_OR_MISSING_ITEM,
  OTHER: m.problem_kind_OTHER,
};
const STATUS_LABELS: Record<ProblemStatus, () => string> = {
  OPEN: m.problem_status_OPEN,
  REFUNDED: m.problem_status_REFUNDED,
  CLOSED: m.problem_status_CLOSED,
};

export const problemKindLabel = (kind: ProblemKind): string => KIND_LABELS[kind]();
export const problemStatusLabel = (status: ProblemStatus): string => STATUS_LABELS[status]();

/** The database id inside a report's global ID (the photo route takes it), or null. */
export function problemUuid(globalId: string): string | null {
  try {
    const [type, id] = atob(globalId).split(":");
    return type === "OrderProblem" && id && /^[0-9a-f-]{36}$/i.test(id) ? id : null;
  } catch {
    return null;
  }
}
