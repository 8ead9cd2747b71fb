/** What a failed commerce form action returns: what was typed and the API's errors by field. */
export interface FormFailure {
  action?: string;
  step?: string;
  values: Record<string, string | undefined>;
  errors: { form?: string; fields: Record<string, string | undefined> };
}

/**
 * The failure in an action's result, or null. Kit types `form` as the union of every action's
 * return value, which an `in` check does not narrow; this reads it as the shape all of them share.
 */
export function formFailure(form: unknown): FormFailure | null {
  if (!form || typeof form !== "object" || !("errors" in form) || !form.errors) return null;
  return form as FormFailure;
}
