// What an office form sends besides its fields, so an entry made without a signal (#lib/offline) can arrive late
// and more than once: the entry's idempotency key and the version of the record the officer saw.

/** The entry's idempotency key: a UUID the browser made when the form was sent; absent without JavaScript. */
export function entryKey(form: FormData): string | null {
  const value = form.get("idempotencyKey");
  return typeof value === "string" && /^[A-Za-z0-9-]{8,100}$/.test(value) ? value : null;
}

/** The version of the stint or case the page showed (a hidden field); a change made since is a conflict. */
export function expectedVersion(form: FormData): number | null {
  const value = form.get("expectedVersion");
  if (typeof value !== "string" || !/^[0-9]{1,9}$/.test(value)) return null;
  return Number(value);
}
