// Server-side access to the village officer pages (/kantor-desa): who may see which village, and how
// confidential reads of personal data are fetched.
import { type ActionFailure, error, fail, isHttpError, type RequestEvent } from "@sveltejs/kit";

import { type FormErrors } from "../forms/errors.ts";
import { checkGlobalId } from "../global-id.ts";
import { graphql, type ResultOf } from "../gql.ts";
import { createApiClient, runQuery } from "../graphql.ts";
import { m } from "../paraglide/messages.js";
import { redirectToSignIn, SESSION_COOKIE } from "../session.ts";

type OfficeEvent = Pick<RequestEvent, "cookies" | "fetch" | "url">;

const VillageOfficesQuery = graphql(`
  query VillageOffices {
    viewer {
      id
      name
      villageOffices {
        title
        village {
          id
          slug
          code
          name
          districtName
          regency {
            name
          }
        }
      }
    }
  }
`);

export type VillageOffice = NonNullable<ResultOf<typeof VillageOfficesQuery>["viewer"]>["villageOffices"][number];

/**
 * The signed-in user and the villages they are an officer of. Signed-out visitors go to sign in and
 * come back here afterwards; a session the API no longer knows is treated the same way. Only the path
 * rides along: a search (a name, a NIK typed into the registry search) must not end up in `kembali`.
 */
export async function loadVillageOffices(
  event: OfficeEvent,
): Promise<{ officerId: string; officerName: string; offices: VillageOffice[] }> {
  const back: () => never = () => redirectToSignIn(event.url, { keepQuery: false });
  if (!event.cookies.get(SESSION_COOKIE)) back();
  const data = await runQuery(createApiClient(event), VillageOfficesQuery, {});
  if (!data.viewer) back();
  const offices = [...data.viewer.villageOffices].sort((a, b) => a.village.name.localeCompare(b.village.name, "id"));
  return { officerId: data.viewer.id, officerName: data.viewer.name, offices };
}

/**
 * The office for the village in the address. Someone who is not an officer of that village gets a 403
 * whether or not the village exists, so the page does not confirm which villages keep a registry.
 */
export function findOffice(offices: readonly VillageOffice[], slug: string): VillageOffice {
  const office = offices.find((candidate) => candidate.village.slug === slug);
  if (!office) error(403, "Not a village officer of this village");
  return office;
}

/** In a form action (which does not run the layouts): the officer's office of the village in the address, or 403. */
export async function requireOffice(event: OfficeEvent & { params: { village?: string } }): Promise<VillageOffice> {
  const { offices } = await loadVillageOffices(event);
  return findOffice(offices, event.params.village ?? "");
}

/**
 * Runs the reads an action needs before its mutation. If the API is briefly unreachable or failing, the
 * form is answered with a message (503/502) and what the officer typed (`keep`), instead of an error page
 * that would lose it. Redirects (sign in), 403 and 404 pass through.
 */
export async function readForAction<T, Keep extends object>(
  keep: Keep,
  read: () => Promise<T>,
): Promise<{ ok: T } | { failure: ActionFailure<Keep & { errors: FormErrors }> }> {
  try {
    return { ok: await read() };
  } catch (thrown) {
    const unavailable = isHttpError(thrown, 503);
    if (!unavailable && !isHttpError(thrown, 502)) throw thrown;
    const form = unavailable ? m.commerce_api_unavailable() : m.commerce_api_error();
    return { failure: fail(unavailable ? 503 : 502, { ...keep, errors: { form, fields: {} } }) };
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A 404 for an ID in the address that is not a global ID of this type (`base64("Person:<uuid>")`): it saves
 * the API a lookup, and a hand-edited ID is "not found" rather than an API error.
 */
export function checkNodeId(id: string, typename: string): void {
  checkGlobalId(id);
  let decoded = "";
  try {
    decoded = atob(id.replace(/-/g, "+").replace(/_/g, "/"));
  } catch {
    error(404, "Not found");
  }
  const colon = decoded.indexOf(":");
  if (decoded.slice(0, colon) !== typename || !UUID.test(decoded.slice(colon + 1))) error(404, "Not found");
}
