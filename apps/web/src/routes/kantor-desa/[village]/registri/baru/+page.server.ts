import { fail, redirect } from "@sveltejs/kit";

import { formValues } from "#lib/forms/fields.ts";
import { submit } from "#lib/forms/mutate.ts";
import { entryKey } from "#lib/kantor-desa/entries.ts";
import { dateInput, nikInput, optionalText } from "#lib/kantor-desa/form-input.ts";
import { readForAction, requireOffice } from "#lib/kantor-desa/office.ts";
import { PERSON_FIELDS, RegisterPerson, registryField } from "#lib/kantor-desa/registry.ts";
import { m } from "#lib/paraglide/messages.js";

import type { Actions, PageServerLoad } from "./$types";

export const load: PageServerLoad = async (event) => {
  await event.parent();
  return {};
};

/** What the form gets back after a failure: everything typed except the NIK, which never leaves the browser twice. */
const kept = (values: Record<(typeof PERSON_FIELDS)[number], string>) => ({
  ...values,
  nik: "",
  nikTyped: values.nik.trim() ? "1" : "",
});

export const actions: Actions = {
  default: async (event) => {
    const form = await event.request.formData();
    const values = formValues(form, PERSON_FIELDS);
    const office = await readForAction({ values: kept(values) }, () => requireOffice(event));
    if ("failure" in office) return office.failure;
    const { village } = office.ok;
    const birthDate = dateInput(values.birthDate);
    if (birthDate === undefined) {
      return fail(400, { values: kept(values), errors: { fields: { birthDate: m.village_office_date_invalid() } } });
    }
    const input = {
      villageId: village.id,
      fullName: values.fullName,
      nik: nikInput(values.nik),
      gender: values.gender === "FEMALE" || values.gender === "MALE" ? (values.gender as "FEMALE" | "MALE") : null,
      birthDate,
      phone: optionalText(values.phone),
      consentGiven: values.consentGiven === "on",
      idempotencyKey: entryKey(form),
    };
    const outcome = await submit(
      event,
      RegisterPerson,
      { input },
      { values: kept(values) },
      (data) => data.registerPerson,
      registryField,
    );
    if ("failure" in outcome) return outcome.failure;
    const result = outcome.success;
    redirect(
      303,
      `/kantor-desa/${encodeURIComponent(village.slug)}/registri/${encodeURIComponent(result.data.person.id)}?terdaftar=1`,
    );
  },
};
