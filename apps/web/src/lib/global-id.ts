import { error } from "@sveltejs/kit";

/** A 404 for a Relay ID that cannot be ours (saves the API a lookup and keeps junk out of logs). */
export function checkGlobalId(id: string): void {
  if (!/^[A-Za-z0-9+/=_-]{4,200}$/.test(id)) error(404, "Not found");
}
