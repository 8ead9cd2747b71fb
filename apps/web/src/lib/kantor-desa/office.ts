// Server-side access to the village officer pages (/kantor-desa): who may see which village, and how
// confidential reads of personal data are fetched.
import { error, redirect, type RequestEvent } from "@sveltejs/kit";
import type { AnyVariables, DocumentInput } from "@urql/core";
import { graphql, type ResultOf } from "../gql.ts";
import { createApiClient, runQuery } from "../graphql.ts";
import { SESSION_COOKIE, signInUrl } from "../session.ts";

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
 * come back here afterwards; a session the API no longer knows is treated the same way.
 */
export async function loadVillageOffices(event: OfficeEvent): Promise<{ officerName: string; offices: VillageOffice[] }> {
  const back: () => never = () => redirect(303, signInUrl(event.url.pathname + event.url.search));
  if (!event.cookies.get(SESSION_COOKIE)) back();
  const data = await runQuery(createApiClient(event), VillageOfficesQuery, {});
  if (!data.viewer) back();
  const offices = [...data.viewer.villageOffices].sort((a, b) => a.village.name.localeCompare(b.village.name, "id"));
  return { officerName: data.viewer.name, offices };
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

/**
 * Runs a query for a confidential object (a person, a case). The API refuses what the officer may not
 * read with an authorization error and unknown or malformed IDs with "not found" / "invalid": to the
 * visitor all of these are a 404, so the page does not confirm that the object exists.
 */
export async function queryConfidential<Data, Variables extends AnyVariables>(
  event: Pick<RequestEvent, "cookies" | "fetch">,
  query: DocumentInput<Data, Variables>,
  variables: Variables,
): Promise<Data> {
  const result = await createApiClient(event).query(query, variables).toPromise();
  if (result.error?.networkError) error(503, "API unavailable");
  if (result.error) {
    const hidden = (e: { message: string; path?: readonly (string | number)[] | undefined }) =>
      /authori[sz]|not found|invalid/i.test(e.message) ||
      // API GAP: `node(id:)` with a well-formed ID of a deleted or never-existing row answers "Unexpected error"
      // (Prisma's findUniqueOrThrow inside the Relay node resolver) instead of null. It is still "no such object".
      (e.path?.[0] === "node" && (result.data as { node?: unknown } | undefined)?.node === null);
    if (result.error.graphQLErrors.every(hidden)) error(404, "Not found");
    console.error("GraphQL API returned errors:", result.error.graphQLErrors);
    error(502, "API error");
  }
  if (!result.data) error(502, "API error");
  return result.data;
}

/** A 404 for an ID in the address that cannot be a Relay global ID (saves the API a lookup). */
export function checkId(id: string): void {
  if (!/^[A-Za-z0-9+/=_-]{4,200}$/.test(id)) error(404, "Not found");
}
