import { error } from "@sveltejs/kit";

import { formValues } from "#lib/forms/fields.ts";
import { submit } from "#lib/forms/mutate.ts";
import { MutationErrors } from "#lib/forms/mutation-errors.ts";
import { graphql } from "#lib/gql.ts";
import { createApiClient, runQuery } from "#lib/graphql.ts";
import { ProgramDatesPlacesFields } from "#lib/program/dates-places-fields.ts";
import { ProgramOutcomeFields } from "#lib/program/outcome-fields.ts";
import { requireSession, signInUrl } from "#lib/session.ts";

import type { Actions, PageServerLoad } from "./$types";

const ProgramQuery = graphql(
  `
    query ProgramPage($slug: String!) {
      program(slug: $slug) {
        id
        slug
        title
        kind
        description
        teaches
        online
        venue
        schedule
        ...ProgramDatesPlacesFields
        organization {
          name
          kind
          website
        }
        village {
          name
          code
        }
        outcomes {
          ...ProgramOutcomeFields
        }
      }
      programConsent {
        version
        textId
        textEn
      }
      viewer {
        id
        households {
          id
          name
          members {
            personId
            fullName
            relationship
          }
        }
      }
    }
  `,
  [ProgramOutcomeFields, ProgramDatesPlacesFields],
);

const ApplyToProgram = graphql(
  `
    mutation ProgramApply($input: ApplyToProgramInput!) {
      applyToProgram(input: $input) {
        __typename
        ...MutationErrors
        ... on ProgramConsentRequiredError {
          currentVersion
        }
        ... on MutationApplyToProgramSuccess {
          data {
            enrolment {
              id
              status
            }
          }
        }
      }
    }
  `,
  [MutationErrors],
);

const SLUG = /^[a-z0-9-]{1,160}$/;

/** The end of the program's last day has passed (the API refuses applications then; the form is not offered). */
const hasEnded = (endsOn: string | null) => endsOn !== null && Date.parse(endsOn) + 86_400_000 <= Date.now();

export const load: PageServerLoad = async (event) => {
  const { slug } = event.params;
  if (!SLUG.test(slug)) error(404, "Program not found");
  const data = await runQuery(createApiClient(event), ProgramQuery, { slug });
  const program = data.program;
  if (!program) error(404, "Program not found");

  // Whom the viewer may apply for: themselves and each member of their households, each person once.
  const members = new Map<string, { personId: string; fullName: string; relationship: string }>();
  for (const household of data.viewer?.households ?? []) {
    for (const member of household.members) members.set(member.personId, member);
  }
  return {
    program,
    consent: data.programConsent,
    closed: hasEnded(program.endsOn),
    applicant: data.viewer ? { members: [...members.values()] } : null,
    signIn: signInUrl(event.url.pathname),
  };
};

// The API names its input fields; the form's consent checkbox also answers for a consent the API found missing.
const applyField = (name: string) =>
  name === "ProgramConsentRequiredError" || name === "consent" || name === "consentVersion"
    ? "consent"
    : name === "personId"
      ? "personId"
      : undefined;

export const actions: Actions = {
  /** Applies for the viewer or a member of their household, with the consent version the page showed. */
  daftar: async (event) => {
    requireSession(event);
    const form = await event.request.formData();
    const values = formValues(form, ["programId", "personId", "consent", "consentVersion"] as const);
    const keep = { action: "daftar" as const, values };
    const input = {
      programId: values.programId,
      personId: values.personId || null,
      consent: values.consent === "ya",
      consentVersion: values.consentVersion,
    };
    const outcome = await submit(event, ApplyToProgram, { input }, keep, (data) => data.applyToProgram, applyField);
    if ("failure" in outcome) return outcome.failure;
    const result = outcome.success;
    return { action: "daftar" as const, applied: { status: result.data.enrolment.status } };
  },
};
