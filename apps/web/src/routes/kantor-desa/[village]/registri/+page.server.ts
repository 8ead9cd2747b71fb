import { fail } from "@sveltejs/kit";

import { queryConfidential } from "#lib/confidential.server.ts";
import { createApiClient } from "#lib/graphql.ts";
import { nikInput } from "#lib/kantor-desa/form-input.ts";
import { DESTINATION_COUNTRIES, isMigrationStatus } from "#lib/kantor-desa/labels.ts";
import { readForAction, requireOffice } from "#lib/kantor-desa/office.ts";
import { VillageRegistryQuery } from "#lib/kantor-desa/registry.ts";
import { keepNikOutOfAddress, NIK_REMOVED_PARAM } from "#lib/kantor-desa/search.ts";
import { pageLinks, readPageArgs } from "#lib/pagination.ts";
import { m } from "#lib/paraglide/messages.js";

import type { Actions, PageServerLoad } from "./$types";

const PAGE_SIZE = 20;
const NIK = /^[0-9]{16}$/;

/** The filter in the address (a NIK has been taken out of it already). */
function readFilter(params: URLSearchParams) {
  const search = (params.get("cari") ?? "").trim().slice(0, 100);
  const status = params.get("status") ?? "";
  const country = (params.get("negara") ?? "").toUpperCase();
  return {
    cari: search,
    status: isMigrationStatus(status) ? status : "",
    negara: (DESTINATION_COUNTRIES as readonly string[]).includes(country) ? country : "",
  };
}

export const load: PageServerLoad = async (event) => {
  // A NIK is never searched from the address (it would stay in logs and history): the address is cleaned first.
  keepNikOutOfAddress(event.url);
  const { village } = await event.parent();
  const values = readFilter(event.url.searchParams);
  const nikInAddress = event.url.searchParams.has(NIK_REMOVED_PARAM);
  const page = readPageArgs(event.url.searchParams, PAGE_SIZE);
  const filter = {
    ...(values.cari ? { search: values.cari } : {}),
    ...(values.status ? { status: values.status as "PROSPECTIVE" | "ABROAD" | "RETURNED" } : {}),
    ...(values.negara ? { destinationCountry: values.negara } : {}),
  };
  const data = await queryConfidential(event, VillageRegistryQuery, { slug: village.slug, filter, ...page });
  const registry = data.village?.registry;
  return {
    filter: values,
    filtered: Object.keys(filter).length > 0,
    nikInAddress,
    people: (registry?.edges ?? []).map(({ node }) => {
      const latest = node.episodes.at(-1) ?? null;
      return {
        id: node.id,
        fullName: node.fullName,
        gender: node.gender,
        currentStatus: node.currentStatus,
        destinationCountry: latest?.destinationCountry ?? null,
      };
    }),
    links: registry ? pageLinks(event.url, page, registry.pageInfo) : { previous: null, next: null },
  };
};

export const actions: Actions = {
  /**
   * Looks a NIK up in the registry (matched by its keyed hash in the API). A POST, so the NIK stays out of
   * addresses, logs and history; the answer names the person found, never the NIK.
   */
  cekNik: async (event) => {
    const office = await readForAction({ action: "cekNik" as const }, () => requireOffice(event));
    if ("failure" in office) return office.failure;
    const { village } = office.ok;
    const nik = nikInput(String((await event.request.formData()).get("nik") ?? "")) ?? "";
    if (!NIK.test(nik))
      return fail(400, {
        action: "cekNik" as const,
        errors: { form: undefined, fields: { nik: m.village_office_nik_invalid() } },
      });
    const result = await createApiClient(event)
      .query(VillageRegistryQuery, { slug: village.slug, filter: { search: nik }, first: 2 })
      .toPromise();
    if (result.error || !result.data) {
      return fail(502, { action: "cekNik" as const, errors: { form: m.commerce_api_error(), fields: {} } });
    }
    const found = result.data.village?.registry?.edges[0]?.node ?? null;
    return {
      action: "cekNik" as const,
      checked: true,
      found: found ? { id: found.id, fullName: found.fullName } : null,
    };
  },
};
