// Helpers for the buyer and entrepreneur form actions (cart, checkout, orders, /usahaku).
import { type ActionFailure, error, fail, redirect, type RequestEvent } from "@sveltejs/kit";
import type { AnyVariables, DocumentInput } from "@urql/core";

import { toWholeRupiah } from "../account/amounts.ts";
import { runMutation } from "../graphql.ts";
import { m } from "../paraglide/messages.js";
import { SESSION_COOKIE, signInUrl } from "../session.ts";

type CookieEvent = Pick<RequestEvent, "cookies" | "url">;

/** Sends a visitor without a session to sign in, coming back to this page afterwards. */
export function requireSession(event: CookieEvent): void {
  if (!event.cookies.get(SESSION_COOKIE)) redirect(303, signInUrl(event.url.pathname + event.url.search));
}

/** The form's fields as strings (files and missing fields become ""), to re-fill the form. */
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

/**
 * Rupiah typed any way `toWholeRupiah` reads (`1.250.000`, `Rp 1.250.000`, `25rb`, `1,5 jt`) as the API's digits.
 * Text it cannot read goes to the API as typed, so the API's answer names that field among every other invalid one.
 */
export const parseRupiah = (value: string): string => toWholeRupiah(value) ?? value.trim();

/** Error messages by form field, plus one for the whole form. */
export interface FormErrors {
  form?: string;
  fields: Record<string, string>;
}

interface ApiError {
  __typename: string;
  message: string;
  issues?: readonly { path: readonly string[]; message: string }[];
  field?: string;
}

/**
 * Places a typed API error next to the field it is about. Validation issues name their input
 * field in `path` (`["input", "priceIdr"]`); `fieldOf` maps an API name to the form's name
 * and may claim other typed errors (e.g. an InsufficientStockError belongs to the stock field).
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
  const field = result.field ? fieldOf(result.field) : fieldOf(result.__typename);
  if (field) errors.fields[field] = result.message;
  else errors.form = result.message;
  return errors;
}

/**
 * Runs a mutation for an action. An unreachable or failing API answers the form with a message
 * (status 503/502) rather than an error page, so what the user typed is kept.
 */
export async function mutate<Data, Variables extends AnyVariables, Extra extends object>(
  event: Pick<RequestEvent, "cookies" | "fetch">,
  mutation: DocumentInput<Data, Variables>,
  variables: Variables,
  keep: Extra,
): Promise<{ data: Data } | { failure: ActionFailure<Extra & { errors: FormErrors }> }> {
  const outcome = await runMutation(event, mutation, variables);
  if (outcome.ok) return { data: outcome.data };
  const message = outcome.reason === "unavailable" ? m.commerce_api_unavailable() : m.commerce_api_error();
  return {
    failure: fail(outcome.reason === "unavailable" ? 503 : 502, { ...keep, errors: { form: message, fields: {} } }),
  };
}

/** A 404 for a Relay ID that cannot be ours (saves the API a lookup and keeps junk out of logs). */
export function checkGlobalId(id: string): void {
  if (!/^[A-Za-z0-9+/=_-]{4,200}$/.test(id)) error(404, "Not found");
}
