import { error, fail, redirect } from "@sveltejs/kit";

import { mutate } from "#lib/forms/mutate.ts";
import { MutationErrors } from "#lib/forms/mutation-errors.ts";
import { graphql } from "#lib/gql.ts";
import { createApiClient, runQuery } from "#lib/graphql.ts";
import { PageInfoFields } from "#lib/page-info-fields.ts";
import { pageLinks, readPageArgs } from "#lib/pagination.ts";
import { m } from "#lib/paraglide/messages.js";
import { redirectToSignIn, requireSession } from "#lib/session.ts";

import type { Actions, PageServerLoad, RequestEvent } from "./$types";

const PAGE_SIZE = 50;
const MAX_BYTES = 1_000_000;

const PlacementAgencyListQuery = graphql(
  `
    query PlacementAgencyList($search: String, $first: Int, $after: String, $last: Int, $before: String) {
      viewer {
        id
        isPlatformAdmin
      }
      placementAgencies(search: $search, first: $first, after: $after, last: $last, before: $before) {
        pageInfo {
          ...PageInfoFields
        }
        edges {
          node {
            id
            licenceNumber
            name
            city
            licenceValidFrom
            licenceValidUntil
            licensedToday
          }
        }
      }
    }
  `,
  [PageInfoFields],
);

const ImportPlacementAgencies = graphql(
  `
    mutation ImportPlacementAgencies($input: ImportPlacementAgenciesInput!) {
      importPlacementAgencies(input: $input) {
        __typename
        ... on MutationImportPlacementAgenciesSuccess {
          data {
            created
            updated
          }
        }
        ... on AgencyImportError {
          problems {
            line
            message
          }
        }
        ...MutationErrors
      }
    }
  `,
  [MutationErrors],
);

/** The platform admin, or a sign-in redirect (no session) or 403 (not an admin). */
async function requireAdmin(
  event: Pick<RequestEvent, "cookies" | "fetch" | "url">,
  search: string | null,
  page = readPageArgs(event.url.searchParams, PAGE_SIZE),
) {
  requireSession(event);
  const data = await runQuery(createApiClient(event), PlacementAgencyListQuery, { search, ...page });
  if (!data.viewer) return redirectToSignIn(event.url);
  if (!data.viewer.isPlatformAdmin) error(403, "Platform admins only");
  return { data, page };
}

/** "3-9" in the address after an import: 3 added, 9 updated. */
function readImported(value: string | null) {
  const match = /^(\d{1,5})-(\d{1,5})$/.exec(value ?? "");
  return match ? { created: Number(match[1]), updated: Number(match[2]) } : null;
}

export const load: PageServerLoad = async (event) => {
  const cari = (event.url.searchParams.get("cari") ?? "").trim().slice(0, 100);
  const { data, page } = await requireAdmin(event, cari || null);
  return {
    cari,
    agencies: data.placementAgencies.edges.map(({ node }) => node),
    links: pageLinks(event.url, page, data.placementAgencies.pageInfo),
    imported: readImported(event.url.searchParams.get("diimpor")),
  };
};

export const actions: Actions = {
  /** Imports the uploaded CSV: all rows or none. */
  impor: async (event) => {
    await requireAdmin(event, null, { first: 1 });
    const file = (await event.request.formData()).get("csv");
    const keep = { action: "impor" as const, values: {}, problems: [] as { line: number; message: string }[] };
    if (!(file instanceof File) || file.size === 0 || file.size > MAX_BYTES)
      return fail(400, { ...keep, errors: { fields: { csv: m.agencies_file_required() } } });
    const csv = await file.text();
    const outcome = await mutate(event, ImportPlacementAgencies, { input: { csv } }, keep);
    if ("failure" in outcome) return outcome.failure;
    const result = outcome.data.importPlacementAgencies;
    if (result.__typename === "MutationImportPlacementAgenciesSuccess") {
      redirect(303, `/admin/agen-penempatan?diimpor=${result.data.created}-${result.data.updated}`);
    }
    const problems = result.__typename === "AgencyImportError" ? result.problems : [];
    return fail(400, { ...keep, problems, errors: { form: result.message, fields: {} } });
  },
};
