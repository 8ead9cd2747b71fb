// Verifying a business owner as a returnee, shared by the cooperative's review page and the village office: the
// returnee candidates for `?usaha=<business>&cari=<name>`, and the form action that verifies.
import { fail, type RequestEvent } from "@sveltejs/kit";

import { errorsFrom } from "./forms/errors.ts";
import { formValues } from "./forms/fields.ts";
import { mutate } from "./forms/mutate.ts";
import { MutationErrors } from "./forms/mutation-errors.ts";
import { graphql, type ResultOf } from "./gql.ts";
import { createApiClient, runQuery } from "./graphql.ts";

/**
 * The village's businesses whose owner is not verified yet, selected once for both pages that verify
 * (`@_unmask`: the pages read the edges straight off their query's result).
 */
export const BusinessesToVerify = graphql(`
  fragment BusinessesToVerify on Village @_unmask {
    businessesToVerify(first: 50) {
      edges {
        node {
          id
          name
          slug
          ownerName
        }
      }
    }
  }
`);

/** The list of businesses to verify from a village selected with `...BusinessesToVerify`. */
export const businessesToVerify = (village: ResultOf<typeof BusinessesToVerify> | null | undefined) =>
  village?.businessesToVerify.edges.map((edge) => edge.node) ?? [];

const CandidatesQuery = graphql(`
  query ReturneeCandidates($villageId: ID!, $search: String!) {
    node(id: $villageId) {
      ... on Village {
        returneeCandidates(search: $search) {
          personId
          fullName
          returnedAt
        }
      }
    }
  }
`);

const VerifyReturnee = graphql(
  `
    mutation VerifyReturnee($input: VerifyReturneeInput!) {
      verifyReturnee(input: $input) {
        __typename
        ...MutationErrors
      }
    }
  `,
  [MutationErrors],
);

export interface CandidateSearch {
  businessId: string;
  search: string;
  candidates: { personId: string; fullName: string; returnedAt: string | null }[];
}

/** The registry search one business's verification form asked for, or null when none was asked. */
export async function searchCandidates(
  event: Pick<RequestEvent, "cookies" | "fetch" | "url">,
  villageId: string,
): Promise<CandidateSearch | null> {
  const businessId = event.url.searchParams.get("usaha") ?? "";
  const search = (event.url.searchParams.get("cari") ?? "").trim().slice(0, 80);
  if (!businessId || search.length < 2) return null;
  const data = await runQuery(createApiClient(event), CandidatesQuery, { villageId, search });
  const village = data.node && "returneeCandidates" in data.node ? data.node : null;
  return { businessId, search, candidates: village?.returneeCandidates ?? [] };
}

/** The `verifikasi` form action: businessId, personId and the officer's note. */
export async function verifyAction(event: RequestEvent) {
  const values = formValues(await event.request.formData(), ["businessId", "personId", "note"]);
  const keep = { action: "verifikasi" as const, values };
  const outcome = await mutate(event, VerifyReturnee, { input: values }, keep);
  if ("failure" in outcome) return outcome.failure;
  const result = outcome.data.verifyReturnee;
  if (result.__typename !== "MutationVerifyReturneeSuccess")
    return fail(400, {
      ...keep,
      errors: errorsFrom(result, (name) => (name === "note" || name === "personId" ? name : undefined)),
    });
  return { action: "verifikasi" as const, done: true };
}
