import type { SubmitFunction } from "$app/forms";

import { keepTyping } from "../forms/enhance.ts";
import { offline } from "./offline-state.svelte.ts";
import type { EntryKind } from "./queue.ts";

/**
 * `use:enhance` for the office forms that work without a signal (register a person, record or move a stint, open a
 * case, add a case step). Every submit carries an idempotency key made here, so a form sent twice (a lost answer,
 * a replay) takes effect once. With no signal the entry is not sent but saved, encrypted, in the offline queue and
 * the form starts over; it is sent when the signal returns. Online it behaves as `after` (default `keepTyping`).
 * Without JavaScript the form posts as always (and without a key).
 */
export function offlineEntry(
  kind: EntryKind,
  label: (form: FormData) => string,
  after: SubmitFunction = keepTyping,
): SubmitFunction {
  return async (input) => {
    const { formData, action, cancel, formElement } = input;
    if (!formData.get("idempotencyKey")) formData.set("idempotencyKey", crypto.randomUUID());
    const save = async () => {
      const fields = [...formData].filter((pair): pair is [string, string] => typeof pair[1] === "string");
      await offline.add({ kind, label: label(formData), action: action.href, fields });
      formElement.reset();
    };
    if (offline.ready && !navigator.onLine) {
      cancel();
      void save();
      return;
    }
    const online = await after(input);
    return async (outcome) => {
      // The signal dropped while sending (a failed fetch): whether or not it arrived, the key makes sending it
      // again harmless.
      const { result } = outcome;
      if (result.type === "error" && offline.ready && (!navigator.onLine || result.error instanceof TypeError))
        return save();
      if (online) return online(outcome);
      return outcome.update();
    };
  };
}
