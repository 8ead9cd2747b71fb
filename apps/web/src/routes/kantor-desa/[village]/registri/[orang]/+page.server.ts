import { error, fail, redirect } from "@sveltejs/kit";

import { errorsFrom } from "#lib/forms/errors.ts";
import { formValues } from "#lib/forms/fields.ts";
import { mutate, submit } from "#lib/forms/mutate.ts";
import { entryKey, expectedVersion } from "#lib/kantor-desa/entries.ts";
import { dateInput, optionalText, todayInJakarta } from "#lib/kantor-desa/form-input.ts";
import { isMigrationStatus } from "#lib/kantor-desa/labels.ts";
import { readForAction, requireOffice } from "#lib/kantor-desa/office.ts";
import { loadPerson } from "#lib/kantor-desa/people.ts";
import {
  EPISODE_FIELDS,
  RecordMigrationEpisode,
  registryField,
  UpdateMigrationEpisodeStatus,
} from "#lib/kantor-desa/registry.ts";
import { m } from "#lib/paraglide/messages.js";

import type { Actions, PageServerLoad, RequestEvent } from "./$types";

export const load: PageServerLoad = async (event) => {
  const { village } = await event.parent();
  const person = await loadPerson(event, village.slug, event.params.orang);
  const latest = person.episodes.at(-1) ?? null;
  return {
    person,
    // Only the latest stint can move on; a new one may start when there is none or it has ended.
    openEpisode: latest && latest.status !== "RETURNED" ? latest : null,
    today: todayInJakarta(),
    registered: event.url.searchParams.has("terdaftar"),
    saved: event.url.searchParams.get("tersimpan"),
  };
};

/**
 * The village and person an action works on, checked like the page. If the API cannot be read just now,
 * the form is answered with what was typed (`keep`) instead of an error page.
 */
async function target<Keep extends object>(event: RequestEvent, keep: Keep) {
  return readForAction(keep, async () => {
    const { village } = await requireOffice(event);
    const person = await loadPerson(event, village.slug, event.params.orang);
    return {
      village,
      person,
      here: `/kantor-desa/${encodeURIComponent(village.slug)}/registri/${encodeURIComponent(person.id)}`,
    };
  });
}

export const actions: Actions = {
  /** Records a new stint abroad (prospective, abroad or already returned). */
  catat: async (event) => {
    const form = await event.request.formData();
    const values = formValues(form, EPISODE_FIELDS);
    const read = await target(event, { action: "catat" as const, values });
    if ("failure" in read) return read.failure;
    const { person, here } = read.ok;
    const dates = {
      plannedDepartureAt: dateInput(values.plannedDepartureAt),
      departedAt: dateInput(values.departedAt),
      returnedAt: dateInput(values.returnedAt),
      consentGivenAt: dateInput(values.consentGivenAt),
    };
    const badDates = Object.entries(dates).filter(([, date]) => date === undefined);
    const fields: Record<string, string> = Object.fromEntries(
      badDates.map(([name]) => [name, m.village_office_date_invalid()]),
    );
    if (!isMigrationStatus(values.status)) fields.status = m.village_office_choose_status();
    if (!dates.consentGivenAt) fields.consentGivenAt ??= m.village_office_consent_date_required();
    if (Object.keys(fields).length > 0) return fail(400, { action: "catat" as const, values, errors: { fields } });

    const input = {
      personId: person.id,
      status: values.status as "PROSPECTIVE" | "ABROAD" | "RETURNED",
      destinationCountry: values.destinationCountry,
      jobSector: optionalText(values.jobSector),
      employerName: optionalText(values.employerName),
      placementAgency: optionalText(values.placementAgency),
      // A checkbox: checked means the departure follows the official procedure.
      procedural: values.procedural === "on",
      plannedDepartureAt: dates.plannedDepartureAt ?? null,
      departedAt: dates.departedAt ?? null,
      returnedAt: dates.returnedAt ?? null,
      consentGivenAt: dates.consentGivenAt!,
      idempotencyKey: entryKey(form),
    };
    const outcome = await submit(
      event,
      RecordMigrationEpisode,
      { input },
      { action: "catat" as const, values },
      (data) => data.recordMigrationEpisode,
      registryField,
    );
    if ("failure" in outcome) return outcome.failure;
    redirect(303, `${here}?tersimpan=catat`);
  },

  /** Moves the open stint one step: departure (ABROAD) or return (RETURNED), with its date. */
  status: async (event) => {
    const form = await event.request.formData();
    const values = formValues(form, ["episodeId", "status", "date"] as const);
    const read = await target(event, { action: "status" as const, values });
    if ("failure" in read) return read.failure;
    const { person, here } = read.ok;
    const date = dateInput(values.date);
    if (!date) {
      return fail(400, {
        action: "status" as const,
        values,
        errors: { fields: { date: m.village_office_date_invalid() } },
      });
    }
    // Only the person's own stints: an episode ID from another person is refused here, before the API.
    if (!person.episodes.some((episode) => episode.id === values.episodeId) || !isMigrationStatus(values.status))
      error(400, "Bad request");
    const input = {
      episodeId: values.episodeId,
      status: values.status,
      date,
      expectedVersion: expectedVersion(form),
      idempotencyKey: entryKey(form),
    };
    const outcome = await mutate(event, UpdateMigrationEpisodeStatus, { input }, { action: "status" as const, values });
    if ("failure" in outcome) return outcome.failure;
    const result = outcome.data.updateMigrationEpisodeStatus;
    if (result.__typename === "MigrationEpisodeConflictError") {
      // The stint changed after this page was loaded: what it is now, for the officer to compare (#lib/offline).
      return fail(409, {
        action: "status" as const,
        values,
        errors: { form: result.message, fields: {} },
        conflict: { ...result.current, kind: "episode" as const },
      });
    }
    if (result.__typename !== "MutationUpdateMigrationEpisodeStatusSuccess") {
      const field = (name: string) => (name === "InvalidEpisodeDatesError" || name === "date" ? "date" : undefined);
      return fail(400, { action: "status" as const, values, errors: errorsFrom(result, field) });
    }
    redirect(303, `${here}?tersimpan=${values.status === "ABROAD" ? "berangkat" : "pulang"}`);
  },
};
