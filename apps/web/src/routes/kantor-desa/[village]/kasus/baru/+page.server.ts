import { error, fail, redirect } from "@sveltejs/kit";
import { CASE_FIELDS, caseField, OpenProtectionCase } from "#lib/kantor-desa/cases.ts";
import { CASE_TYPES } from "#lib/kantor-desa/labels.ts";
import { checkId, findOffice, loadVillageOffices, queryConfidential } from "#lib/kantor-desa/office.ts";
import { RegistryPersonQuery, VillageRegistryQuery } from "#lib/kantor-desa/registry.ts";
import { m } from "#lib/paraglide/messages.js";
import { errorsFrom, formValues, mutate } from "#lib/server/commerce-forms.ts";
import type { Actions, PageServerLoad, RequestEvent } from "./$types";

/** The person a case is about: in this village's registry, or 404. */
async function loadPerson(event: Pick<RequestEvent, "cookies" | "fetch">, villageSlug: string, id: string) {
  checkId(id);
  const data = await queryConfidential(event, RegistryPersonQuery, { id });
  if (data.node?.__typename !== "Person" || data.node.village.slug !== villageSlug) error(404, "Not found");
  return { id: data.node.id, fullName: data.node.fullName };
}

export const load: PageServerLoad = async (event) => {
  const { village } = await event.parent();
  const personId = event.url.searchParams.get("orang");
  if (personId) return { person: await loadPerson(event, village.slug, personId), search: "", matches: [] };
  // No person yet: pick one from the registry by name (a GET search, so it works without JavaScript).
  const search = (event.url.searchParams.get("cari") ?? "").trim().slice(0, 100);
  if (!search || /^[0-9\s.]{16,}$/.test(search)) return { person: null, search: "", matches: [] };
  const data = await queryConfidential(event, VillageRegistryQuery, { slug: village.slug, filter: { search }, first: 20 });
  return {
    person: null,
    search,
    matches: (data.village?.registry?.edges ?? []).map(({ node }) => ({ id: node.id, fullName: node.fullName, currentStatus: node.currentStatus })),
  };
};

export const actions: Actions = {
  default: async (event) => {
    const { offices } = await loadVillageOffices(event);
    const { village } = findOffice(offices, event.params.village);
    const form = await event.request.formData();
    const person = await loadPerson(event, village.slug, String(form.get("personId") ?? ""));
    const values = formValues(form, CASE_FIELDS);
    if (!(CASE_TYPES as readonly string[]).includes(values.type)) {
      return fail(400, { values, errors: { fields: { type: m.village_office_choose_case_type() } } });
    }
    const input = {
      personId: person.id,
      type: values.type as (typeof CASE_TYPES)[number],
      summary: values.summary,
      countryOfIncident: values.countryOfIncident || null,
    };
    const outcome = await mutate(event, OpenProtectionCase, { input }, { values });
    if ("failure" in outcome) return outcome.failure;
    const result = outcome.data.openProtectionCase;
    if (result.__typename !== "MutationOpenProtectionCaseSuccess") return fail(400, { values, errors: errorsFrom(result, caseField) });
    const id = result.data.protectionCase.id;
    redirect(303, `/kantor-desa/${encodeURIComponent(village.slug)}/kasus/${encodeURIComponent(id)}?dibuka=1`);
  },
};
