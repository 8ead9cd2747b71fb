// Reading a submitted form: every action reads its fields through these, so "what did the person type" has one answer.

/** A form field's submitted text, trimmed ("" when missing or a file). */
export function textField(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value.trim() : "";
}

/** The form's fields as typed (files and missing fields become ""), to re-fill the form after a failure. */
export function formValues<Name extends string>(data: FormData, names: readonly Name[]): Record<Name, string> {
  const values = {} as Record<Name, string>;
  for (const name of names) {
    const value = data.get(name);
    values[name] = typeof value === "string" ? value : "";
  }
  return values;
}

/** A whole number typed in a form, or null when it is not one (the API then answers a typed error). */
export function parseWholeNumber(value: string): number | null {
  const text = value.trim().replace(/[.\s]/g, "");
  if (!/^-?\d{1,9}$/.test(text)) return null;
  return Number(text);
}
