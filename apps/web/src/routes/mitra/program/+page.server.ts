import { fail, redirect } from "@sveltejs/kit";

import { submit } from "#lib/forms/mutate.ts";
import { MutationErrors } from "#lib/forms/mutation-errors.ts";
import { graphql } from "#lib/gql.ts";
import { createApiClient, runQuery } from "#lib/graphql.ts";
import { programField, readProgramForm } from "#lib/mitra/program-input.ts";
import { ProgramDatesPlacesFields } from "#lib/program/dates-places-fields.ts";
import { ProgramOutcomeFields } from "#lib/program/outcome-fields.ts";
import { redirectToSignIn, requireSession } from "#lib/session.ts";

import type { Actions, PageServerLoad } from "./$types";

const PartnerProgramsQuery = graphql(
  `
    query PartnerPrograms {
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
      viewer {
        id
      }
      viewerOrganizations {
        id
        name
        programOutcomes {
          ...ProgramOutcomeFields
        }
        programs(first: 100) {
          edges {
            node {
              id
              slug
              title
              kind
              ...ProgramDatesPlacesFields
              enrolledCount
            }
          }
        }
      }
    }
  `,
  [ProgramOutcomeFields, ProgramDatesPlacesFields],
);

const CreateProgram = graphql(
  `
    mutation PartnerCreateProgram($input: CreateProgramInput!) {
      createProgram(input: $input) {
        __typename
        ...MutationErrors
        ... on MutationCreateProgramSuccess {
          data {
            program {
              id
              slug
            }
          }
        }
      }
    }
  `,
  [MutationErrors],
);

export const load: PageServerLoad = async (event) => {
  event.setHeaders({ "cache-control": "private, no-store" });
  requireSession(event);
  const data = await runQuery(createApiClient(event), PartnerProgramsQuery, {});
  if (!data.viewer) redirectToSignIn(event.url);
  return {
    organizations: data.viewerOrganizations.map((organization) => ({
      id: organization.id,
      name: organization.name,
      outcomes: organization.programOutcomes,
      programs: organization.programs.edges.map((edge) => edge.node),
    })),
    villages: data.villages.edges.map((edge) => edge.node),
  };
};

export const actions: Actions = {
  /** Creates a program of one of the viewer's organizations and opens its page. */
  buat: async (event) => {
    requireSession(event);
    const { values, program, fields } = readProgramForm(await event.request.formData());
    const keep = { action: "buat" as const, values };
    if (fields) return fail(400, { ...keep, errors: { fields } });
    const input = { organizationId: values.organizationId, ...program, villageId: null };
    const outcome = await submit(event, CreateProgram, { input }, keep, (data) => data.createProgram, programField);
    if ("failure" in outcome) return outcome.failure;
    const result = outcome.success;
    redirect(303, `/mitra/program/${result.data.program.slug}?dibuat=1`);
  },
};
