import { randomUUID } from "node:crypto";

import { graphql } from "#lib/gql.ts";
import { createApiClient, runQuery } from "#lib/graphql.ts";
import { loadCooperative, requireOfficer } from "#lib/koperasi/access.ts";
import { closeProblemAction, refundProblemAction } from "#lib/order-problem-actions.server.ts";
import { OrderProblemFields } from "#lib/order-problems.ts";

import type { Actions, PageServerLoad } from "./$types";

type Status = "OPEN" | "REFUNDED" | "CLOSED";
/** The filter in the address, in the page's words: ?status=dikembalikan etc. */
const FILTERS: Record<string, Status | null> = {
  "": "OPEN",
  ditangani: "OPEN",
  dikembalikan: "REFUNDED",
  ditutup: "CLOSED",
  semua: null,
};

const QueueQuery = graphql(
  `
    query CoopOrderProblems($slug: String!, $status: OrderProblemStatus) {
      cooperative(slug: $slug) {
        id
        orderProblems(first: 50, status: $status) {
          totalCount
          edges {
            node {
              ...OrderProblemFields
              order {
                number
                businessName
                total {
                  amount
                  currency
                }
              }
            }
          }
        }
      }
    }
  `,
  [OrderProblemFields],
);

/** The officers' queue of problem reports: open ones first (or ?status=dikembalikan / ditutup / semua). */
export const load: PageServerLoad = async (event) => {
  const { cooperative, role } = await event.parent();
  requireOfficer(event, role);
  const filter = event.url.searchParams.get("status") ?? "";
  const status = filter in FILTERS ? FILTERS[filter]! : "OPEN";
  const data = await runQuery(createApiClient(event), QueueQuery, { slug: cooperative.slug, status });
  const problems = data.cooperative?.orderProblems.edges.map((e) => e.node) ?? [];
  return {
    problems,
    filter: filter in FILTERS ? filter || "ditangani" : "ditangani",
    // One key per report and render: a double submit refunds (or closes) once.
    keys: Object.fromEntries(problems.map((p) => [p.id, randomUUID()])),
  };
};

export const actions: Actions = {
  kembalikan: async (event) => {
    const { role } = await loadCooperative(event);
    requireOfficer(event, role);
    return refundProblemAction(event);
  },
  tutup: async (event) => {
    const { role } = await loadCooperative(event);
    requireOfficer(event, role);
    return closeProblemAction(event);
  },
};
