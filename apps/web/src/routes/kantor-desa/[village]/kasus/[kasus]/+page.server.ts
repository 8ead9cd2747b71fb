import { error, fail, redirect } from "@sveltejs/kit";

import { queryConfidential } from "#lib/confidential.server.ts";
import { errorsFrom } from "#lib/forms/errors.ts";
import { formValues } from "#lib/forms/fields.ts";
import { mutate, submit } from "#lib/forms/mutate.ts";
import { caseField, ProtectionCaseQuery, ReferProtectionCase, UpdateProtectionCase } from "#lib/kantor-desa/cases.ts";
import { entryKey, expectedVersion } from "#lib/kantor-desa/entries.ts";
import { CASE_UPDATE_STATUSES, isClosedCase } from "#lib/kantor-desa/labels.ts";
import { checkNodeId, readForAction, requireOffice } from "#lib/kantor-desa/office.ts";
import { m } from "#lib/paraglide/messages.js";

import type { Actions, PageServerLoad, RequestEvent } from "./$types";

/** The case in the address if it belongs to this village and the officer handles it; otherwise 404. */
async function loadCase(event: Pick<RequestEvent, "cookies" | "fetch">, villageSlug: string, id: string) {
  checkNodeId(id, "ProtectionCase");
  const data = await queryConfidential(event, ProtectionCaseQuery, { id });
  const node = data.node;
  if (node?.__typename !== "ProtectionCase" || node.village.slug !== villageSlug) error(404, "Not found");
  return node;
}

export const load: PageServerLoad = async (event) => {
  const { village } = await event.parent();
  const protectionCase = await loadCase(event, village.slug, event.params.kasus);
  return {
    protectionCase,
    closed: isClosedCase(protectionCase.status),
    opened: event.url.searchParams.has("dibuka"),
    saved: event.url.searchParams.get("tersimpan"),
  };
};

/**
 * The case an action works on, checked like the page. If the API cannot be read just now, the form is
 * answered with what was typed (`keep`) instead of an error page.
 */
async function target<Keep extends object>(event: RequestEvent, keep: Keep) {
  return readForAction(keep, async () => {
    const { village } = await requireOffice(event);
    const protectionCase = await loadCase(event, village.slug, event.params.kasus);
    return {
      protectionCase,
      here: `/kantor-desa/${encodeURIComponent(village.slug)}/kasus/${encodeURIComponent(protectionCase.id)}`,
    };
  });
}

export const actions: Actions = {
  /** Adds a step to the history: a new status (in progress, resolved, closed) and what was done. */
  perbarui: async (event) => {
    const form = await event.request.formData();
    const values = formValues(form, ["status", "note"] as const);
    const read = await target(event, { action: "perbarui" as const, values });
    if ("failure" in read) return read.failure;
    const { protectionCase, here } = read.ok;
    if (!(CASE_UPDATE_STATUSES as readonly string[]).includes(values.status)) {
      return fail(400, {
        action: "perbarui" as const,
        values,
        errors: { fields: { status: m.village_office_choose_status() } },
      });
    }
    const input = {
      caseId: protectionCase.id,
      status: values.status as (typeof CASE_UPDATE_STATUSES)[number],
      note: values.note,
      expectedVersion: expectedVersion(form),
      idempotencyKey: entryKey(form),
    };
    const outcome = await mutate(event, UpdateProtectionCase, { input }, { action: "perbarui" as const, values });
    if ("failure" in outcome) return outcome.failure;
    const result = outcome.data.updateProtectionCase;
    if (result.__typename === "ProtectionCaseConflictError") {
      // The case changed after this page was loaded: what it is now, for the officer to compare (#lib/offline).
      return fail(409, {
        action: "perbarui" as const,
        values,
        errors: { form: result.message, fields: {} },
        conflict: { ...result.current, kind: "case" as const },
      });
    }
    if (result.__typename !== "MutationUpdateProtectionCaseSuccess") {
      return fail(400, { action: "perbarui" as const, values, errors: errorsFrom(result, caseField) });
    }
    redirect(303, `${here}?tersimpan=perbarui`);
  },

  /** Refers the case to an agency (BP3MI, police, embassy...). */
  rujuk: async (event) => {
    const values = formValues(await event.request.formData(), ["agency", "note"] as const);
    const read = await target(event, { action: "rujuk" as const, values });
    if ("failure" in read) return read.failure;
    const { protectionCase, here } = read.ok;
    const input = { caseId: protectionCase.id, agency: values.agency, note: values.note };
    const outcome = await submit(
      event,
      ReferProtectionCase,
      { input },
      { action: "rujuk" as const, values },
      (data) => data.referProtectionCase,
      caseField,
    );
    if ("failure" in outcome) return outcome.failure;
    redirect(303, `${here}?tersimpan=rujuk`);
  },
};
