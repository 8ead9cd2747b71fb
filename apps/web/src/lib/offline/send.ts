// Sends one queued entry the way an enhanced form would: a POST of its fields to the form's action, answered by
// SvelteKit with the action's result (the same action, validation and API call as online; nothing sent twice
// changes anything, thanks to the entry's idempotency key).
import { deserialize } from "$app/forms";

import type { Entry, SendOutcome } from "./queue.ts";

interface Failure {
  errors?: { form?: string; fields?: Record<string, string | undefined> };
  conflict?: Record<string, unknown>;
}

export async function sendEntry(entry: Entry): Promise<SendOutcome> {
  const body = new FormData();
  for (const [name, value] of entry.fields) body.append(name, value);
  let text: string;
  try {
    const response = await fetch(entry.action, {
      method: "POST",
      body,
      headers: { accept: "application/json", "x-sveltekit-action": "true" },
      credentials: "same-origin",
    });
    text = await response.text();
  } catch {
    return { type: "unavailable" };
  }
  let result: ReturnType<typeof deserialize>;
  try {
    result = deserialize(text);
  } catch {
    return { type: "unavailable" };
  }
  if (result.type === "success") return { type: "sent" };
  if (result.type === "redirect") {
    // A saved entry goes on to its page in the office; any other address (the sign-in page) means not sent.
    return new URL(result.location, location.href).pathname.startsWith("/kantor-desa/")
      ? { type: "sent" }
      : { type: "unavailable" };
  }
  if (result.type === "error") return { type: "unavailable" };
  const data = (result.data ?? {}) as Failure;
  // The API could not be reached or failed just now: the entry waits for the next round.
  if (result.status === 502 || result.status === 503) return { type: "unavailable" };
  const message =
    data.errors?.form ?? Object.values(data.errors?.fields ?? {}).find((text) => !!text) ?? String(result.status);
  if (result.status === 409 && data.conflict) return { type: "conflict", message, current: data.conflict };
  return { type: "refused", message };
}
