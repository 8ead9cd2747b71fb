import { fail, redirect } from "@sveltejs/kit";

import { queryConfidential } from "#lib/confidential.server.ts";
import { formValues } from "#lib/forms/fields.ts";
import { submit } from "#lib/forms/mutate.ts";
import { CASE_FIELDS, caseField, OpenProtectionCase } from "#lib/kantor-desa/cases.ts";
import { entryKey } from "#lib/kantor-desa/entries.ts";
import { CASE_TYPES } from "#lib/kantor-desa/labels.ts";
import { readForAction, requireOffice } from "#lib/kantor-desa/office.ts";
import { loadPerson } from "#lib/kantor-desa/people.ts";
import { VillageRegistryQuery } from "#lib/kantor-desa/registry.ts";
import { keepNikOutOfAddress, NIK_REMOVED_PARAM } from "#lib/kantor-desa/search.ts";
import { m } from "#lib/paraglide/messages.js";

import type { Actions, PageServerLoad } from "./$types";

export const load: PageServerLoad = async (event) => {
  // The person is picked by name; a NIK typed into the search is taken out of the address first.
  keepNikOutOfAddress(event.url);
  const { village } = await event.parent();
  const nikInAddress = event.url.searchParams.has(NIK_REMOVED_PARAM);
  const personId = event.url.searchParams.get("orang");
  if (personId) {
    const { id, fullName } = await loadPerson(event, village.slug, personId);
    return { person: { id, fullName }, search: "", matches: [], nikInAddress };
  }
  // No person yet: pick one from the registry by name (a GET search, so it works without JavaScript).
  const search = (event.url.searchParams.get("cari") ?? "").trim().slice(0, 100);
  if (!search) return { person: null, search: "", matches: [], nikInAddress };
  const data = await queryConfidential(event, VillageRegistryQuery, {
    slug: village.slug,
    filter: { search },
    first: 20,
  });
  return {
    person: null,
    search,
    matches: (data.village?.registry?.edges ?? []).map(({ node }) => ({
      id: node.id,
      fullName: node.fullName,
      currentStatus: node.currentStatus,
    })),
    nikInAddress,
  };
};

export const actions: Actions = {
  default: async (event) => {
    const form = await event.request.formData();
    const values = formValues(form, CASE_FIELDS);
    const read = await readForAction({ values }, async () => {
      const { village } = await requireOffice(event);
      return { village, person: await loadPerson(event, village.slug, String(form.get("personId") ?? "")) };
    });
    if ("failure" in read) return read.failure;
    const { village, person } = read.ok;
    if (!(CASE_TYPES as readonly string[]).includes(values.type)) {
      return fail(400, { values, errors: { fields: { type: m.village_office_choose_case_type() } } });
    }
    const input = {
      personId: person.id,
      type: values.type as (typeof CASE_TYPES)[number],
      summary: values.summary,
      countryOfIncident: values.countryOfIncident || null,
      idempotencyKey: entryKey(form),
    };
    const outcome = await submit(
      event,
      OpenProtectionCase,
      { input },
      { values },
      (data) => data.openProtectionCase,
      caseField,
    );
    if ("failure" in outcome) return outcome.failure;
    const result = outcome.success;
    const id = result.data.protectionCase.id;
    redirect(303, `/kantor-desa/${encodeURIComponent(village.slug)}/kasus/${encodeURIComponent(id)}?dibuka=1`);
  },
};
