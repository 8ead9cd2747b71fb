import { fail, redirect } from "@sveltejs/kit";

import { parseRupiah } from "#lib/forms/amounts.ts";
import { formValues, parseWholeNumber } from "#lib/forms/fields.ts";
import { submit } from "#lib/forms/mutate.ts";
import { MutationErrors } from "#lib/forms/mutation-errors.ts";
import { graphql } from "#lib/gql.ts";
import { createApiClient, runQuery } from "#lib/graphql.ts";
import { loadCooperative, requireOfficer } from "#lib/koperasi/access.ts";
import { m } from "#lib/paraglide/messages.js";

import type { Actions, PageServerLoad } from "./$types";

const BylawsQuery = graphql(`
  query CoopBylaws($slug: String!) {
    cooperative(slug: $slug) {
      id
      bylaws {
        quorumPct
        majorityPct
        meetingCallers
        equityRefundOnLeaving
        fundingMaxTarget {
          amount
          currency
        }
        fundingMaxReturnBps
        autoCompleteDays
      }
    }
  }
`);

const UpdateBylaws = graphql(
  `
    mutation CoopUpdateBylaws($input: UpdateCooperativeBylawsInput!) {
      updateCooperativeBylaws(input: $input) {
        __typename
        ...MutationErrors
      }
    }
  `,
  [MutationErrors],
);

/** The by-laws' meeting rules are public, like the by-laws; officers change them as the members decided. */
export const load: PageServerLoad = async (event) => {
  const { cooperative } = await event.parent();
  const data = await runQuery(createApiClient(event), BylawsQuery, { slug: cooperative.slug });
  return { bylaws: data.cooperative?.bylaws ?? null, saved: event.url.searchParams.has("disimpan") };
};

const FIELDS = [
  "quorumPct",
  "majorityPct",
  "meetingCallers",
  "equityRefundOnLeaving",
  "fundingMaxTargetIdr",
  "fundingMaxReturnPercent",
  "autoCompleteDays",
] as const;

export const actions: Actions = {
  simpan: async (event) => {
    const { cooperative, role } = await loadCooperative(event);
    requireOfficer(event, role);
    const values = formValues(await event.request.formData(), FIELDS);
    const quorumPct = parseWholeNumber(values.quorumPct);
    const majorityPct = parseWholeNumber(values.majorityPct);
    // The funding limits may be left empty (unchanged); anything typed must be a whole number.
    const maxReturnPercent = values.fundingMaxReturnPercent.trim()
      ? parseWholeNumber(values.fundingMaxReturnPercent)
      : undefined;
    // Left empty (a form from before this field), the by-law stays as it is.
    const autoCompleteDays = values.autoCompleteDays.trim() ? parseWholeNumber(values.autoCompleteDays) : undefined;
    const fields: Record<string, string> = {};
    if (autoCompleteDays === null) fields.autoCompleteDays = m.coop_bylaws_number();
    if (quorumPct === null) fields.quorumPct = m.coop_bylaws_number();
    if (majorityPct === null) fields.majorityPct = m.coop_bylaws_number();
    if (maxReturnPercent === null) fields.fundingMaxReturnPercent = m.coop_bylaws_number();
    if (quorumPct === null || majorityPct === null || maxReturnPercent === null || autoCompleteDays === null) {
      return fail(400, { action: "simpan" as const, values, errors: { fields } });
    }
    const input = {
      cooperativeId: cooperative.id,
      quorumPct,
      majorityPct,
      meetingCallers: values.meetingCallers === "OFFICERS_AND_MEMBERS" ? "OFFICERS_AND_MEMBERS" : "OFFICERS",
      equityRefundOnLeaving: values.equityRefundOnLeaving === "on",
      fundingMaxTargetIdr: values.fundingMaxTargetIdr.trim() ? parseRupiah(values.fundingMaxTargetIdr) : null,
      fundingMaxReturnBps: maxReturnPercent === undefined ? null : maxReturnPercent * 100,
      autoCompleteDays: autoCompleteDays ?? null,
    } as const;
    const outcome = await submit(
      event,
      UpdateBylaws,
      { input },
      { action: "simpan" as const, values },
      (data) => data.updateCooperativeBylaws,
      (name: string) =>
        name === "fundingMaxReturnBps"
          ? "fundingMaxReturnPercent"
          : (FIELDS as readonly string[]).includes(name)
            ? name
            : undefined,
    );
    if ("failure" in outcome) return outcome.failure;
    redirect(303, `/koperasi/${cooperative.slug}/anggaran-dasar?disimpan=1`);
  },
};
