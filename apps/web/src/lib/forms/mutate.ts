import { type ActionFailure, fail, type RequestEvent } from "@sveltejs/kit";
import type { AnyVariables, DocumentInput } from "@urql/core";

import { runMutation } from "../graphql.ts";
import { m } from "../paraglide/messages.js";
import { errorsFrom, type FormErrors } from "./errors.ts";

type MutationEvent = Pick<RequestEvent, "cookies" | "fetch">;

/**
 * Runs a mutation for an action. An unreachable or failing API answers the form with a message
 * (status 503/502) rather than an error page, so what the user typed is kept.
 */
export async function mutate<Data, Variables extends AnyVariables, Extra extends object>(
  event: MutationEvent,
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

/** The success member of a mutation's result union (the API names it `Mutation<Name>Success`). */
export type MutationSuccess<Result> = Extract<Result, { __typename: `Mutation${string}Success` }>;

type TypedError = Parameters<typeof errorsFrom>[0];

/**
 * What every form action does with its mutation, in one place: run it (`mutate`), take its result union from the
 * answer (`result`), and hand back the success member, or the one failure shape every form reads:
 * `fail(400, { ...keep, errors })`. The typed error goes next to its field through `fieldOf` (as in `errorsFrom`);
 * without `fieldOf` its message is the whole form's. An action that treats some typed error otherwise (a status of
 * its own, a redirect) keeps using `mutate`.
 */
export async function submit<
  Data,
  Variables extends AnyVariables,
  Extra extends object,
  Result extends { __typename: `Mutation${string}Success` } | (TypedError & { __typename: string }),
>(
  event: MutationEvent,
  mutation: DocumentInput<Data, Variables>,
  variables: Variables,
  keep: Extra,
  result: (data: Data) => Result,
  fieldOf?: (apiName: string) => string | undefined,
): Promise<{ success: MutationSuccess<Result> } | { failure: ActionFailure<Extra & { errors: FormErrors }> }> {
  const outcome = await mutate(event, mutation, variables, keep);
  if ("failure" in outcome) return outcome;
  const answer = result(outcome.data);
  if (isSuccess(answer)) return { success: answer };
  const error = answer as TypedError;
  const errors: FormErrors = fieldOf ? errorsFrom(error, fieldOf) : { form: error.message, fields: {} };
  return { failure: fail(400, { ...keep, errors }) };
}

function isSuccess<Result extends { __typename: string }>(result: Result): result is MutationSuccess<Result> {
  return /^Mutation\w+Success$/.test(result.__typename);
}
