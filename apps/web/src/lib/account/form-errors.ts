/** Messages to show next to form fields, by field name; `form` is for the form as a whole. */
export type FieldErrors = Partial<Record<string, string>>;

/**
 * Places the API's InputValidationError issues next to the fields they are about. An issue's
 * path names the input field (`["input", "savingsIdr"]`); `fieldFor` maps it to the form's field
 * name. Issues for fields the form does not show go to `form`.
 */
export function fieldErrorsFromIssues(
  issues: readonly { path: readonly string[]; message: string }[],
  fieldFor: Readonly<Record<string, string>> = {},
): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const inputField = issue.path[0] === "input" ? issue.path[1] : issue.path[0];
    const field = (inputField && (fieldFor[inputField] ?? inputField)) || "form";
    errors[field] ??= issue.message;
  }
  return errors;
}

/** A form field's submitted text ("" when missing or a file). */
export function textField(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value.trim() : "";
}
