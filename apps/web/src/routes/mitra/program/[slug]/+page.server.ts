import { error, fail } from "@sveltejs/kit";

import { errorsFrom } from "#lib/forms/errors.ts";
import { formValues } from "#lib/forms/fields.ts";
import { mutate, submit } from "#lib/forms/mutate.ts";
import { MutationErrors } from "#lib/forms/mutation-errors.ts";
import { graphql } from "#lib/gql.ts";
import { createApiClient, runQueryOrExplain } from "#lib/graphql.ts";
import { ProgramFormFields } from "#lib/mitra/program-form-fields.ts";
import { programField, readProgramForm } from "#lib/mitra/program-input.ts";
import { ProgramDatesPlacesFields } from "#lib/program/dates-places-fields.ts";
import { ProgramOutcomeFields } from "#lib/program/outcome-fields.ts";
import { redirectToSignIn, requireSession } from "#lib/session.ts";

import type { Actions, PageServerLoad } from "./$types";

const ManagedProgramQuery = graphql(
  `
    query PartnerProgram($slug: String!) {
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
      program(slug: $slug) {
        ...ProgramFormFields
        slug
        ...ProgramDatesPlacesFields
        village {
          name
        }
        organization {
          name
        }
        outcomes {
          ...ProgramOutcomeFields
        }
        applications(first: 100) {
          edges {
            node {
              id
              status
              participantName
              createdAt
              completedAt
              certificateCode
              attendance {
                day
                present
              }
            }
          }
        }
      }
    }
  `,
  [ProgramOutcomeFields, ProgramDatesPlacesFields, ProgramFormFields],
);

const UpdateProgram = graphql(
  `
    mutation PartnerUpdateProgram($input: UpdateProgramInput!) {
      updateProgram(input: $input) {
        __typename
        ...MutationErrors
        ... on MutationUpdateProgramSuccess {
          data {
            program {
              id
            }
          }
        }
      }
    }
  `,
  [MutationErrors],
);

const DecideApplication = graphql(
  `
    mutation PartnerDecideApplication($input: DecideApplicationInput!) {
      decideApplication(input: $input) {
        __typename
        ...MutationErrors
        ... on MutationDecideApplicationSuccess {
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

const RecordAttendance = graphql(
  `
    mutation PartnerRecordProgramAttendance($input: RecordProgramAttendanceInput!) {
      recordProgramAttendance(input: $input) {
        __typename
        ...MutationErrors
        ... on MutationRecordProgramAttendanceSuccess {
          data {
            enrolment {
              id
            }
          }
        }
      }
    }
  `,
  [MutationErrors],
);

const CompleteEnrolment = graphql(
  `
    mutation PartnerCompleteEnrolment($input: CompleteEnrolmentInput!) {
      completeEnrolment(input: $input) {
        __typename
        ...MutationErrors
        ... on MutationCompleteEnrolmentSuccess {
          data {
            enrolment {
              id
              certificateCode
            }
          }
        }
      }
    }
  `,
  [MutationErrors],
);

const SLUG = /^[a-z0-9-]{1,160}$/;

export const load: PageServerLoad = async (event) => {
  event.setHeaders({ "cache-control": "private, no-store" });
  requireSession(event);
  const { slug } = event.params;
  if (!SLUG.test(slug)) error(404, "Program not found");
  // Applications are for the organization's members only: the API refuses anyone else, and this page is not theirs.
  const { data } = await runQueryOrExplain(createApiClient(event), ManagedProgramQuery, { slug }, "FORBIDDEN");
  if (!data) error(403, "Not a member of the program's organization");
  if (!data.viewer) redirectToSignIn(event.url);
  const program = data.program;
  if (!program) error(404, "Program not found");
  if (!program.applications) error(403, "Not a member of the program's organization");
  const { applications, ...rest } = program;
  return {
    program: rest,
    applications: applications.edges.map((edge) => edge.node),
    villages: data.villages.edges.map((edge) => edge.node),
    created: event.url.searchParams.has("dibuat"),
  };
};

/** A decision, attendance or completion refused by the API: its message on the applicant's row. */
const refused = (action: string, enrolmentId: string, result: Parameters<typeof errorsFrom>[0]) =>
  fail(400, { action, values: { enrolmentId }, errors: errorsFrom(result, () => undefined) });

export const actions: Actions = {
  /** Saves the program's fields, the village it is held in among them. */
  ubah: async (event) => {
    requireSession(event);
    const { values, program, fields } = readProgramForm(await event.request.formData());
    const keep = { action: "ubah" as const, values };
    if (fields) return fail(400, { ...keep, errors: { fields } });
    const outcome = await submit(
      event,
      UpdateProgram,
      { input: { programId: values.programId, ...program } },
      keep,
      (data) => data.updateProgram,
      programField,
    );
    if ("failure" in outcome) return outcome.failure;
    return { action: "ubah" as const, saved: true };
  },

  /** Accepts (`keputusan=terima`) or rejects an application. */
  putuskan: async (event) => {
    requireSession(event);
    const values = formValues(await event.request.formData(), ["enrolmentId", "keputusan"] as const);
    const input = { enrolmentId: values.enrolmentId, accept: values.keputusan === "terima" };
    const outcome = await mutate(event, DecideApplication, { input }, { action: "putuskan", values });
    if ("failure" in outcome) return outcome.failure;
    const result = outcome.data.decideApplication;
    if (result.__typename !== "MutationDecideApplicationSuccess")
      return refused("putuskan", values.enrolmentId, result);
    return { action: "putuskan" as const, decided: { status: result.data.enrolment.status } };
  },

  /** Records one day's attendance of an accepted participant (again for the same day corrects it). */
  hadir: async (event) => {
    requireSession(event);
    const values = formValues(await event.request.formData(), ["enrolmentId", "day", "present"] as const);
    const day = /^\d{4}-\d{2}-\d{2}$/.test(values.day) ? `${values.day}T00:00:00.000Z` : values.day;
    const input = { enrolmentId: values.enrolmentId, day, present: values.present === "ya" };
    const outcome = await mutate(event, RecordAttendance, { input }, { action: "hadir", values });
    if ("failure" in outcome) return outcome.failure;
    const result = outcome.data.recordProgramAttendance;
    if (result.__typename !== "MutationRecordProgramAttendanceSuccess") {
      return refused("hadir", values.enrolmentId, result);
    }
    return { action: "hadir" as const, recorded: true };
  },

  /** Marks an accepted participant as completed, which issues the certificate. */
  selesai: async (event) => {
    requireSession(event);
    const values = formValues(await event.request.formData(), ["enrolmentId"] as const);
    const outcome = await mutate(
      event,
      CompleteEnrolment,
      { input: { enrolmentId: values.enrolmentId } },
      { action: "selesai", values },
    );
    if ("failure" in outcome) return outcome.failure;
    const result = outcome.data.completeEnrolment;
    if (result.__typename !== "MutationCompleteEnrolmentSuccess") return refused("selesai", values.enrolmentId, result);
    return { action: "selesai" as const, completed: { code: result.data.enrolment.certificateCode } };
  },
};
