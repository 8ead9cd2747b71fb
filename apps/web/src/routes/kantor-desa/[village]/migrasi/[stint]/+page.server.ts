import { error, fail, redirect } from "@sveltejs/kit";

import { queryConfidential } from "#lib/confidential.server.ts";
import { errorsFrom } from "#lib/forms/errors.ts";
import { formValues } from "#lib/forms/fields.ts";
import { mutate } from "#lib/forms/mutate.ts";
import { MutationErrors } from "#lib/forms/mutation-errors.ts";
import { graphql } from "#lib/gql.ts";
import { dateInput, optionalText, todayInJakarta } from "#lib/kantor-desa/form-input.ts";
import { isChecklistState } from "#lib/kantor-desa/migration-desk.ts";
import { checkNodeId, readForAction, requireOffice } from "#lib/kantor-desa/office.ts";
import { m } from "#lib/paraglide/messages.js";

import type { Actions, PageServerLoad, RequestEvent } from "./$types";

const DeskStintQuery = graphql(`
  query DeskStint($id: ID!) {
    node(id: $id) {
      __typename
      ... on MigrationEpisode {
        id
        status
        destinationCountry
        jobSector
        plannedDepartureAt
        placementAgency
        agencyCheck
        listedAgency {
          id
          licenceNumber
          licenceValidUntil
        }
        passportExpiresOn
        contractExpiresOn
        expiringDocuments {
          document
          expiresOn
        }
        checklistProgress {
          done
          applicable
        }
        checklist {
          step
          state
          doneOn
          note
          recordedByName
          recordedAt
        }
        checklistHistory {
          step
          state
          doneOn
          note
          recordedByName
          recordedAt
        }
        person {
          id
          fullName
          village {
            slug
          }
        }
      }
    }
    placementAgencies(first: 100) {
      edges {
        node {
          id
          name
          licenceNumber
          licensedToday
        }
      }
    }
  }
`);

const SetPreDepartureStep = graphql(
  `
    mutation SetPreDepartureStep($input: SetPreDepartureStepInput!) {
      setPreDepartureStep(input: $input) {
        __typename
        ... on MutationSetPreDepartureStepSuccess {
          data {
            recorded
          }
        }
        ...MutationErrors
      }
    }
  `,
  [MutationErrors],
);

const UpdatePreDepartureDetails = graphql(
  `
    mutation UpdatePreDepartureDetails($input: UpdatePreDepartureDetailsInput!) {
      updatePreDepartureDetails(input: $input) {
        __typename
        ...MutationErrors
      }
    }
  `,
  [MutationErrors],
);

/** The stint with this ID if it belongs to this village (and the officer may read it); otherwise 404. */
async function loadStint(event: Pick<RequestEvent, "cookies" | "fetch">, villageSlug: string, id: string) {
  checkNodeId(id, "MigrationEpisode");
  const data = await queryConfidential(event, DeskStintQuery, { id });
  const node = data.node;
  if (node?.__typename !== "MigrationEpisode" || node.person.village.slug !== villageSlug) error(404, "Not found");
  return { stint: node, agencies: data.placementAgencies.edges.map(({ node: agency }) => agency) };
}

export const load: PageServerLoad = async (event) => {
  const { village } = await event.parent();
  const { stint, agencies } = await loadStint(event, village.slug, event.params.stint);
  return {
    stint,
    agencies,
    today: todayInJakarta(),
    saved: event.url.searchParams.get("tersimpan"),
  };
};

async function target<Keep extends object>(event: RequestEvent, keep: Keep) {
  return readForAction(keep, async () => {
    const { village } = await requireOffice(event);
    const { stint } = await loadStint(event, village.slug, event.params.stint);
    return {
      stint,
      here: `/kantor-desa/${encodeURIComponent(village.slug)}/migrasi/${encodeURIComponent(stint.id)}`,
    };
  });
}

const STEP_FIELDS = ["step", "state", "doneOn", "note"] as const;
const DETAIL_FIELDS = ["placementAgencyId", "placementAgencyName", "passportExpiresOn", "contractExpiresOn"] as const;

export const actions: Actions = {
  /** Records one checklist step's new state. */
  langkah: async (event) => {
    const values = formValues(await event.request.formData(), STEP_FIELDS);
    if (!isChecklistState(values.state)) error(400, "Bad request");
    const keep = { action: "langkah" as const, step: values.step, values };
    const read = await target(event, keep);
    if ("failure" in read) return read.failure;
    // Only a step of this stint's checklist (the API's list of steps).
    const entry = read.ok.stint.checklist.find((item) => item.step === values.step);
    if (!entry) error(400, "Bad request");
    const doneOn = dateInput(values.doneOn);
    if (doneOn === undefined)
      return fail(400, { ...keep, errors: { fields: { doneOn: m.village_office_date_invalid() } } });
    const input = {
      episodeId: read.ok.stint.id,
      step: entry.step,
      state: values.state,
      doneOn: values.state === "SELESAI" ? doneOn : null,
      note: optionalText(values.note),
    };
    const outcome = await mutate(event, SetPreDepartureStep, { input }, keep);
    if ("failure" in outcome) return outcome.failure;
    const result = outcome.data.setPreDepartureStep;
    if (result.__typename !== "MutationSetPreDepartureStepSuccess") {
      const field = (name: string) =>
        name === "ChecklistDateError" || name === "doneOn"
          ? "doneOn"
          : name === "ReasonRequiredError" || name === "note"
            ? "note"
            : undefined;
      return fail(400, { ...keep, errors: errorsFrom(result, field) });
    }
    const saved = result.data.recorded ? "langkah" : "sama";
    redirect(303, `${read.ok.here}?tersimpan=${saved}#langkah-${values.step}`);
  },

  /** Sets the placement agency and the passport and contract expiry days. */
  rincian: async (event) => {
    const values = formValues(await event.request.formData(), DETAIL_FIELDS);
    const keep = { action: "rincian" as const, values };
    const read = await target(event, keep);
    if ("failure" in read) return read.failure;
    const passport = dateInput(values.passportExpiresOn);
    const contract = dateInput(values.contractExpiresOn);
    const fields: Record<string, string> = {};
    if (passport === undefined) fields.passportExpiresOn = m.village_office_date_invalid();
    if (contract === undefined) fields.contractExpiresOn = m.village_office_date_invalid();
    if (Object.keys(fields).length > 0) return fail(400, { ...keep, errors: { fields } });
    const input = {
      episodeId: read.ok.stint.id,
      placementAgencyId: values.placementAgencyId || null,
      placementAgencyName: values.placementAgencyId ? null : optionalText(values.placementAgencyName),
      passportExpiresOn: passport ?? null,
      contractExpiresOn: contract ?? null,
    };
    const outcome = await mutate(event, UpdatePreDepartureDetails, { input }, keep);
    if ("failure" in outcome) return outcome.failure;
    const result = outcome.data.updatePreDepartureDetails;
    if (result.__typename !== "MutationUpdatePreDepartureDetailsSuccess") {
      return fail(400, { ...keep, errors: errorsFrom(result) });
    }
    redirect(303, `${read.ok.here}?tersimpan=rincian`);
  },
};
