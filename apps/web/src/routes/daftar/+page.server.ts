import { fail, redirect } from "@sveltejs/kit";

import { errorsFrom, type FormErrors } from "#lib/forms/errors.ts";
import { textField } from "#lib/forms/fields.ts";
import { MutationErrors } from "#lib/forms/mutation-errors.ts";
import { graphql } from "#lib/gql.ts";
import { runMutation } from "#lib/graphql.ts";
import { m } from "#lib/paraglide/messages.js";
import { getLocale } from "#lib/paraglide/runtime.js";
import { MIN_PASSWORD_LENGTH } from "#lib/passwords.ts";
import { safeReturnPath } from "#lib/session.ts";
import { findViewer } from "#lib/viewer.ts";

import type { Actions, PageServerLoad } from "./$types";

const SignUp = graphql(
  `
    mutation SignUp($input: SignUpInput!) {
      signUp(input: $input) {
        __typename
        ... on MutationSignUpSuccess {
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

export const load: PageServerLoad = async (event) => {
  const returnTo = safeReturnPath(event.url.searchParams.get("kembali"));
  if (await findViewer(event)) redirect(303, returnTo);
  return { returnTo };
};

export const actions: Actions = {
  default: async (event) => {
    const form = await event.request.formData();
    const name = textField(form, "name");
    const email = textField(form, "email");
    const password = form.get("password");
    // Where to land once the account is activated: it travels in the activation link (the API checks it too).
    const kembali = form.get("kembali");
    const returnTo = typeof kembali === "string" && kembali ? safeReturnPath(kembali) : "/akun";
    const failWith = (status: number, errors: FormErrors) => fail(status, { values: { name, email }, errors });

    const fields: FormErrors["fields"] = {};
    if (!name) fields.name = m.auth_name_required();
    if (!email) fields.email = m.auth_email_required();
    if (typeof password !== "string" || password.length < MIN_PASSWORD_LENGTH)
      fields.password = m.auth_password_too_short({ min: MIN_PASSWORD_LENGTH });
    if (Object.keys(fields).length > 0 || typeof password !== "string") return failWith(400, { fields });

    const outcome = await runMutation(event, SignUp, {
      input: { name, email, password, locale: getLocale(), returnTo: returnTo.length <= 500 ? returnTo : "/akun" },
    });
    if (!outcome.ok) return failWith(503, { form: m.form_api_unavailable(), fields: {} });
    const result = outcome.data.signUp;
    switch (result.__typename) {
      // The same answer for every address (the API never says whether one is registered): check your email.
      case "MutationSignUpSuccess":
        return { sent: true as const, email: result.data.email };
      case "InputValidationError":
        return failWith(400, errorsFrom(result));
      default:
        return failWith(400, { form: result.message, fields: {} });
    }
  },
};
