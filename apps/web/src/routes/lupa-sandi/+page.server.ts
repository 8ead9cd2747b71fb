import { fail } from "@sveltejs/kit";

import { errorsFrom, type FormErrors } from "#lib/forms/errors.ts";
import { textField } from "#lib/forms/fields.ts";
import { MutationErrors } from "#lib/forms/mutation-errors.ts";
import { minutesToWait } from "#lib/forms/rate-limit.ts";
import { graphql } from "#lib/gql.ts";
import { runMutation } from "#lib/graphql.ts";
import { m } from "#lib/paraglide/messages.js";

import type { Actions } from "./$types";

const RequestPasswordReset = graphql(
  `
    mutation RequestPasswordReset($input: RequestPasswordResetInput!) {
      requestPasswordReset(input: $input) {
        __typename
        ... on MutationRequestPasswordResetSuccess {
          data {
            email
          }
        }
        ...MutationErrors
      }
    }
  `,
  [MutationErrors],
);

export const actions: Actions = {
  default: async (event) => {
    const email = textField(await event.request.formData(), "email");
    const failWith = (status: number, errors: FormErrors) => fail(status, { values: { email }, errors });
    if (!email) return failWith(400, { fields: { email: m.auth_email_required() } });

    const outcome = await runMutation(event, RequestPasswordReset, { input: { email } });
    if (!outcome.ok) return failWith(503, { form: m.form_api_unavailable(), fields: {} });
    const result = outcome.data.requestPasswordReset;
    switch (result.__typename) {
      // The same answer for every address: the page never says whether an account exists.
      case "MutationRequestPasswordResetSuccess":
        return { sent: true as const, email: result.data.email };
      case "TooManyPasswordResetRequestsError":
        return failWith(429, {
          form: m.acct_forgot_too_many({ minutes: minutesToWait(result) }),
          fields: {},
        });
      case "InputValidationError":
        return failWith(400, errorsFrom(result));
      default:
        return failWith(400, { form: result.message, fields: {} });
    }
  },
};
