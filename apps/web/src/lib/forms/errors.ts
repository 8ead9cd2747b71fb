// Typed API errors (selected by the MutationErrors fragment) placed next to the form fields they are about.

/** Error messages by form field, plus one for the whole form: what a failed action returns as `errors`. */
export interface FormErrors {
  form?: string;
  fields: Record<string, string>;
}

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
