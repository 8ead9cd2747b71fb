import { fail, redirect } from "@sveltejs/kit";

import { MutationErrors } from "#lib/forms/mutation-errors.ts";
import { graphql } from "#lib/gql.ts";
import { runMutation } from "#lib/graphql.ts";
import { mergeGuestCartAfterSignIn } from "#lib/guest-cart.server.ts";
import { m } from "#lib/paraglide/messages.js";
import { applySessionCookie, safeReturnPath } from "#lib/session.ts";

import type { Actions, PageServerLoad } from "./$types";

const ConfirmSignUp = graphql(
  `
    mutation ConfirmSignUp($input: ConfirmSignUpInput!) {
      confirmSignUp(input: $input) {
        __typename
        ... on MutationConfirmSignUpSuccess {
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

const tokenOf = (value: unknown) => (typeof value === "string" && /^[\w-]{20,100}$/.test(value) ? value : null);

/**
 * The link from the sign-up email lands here. Opening it changes nothing (mail scanners open links too): the
 * account is created by the button, a POST, which also signs the person in.
 */
export const load: PageServerLoad = (event) => {
  // The token is a secret: keep this page out of caches (the site-wide Referrer-Policy already sends other sites
  // the origin only; "no-referrer" here would make Chromium send `Origin: null` and Kit refuse the form's POST).
  event.setHeaders({ "cache-control": "private, no-store" });
  return {
    token: tokenOf(event.url.searchParams.get("token")),
    returnTo: safeReturnPath(event.url.searchParams.get("kembali")),
  };
};

export const actions: Actions = {
  default: async (event) => {
    const form = await event.request.formData();
    const token = tokenOf(form.get("token"));
    const returnTo = safeReturnPath(form.get("kembali"));
    if (!token) return fail(400, { error: m.auth_confirm_invalid() });
    const outcome = await runMutation(event, ConfirmSignUp, { input: { token } });
    if (!outcome.ok) return fail(503, { error: m.form_api_unavailable() });
    const result = outcome.data.confirmSignUp;
    switch (result.__typename) {
      case "MutationConfirmSignUpSuccess":
        if (!applySessionCookie(event.cookies, outcome.setCookies, event.url)) {
          console.error("confirmSignUp succeeded without a dm_session cookie");
          return fail(502, { error: m.form_api_unavailable() });
        }
        // A cart filled as a guest in this browser joins the new account, and the person goes back to where
        // they signed up from.
        await mergeGuestCartAfterSignIn(event);
        return redirect(303, returnTo);
      case "EmailTakenError":
        return fail(400, { error: m.auth_confirm_taken() });
      case "SignUpLinkInvalidError":
      case "InputValidationError":
        return fail(400, { error: m.auth_confirm_invalid() });
      default:
        return fail(400, { error: result.message });
    }
  },
};
