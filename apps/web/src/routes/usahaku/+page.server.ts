import { redirect } from "@sveltejs/kit";

import { formValues, parseWholeNumber } from "#lib/forms/fields.ts";
import { submit } from "#lib/forms/mutate.ts";
import { MutationErrors } from "#lib/forms/mutation-errors.ts";
import { graphql } from "#lib/gql.ts";
import { createApiClient, runQuery } from "#lib/graphql.ts";
import { requireSession } from "#lib/session.ts";
import { requireMyBusiness } from "#lib/usahaku/my-business.server.ts";

import type { Actions, PageServerLoad } from "./$types";

const PlacesQuery = graphql(`
  query RegisterBusinessPlaces {
    villages(first: 100) {
      edges {
        node {
          id
          name
          regency {
            name
          }
        }
      }
    }
    cooperatives(first: 100) {
      edges {
        node {
          id
          name
          village {
            id
            name
          }
        }
      }
    }
  }
`);

const OverviewQuery = graphql(`
  query BusinessOverview($id: ID!) {
    node(id: $id) {
      __typename
      ... on Business {
        id
        returneeVerified
        returneeVerifiedAt
        cooperativeRequests {
          status
          reason
          createdAt
          cooperative {
            name
          }
        }
        allProducts(first: 1) {
          totalCount
        }
        orders(first: 1, status: PENDING_PAYMENT) {
          totalCount
        }
        paid: orders(first: 1, status: PAID) {
          totalCount
        }
        confirmed: orders(first: 1, status: CONFIRMED) {
          totalCount
        }
      }
    }
  }
`);

const RegisterBusiness = graphql(
  `
    mutation RegisterBusiness($input: RegisterBusinessInput!) {
      registerBusiness(input: $input) {
        __typename
        ...MutationErrors
      }
    }
  `,
  [MutationErrors],
);

const UpdateBusiness = graphql(
  `
    mutation UpdateBusiness($input: UpdateBusinessInput!) {
      updateBusiness(input: $input) {
        __typename
        ...MutationErrors
      }
    }
  `,
  [MutationErrors],
);

export const load: PageServerLoad = async (event) => {
  const { business } = await event.parent();
  const client = createApiClient(event);
  // Without an accepted cooperative, the owner may ask one of the village's (the places list has them).
  const places = business?.cooperative ? null : await runQuery(client, PlacesQuery, {});
  const overview = business ? await runQuery(client, OverviewQuery, { id: business.id }) : null;
  const counts = overview?.node?.__typename === "Business" ? overview.node : null;
  return {
    villages: places?.villages.edges.map((edge) => edge.node) ?? [],
    cooperatives: (places?.cooperatives.edges.map((edge) => edge.node) ?? []).filter(
      (cooperative) => !business || cooperative.village.id === business.village.id,
    ),
    counts: counts
      ? {
          products: counts.allProducts.totalCount,
          toHandle: counts.orders.totalCount + counts.paid.totalCount + counts.confirmed.totalCount,
        }
      : null,
    trust: counts
      ? {
          verifiedAt: counts.returneeVerified ? counts.returneeVerifiedAt : null,
          // Newest first: the request that says where the business stands now.
          request: counts.cooperativeRequests[0] ?? null,
        }
      : null,
    saved: event.url.searchParams.has("tersimpan"),
  };
};

const BUSINESS_FIELDS = ["name", "story", "employees", "villageId", "cooperativeId"] as const;
// The cooperative error is about the chosen cooperative.
const businessField = (name: string) =>
  name === "CooperativeNotInVillageError"
    ? "cooperativeId"
    : (BUSINESS_FIELDS as readonly string[]).includes(name)
      ? name
      : undefined;

export const actions: Actions = {
  /** Registers the returnee's business (only offered while they have none). */
  daftar: async (event) => {
    requireSession(event);
    const values = formValues(await event.request.formData(), BUSINESS_FIELDS);
    const input = {
      name: values.name,
      story: values.story,
      employees: parseWholeNumber(values.employees || "0") ?? -1,
      villageId: values.villageId,
      cooperativeId: values.cooperativeId || null,
    };
    const outcome = await submit(
      event,
      RegisterBusiness,
      { input },
      { action: "daftar" as const, values },
      (data) => data.registerBusiness,
      businessField,
    );
    if ("failure" in outcome) return outcome.failure;
    redirect(303, "/usahaku?tersimpan=1");
  },

  /** Saves the business profile. */
  profil: async (event) => {
    const business = await requireMyBusiness(event);
    const values = formValues(await event.request.formData(), BUSINESS_FIELDS);
    const input = {
      businessId: business.id,
      name: values.name,
      story: values.story,
      employees: parseWholeNumber(values.employees || "0") ?? -1,
    };
    const outcome = await submit(
      event,
      UpdateBusiness,
      { input },
      { action: "profil" as const, values },
      (data) => data.updateBusiness,
      businessField,
    );
    if ("failure" in outcome) return outcome.failure;
    return { action: "profil" as const, saved: true };
  },

  koperasi: async (event) => {
    const business = await requireMyBusiness(event);
    const values = formValues(await event.request.formData(), ["cooperativeId"]);
    const input = { businessId: business.id, cooperativeId: values.cooperativeId };
    const outcome = await submit(
      event,
      UpdateBusiness,
      { input },
      { action: "koperasi" as const, values },
      (data) => data.updateBusiness,
      () => undefined,
    );
    if ("failure" in outcome) return outcome.failure;
    return { action: "koperasi" as const, requested: true };
  },
};
