import { type ActionFailure, fail, type RequestEvent } from "@sveltejs/kit";
import type { AnyVariables, DocumentInput } from "@urql/core";

import { runMutation } from "../graphql.ts";
import { m } from "../paraglide/messages.js";
import type { FormErrors } from "./errors.ts";

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
