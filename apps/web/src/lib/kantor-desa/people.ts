// The person in an address or a form, for the registry and case pages.
import { error, type RequestEvent } from "@sveltejs/kit";

import { queryConfidential } from "../confidential.server.ts";
import { checkNodeId } from "./office.ts";
import { RegistryPersonQuery } from "./registry.ts";

/** The person with this ID if they are in this village's registry (and the officer may read them); otherwise 404. */
export async function loadPerson(event: Pick<RequestEvent, "cookies" | "fetch">, villageSlug: string, id: string) {
  checkNodeId(id, "Person");
  const data = await queryConfidential(event, RegistryPersonQuery, { id });
  const node = data.node;
  if (node?.__typename !== "Person" || node.village.slug !== villageSlug) error(404, "Not found");
  return node;
}
