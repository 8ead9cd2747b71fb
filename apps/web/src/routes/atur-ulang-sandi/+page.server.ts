import { fail, redirect } from "@sveltejs/kit";

import { errorsFrom, type FormErrors } from "#lib/forms/errors.ts";
import { MutationErrors } from "#lib/forms/mutation-errors.ts";
import { graphql } from "#lib/gql.ts";
import { runMutation } from "#lib/graphql.ts";
import { m } from "#lib/paraglide/messages.js";
import { MIN_PASSWORD_LENGTH } from "#lib/passwords.ts";
import { SESSION_COOKIE } from "#lib/session.ts";

import type { Actions, PageServerLoad } from "./$types";

const ResetPassword = graphql(
  `
    mutation ResetPassword($input: ResetPasswordInput!) {
      resetPassword(input: $input) {
        __typename
        ... on PasswordResetLinkInvalidError {
          reason
        }
        ...MutationErrors
      }
    }
  `,
  [MutationErrors],
);

const tokenOf = (value: unknown) => (typeof value === "string" && /^[\w-]{20,100}$/.test(value) ? value : null);

/**
 * The link from the reset e-mail lands here. Opening it changes nothing (mail scanners open links too): the new
 * password is set by the form, a POST.
 */
export const load: PageServerLoad = (event) => {
  // The token is a secret: keep this page out of caches (see /daftar/konfirmasi for why not no-referrer).
  event.setHeaders({ "cache-control": "private, no-store" });
  return { token: tokenOf(event.url.searchParams.get("token")) };
};

export const actions: Actions = {
  default: async (event) => {
    const form = await event.request.formData();
    const token = tokenOf(form.get("token"));
    const password = form.get("password");
    const failWith = (status: number, errors: FormErrors) => fail(status, { values: {}, errors });
    if (!token) return failWith(400, { fields: { link: m.acct_reset_unknown() } });
    if (typeof password !== "string" || password.length < MIN_PASSWORD_LENGTH)
      return failWith(400, { fields: { password: m.auth_password_too_short({ min: MIN_PASSWORD_LENGTH }) } });

    const outcome = await runMutation(event, ResetPassword, { input: { token, password } });
    if (!outcome.ok) return failWith(503, { form: m.form_api_unavailable(), fields: {} });
    const result = outcome.data.resetPassword;
    switch (result.__typename) {
      case "MutationResetPasswordSuccess":
        // Every session of the account has ended, this browser's too: forget its cookie and sign in afresh.
        event.cookies.delete(SESSION_COOKIE, { path: "/", secure: event.url.protocol === "https:" });
        return redirect(303, "/masuk?alasan=sandi");
      case "PasswordResetLinkInvalidError":
        return failWith(400, {
          fields: {
            link:
              result.reason === "USED"
                ? m.acct_reset_used()
                : result.reason === "EXPIRED"
                  ? m.acct_reset_expired()
                  : m.acct_reset_unknown(),
          },
        });
      case "InputValidationError":
        return failWith(400, errorsFrom(result));
      default:
        return failWith(400, { form: result.message, fields: {} });
    }
  },
};
