import { fail, redirect } from "@sveltejs/kit";

import { errorsFrom, type FormErrors } from "#lib/forms/errors.ts";
import { textField } from "#lib/forms/fields.ts";
import { MutationErrors } from "#lib/forms/mutation-errors.ts";
import { minutesToWait } from "#lib/forms/rate-limit.ts";
import { graphql } from "#lib/gql.ts";
import { runMutation } from "#lib/graphql.ts";
import { mergeGuestCartAfterSignIn } from "#lib/guest-cart.server.ts";
import { m } from "#lib/paraglide/messages.js";
import { applySessionCookie, safeReturnPath } from "#lib/session.ts";
import { findViewer } from "#lib/viewer.ts";

import type { Actions, PageServerLoad } from "./$types";

const SignIn = graphql(
  `
    mutation SignIn($input: SignInInput!) {
      signIn(input: $input) {
        __typename
        ... on MutationSignInSuccess {
          data {
            user {
              id
            }
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
  // Already signed in: nothing to do here.
  if (await findViewer(event)) redirect(303, returnTo);
  // After "sign out everywhere" (/akun) or a password reset, the page says why the person is signing in again.
  const reason = event.url.searchParams.get("alasan");
  return { returnTo, reason: reason === "semua" || reason === "sandi" ? reason : null };
};

export const actions: Actions = {
  default: async (event) => {
    const form = await event.request.formData();
    const email = textField(form, "email");
    const password = form.get("password");
    const returnTo = safeReturnPath(form.get("kembali"));
    // The password is never sent back to the page.
    const failWith = (status: number, errors: FormErrors) => fail(status, { values: { email }, errors });

    const fields: FormErrors["fields"] = {};
    if (!email) fields.email = m.auth_email_required();
    if (typeof password !== "string" || !password) fields.password = m.auth_password_required();
    if (Object.keys(fields).length > 0 || typeof password !== "string") return failWith(400, { fields });

    const outcome = await runMutation(event, SignIn, { input: { email, password } });
    if (!outcome.ok) return failWith(503, { form: m.form_api_unavailable(), fields: {} });
    const result = outcome.data.signIn;
    switch (result.__typename) {
      case "MutationSignInSuccess":
        if (!applySessionCookie(event.cookies, outcome.setCookies, event.url)) {
          console.error("signIn succeeded without a dm_session cookie");
          return failWith(502, { form: m.form_api_unavailable(), fields: {} });
        }
        // What the person put in the cart before signing in joins their account's cart.
        await mergeGuestCartAfterSignIn(event);
        return redirect(303, returnTo);
      case "InvalidCredentialsError":
        return failWith(400, { fields: { password: m.auth_invalid_credentials() } });
      case "TooManySignInAttemptsError":
        return failWith(429, {
          form: m.auth_too_many_attempts({ minutes: minutesToWait(result) }),
          fields: {},
        });
      case "InputValidationError":
        return failWith(400, errorsFrom(result));
      default:
        return failWith(400, { form: result.message, fields: {} });
    }
  },
};
