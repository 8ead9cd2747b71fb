import { fail, redirect } from "@sveltejs/kit";

import { formValues } from "#lib/forms/fields.ts";
import { submit } from "#lib/forms/mutate.ts";
import { MutationErrors } from "#lib/forms/mutation-errors.ts";
import { graphql } from "#lib/gql.ts";
import { createApiClient, runQuery } from "#lib/graphql.ts";
import { checkNodeId, loadCooperative, requireOfficer } from "#lib/koperasi/access.ts";
import { readShuAsk, type ShuAsk } from "#lib/koperasi/shu-form.ts";
import { m } from "#lib/paraglide/messages.js";

import type { Actions, PageServerLoad } from "./$types";

const ShuPageQuery = graphql(`
  query CoopShuPage($slug: String!) {
    cooperative(slug: $slug) {
      id
      shuPolicy {
        reservePct
        membersPct
        boardPct
        staffPct
        educationPct
        socialPct
        juaPctOfMembers
        jmaPctOfMembers
      }
      shuRuns(first: 100) {
        edges {
          node {
            id
            fiscalYear
            reversed
            createdAt
            surplus {
              amount
              currency
            }
            reserve {
              amount
              currency
            }
            members {
              amount
              currency
            }
            adoptedBy {
              id
              meeting {
                id
                title
              }
            }
          }
        }
      }
    }
  }
`);

/** Whether the year's RAT adopted the annual report (the API runs SHU only then, for exactly that surplus). */
const AdoptionQuery = graphql(`
  query CoopShuAdoption($slug: String!, $fiscalYear: Int!) {
    cooperative(slug: $slug) {
      id
      adoptedAnnualReport(fiscalYear: $fiscalYear) {
        id
        surplus {
          amount
          currency
        }
        meeting {
          id
          title
        }
      }
      annualMeeting(fiscalYear: $fiscalYear) {
        id
        title
        status
      }
    }
  }
`);

const ShuPreviewQuery = graphql(`
  query CoopShuPreview($cooperativeId: ID!, $fiscalYear: Int!, $surplusIdr: String!) {
    shuPreview(cooperativeId: $cooperativeId, fiscalYear: $fiscalYear, surplusIdr: $surplusIdr) {
      reserve {
        amount
        currency
      }
      members {
        amount
        currency
      }
      board {
        amount
        currency
      }
      staff {
        amount
        currency
      }
      education {
        amount
        currency
      }
      social {
        amount
        currency
      }
      jua {
        amount
        currency
      }
      jma {
        amount
        currency
      }
      memberShares {
        memberNumber
        fullName
        transactions {
          amount
          currency
        }
        savings {
          amount
          currency
        }
        jua {
          amount
          currency
        }
        jma {
          amount
          currency
        }
      }
    }
  }
`);

const RunShu = graphql(
  `
    mutation CoopRunShu($input: RunShuInput!) {
      runShu(input: $input) {
        __typename
        ...MutationErrors
      }
    }
  `,
  [MutationErrors],
);

const ReverseShu = graphql(`
  mutation CoopReverseShu($input: ReverseShuInput!) {
    reverseShu(input: $input) {
      __typename
      ... on Error {
        message
      }
    }
  }
`);

/**
 * The SHU page: the by-law split, past runs, and, when the GET form asked for one
 * (`?tahun=2026&shu=12500000`), a preview of what a run would post. Nothing is posted on load.
 */
export const load: PageServerLoad = async (event) => {
  const { cooperative, role } = await event.parent();
  requireOfficer(event, role);
  const client = createApiClient(event);
  const page = await runQuery(client, ShuPageQuery, { slug: cooperative.slug });
  const ask = readShuAsk(event.url.searchParams);
  let preview = null;
  let previewError: string | null = null;
  if (ask.valid) {
    const result = await client
      .query(ShuPreviewQuery, { cooperativeId: cooperative.id, fiscalYear: ask.fiscalYear, surplusIdr: ask.surplusIdr })
      .toPromise();
    if (result.data?.shuPreview) preview = result.data.shuPreview;
    else {
      // A query has no typed errors: the API masks the reason (most often no active members yet).
      console.error("shuPreview failed:", result.error);
      previewError = result.error?.networkError ? m.commerce_api_unavailable() : m.coop_shu_preview_failed();
    }
  }
  const runs = page.cooperative?.shuRuns.edges.map((edge) => edge.node) ?? [];
  const confirmId = event.url.searchParams.get("batalkan");
  const adoption = ask.valid
    ? (await runQuery(client, AdoptionQuery, { slug: cooperative.slug, fiscalYear: ask.fiscalYear })).cooperative
    : null;
  return {
    policy: page.cooperative?.shuPolicy ?? null,
    runs,
    ask: ask as ShuAsk,
    preview,
    previewError,
    ran: event.url.searchParams.get("dijalankan"),
    reversedNotice: event.url.searchParams.has("dibatalkan"),
    confirmRun: runs.find((run) => run.id === confirmId && !run.reversed) ?? null,
    liveRunForYear: ask.valid ? (runs.find((run) => run.fiscalYear === ask.fiscalYear && !run.reversed) ?? null) : null,
    /** The year's RAT adoption: the run is offered only when it adopted exactly the surplus asked for. */
    adopted: adoption?.adoptedAnnualReport ?? null,
    annualMeeting: adoption?.annualMeeting ?? null,
  };
};

export const actions: Actions = {
  /**
   * Posts the previewed run. The API runs a year once and answers a repeat with the same amount with
   * the same run, so a double submit (or a resent POST) is one run; another amount is ShuAlreadyRunError.
   */
  jalankan: async (event) => {
    const { cooperative, role } = await loadCooperative(event);
    requireOfficer(event, role);
    const values = formValues(await event.request.formData(), ["fiscalYear", "surplus"] as const);
    const ask = readShuAsk(new URLSearchParams({ tahun: values.fiscalYear, shu: values.surplus }));
    if (!ask.valid) return fail(400, { action: "jalankan" as const, values, errors: { fields: ask.errors } });
    const input = { cooperativeId: cooperative.id, fiscalYear: ask.fiscalYear, surplusIdr: ask.surplusIdr };
    const outcome = await submit(
      event,
      RunShu,
      { input },
      { action: "jalankan" as const, values },
      (data) => data.runShu,
      (name: string) =>
        ({
          fiscalYear: "fiscalYear",
          ShuAlreadyRunError: "fiscalYear",
          ShuNotAdoptedError: "fiscalYear",
          ShuAmountNotAdoptedError: "surplus",
          surplusIdr: "surplus",
        })[name],
    );
    if ("failure" in outcome) return outcome.failure;
    redirect(303, `/koperasi/${cooperative.slug}/shu?dijalankan=${ask.fiscalYear}`);
  },

  /** Reverses a whole run with one reversing entry, after the confirm step (`?batalkan=<run>`). */
  batalkan: async (event) => {
    const { cooperative, role } = await loadCooperative(event);
    requireOfficer(event, role);
    const values = formValues(await event.request.formData(), ["shuRunId", "confirm"] as const);
    const shuRunId = checkNodeId(values.shuRunId);
    if (values.confirm !== "yes") {
      return fail(400, {
        action: "batalkan" as const,
        values,
        errors: { fields: { confirm: m.coop_reverse_confirm_required() } },
      });
    }
    const outcome = await submit(
      event,
      ReverseShu,
      { input: { shuRunId } },
      { action: "batalkan" as const, values },
      (data) => data.reverseShu,
    );
    if ("failure" in outcome) return outcome.failure;
    redirect(303, `/koperasi/${cooperative.slug}/shu?dibatalkan=1`);
  },
};
