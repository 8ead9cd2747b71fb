// Typed API errors (selected by the MutationErrors fragment) placed next to the form fields they are about.

/** Error messages by form field, plus one for the whole form: what a failed action returns as `errors`. */
export interface FormErrors {
  form?: string;
  fields: Record<string, string>;
}

/**
 * The same messages flat, `form` beside the field names: the shape the account and family forms
 * (sign-in, sign-up, password, remittances, pledges) have always returned, which their pages read.
 */
export type FieldErrors = Partial<Record<string, string>>;

interface ApiError {
  __typename?: string;
  message: string;
  issues?: readonly { path: readonly string[]; message: string }[];
  field?: string;
}

/**
 * Places a typed API error next to the field it is about. Validation issues name their input
 * field in `path` (`["input", "priceIdr"]`); `fieldOf` maps an API name to the form's name
 * and may claim other typed errors (e.g. an InsufficientStockError belongs to the stock field).
 * A name `fieldOf` does not claim goes to `form`.
 */
export function errorsFrom(
  result: ApiError,
  fieldOf: (apiName: string) => string | undefined = (name) => name,
): FormErrors {
  const errors: FormErrors = { fields: {} };
  if (result.issues && result.issues.length > 0) {
    for (const issue of result.issues) {
      const apiName = issue.path.find((part) => part !== "input" && !/^\d+$/.test(part));
      const field = apiName ? fieldOf(apiName) : undefined;
      if (field && !errors.fields[field]) errors.fields[field] = issue.message;
      else if (!field) errors.form ??= issue.message;
    }
    return errors;
  }
  const field = result.field ? fieldOf(result.field) : result.__typename ? fieldOf(result.__typename) : undefined;
  if (field) errors.fields[field] = result.message;
  else errors.form = result.message;
  return errors;
}

/**
 * An InputValidationError's issues as flat FieldErrors: `fieldFor` renames an API input field to the
 * form's (`savingsIdr` → `savings`); every other input field keeps its name, and an issue with no
 * field goes to `form`.
 */
export function fieldErrorsFromIssues(
  issues: readonly { path: readonly string[]; message: string }[],
  fieldFor: Readonly<Record<string, string>> = {},
): FieldErrors {
  const { form, fields } = errorsFrom({ message: "", issues }, (name) => fieldFor[name] ?? name);
  return form === undefined ? { ...fields } : { ...fields, form };
}
