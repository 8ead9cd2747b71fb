import { fail, redirect } from "@sveltejs/kit";

import { errorsFrom, type FormErrors } from "#lib/forms/errors.ts";
import { textField } from "#lib/forms/fields.ts";
import { MutationErrors } from "#lib/forms/mutation-errors.ts";
import { minutesToWait } from "#lib/forms/rate-limit.ts";
import { graphql } from "#lib/gql.ts";
import { createApiClient, runMutation, runQuery } from "#lib/graphql.ts";
import { m } from "#lib/paraglide/messages.js";
import { MIN_PASSWORD_LENGTH } from "#lib/passwords.ts";
import { redirectToSignIn, SESSION_COOKIE } from "#lib/session.ts";
import { requireViewer } from "#lib/viewer.ts";

import type { Actions, PageServerLoad } from "./$types";

const AccountSettings = graphql(`
  query AccountSettings {
    viewer {
      id
      phone
    }
  }
`);

const UpdateAccount = graphql(
  `
    mutation UpdateAccount($input: UpdateAccountInput!) {
      updateAccount(input: $input) {
        __typename
        ... on MutationUpdateAccountSuccess {
          data {
            user {
              phone
            }
          }
        }
        ...MutationErrors
      }
    }
  `,
  [MutationErrors],
);

const ChangePassword = graphql(
  `
    mutation ChangePassword($input: ChangePasswordInput!) {
      changePassword(input: $input) {
        __typename
        ... on MutationChangePasswordSuccess {
          data {
            revokedSessions
          }
        }
        ...MutationErrors
      }
    }
  `,
  [MutationErrors],
);

const SignOutEverywhere = graphql(
  `
    mutation SignOutEverywhere {
      signOutEverywhere {
        __typename
        ...MutationErrors
      }
    }
  `,
  [MutationErrors],
);

export const load: PageServerLoad = async (event) => {
  const viewer = await requireViewer(event);
  const settings = await runQuery(createApiClient(event), AccountSettings, {});
  return {
    account: { name: viewer.name, email: viewer.email, locale: viewer.locale, phone: settings.viewer?.phone ?? null },
  };
};

/** A session that ended meanwhile (signed out elsewhere) sends the person to sign in and come back here. */
const signInAgain = (event: { url: URL }) => redirectToSignIn(event.url);

export const actions: Actions = {
  /** Saves or (when empty) removes the phone number. */
  telepon: async (event) => {
    const phone = textField(await event.request.formData(), "phone");
    const failWith = (status: number, errors: FormErrors) =>
      fail(status, { action: "telepon" as const, values: { phone }, errors });
    const outcome = await runMutation(event, UpdateAccount, { input: { phone: phone || null } });
    if (!outcome.ok) return failWith(503, { form: m.form_api_unavailable(), fields: {} });
    const result = outcome.data.updateAccount;
    switch (result.__typename) {
      case "MutationUpdateAccountSuccess":
        return {
          action: "telepon" as const,
          saved: result.data.user.phone ? ("saved" as const) : ("cleared" as const),
        };
      case "InputValidationError":
        return failWith(400, errorsFrom(result));
      case "ForbiddenError":
        return signInAgain(event);
      default:
        return failWith(400, { form: result.message, fields: {} });
    }
  },

  /** Changes the password (the current one is required); other devices are signed out, this one stays. */
  sandi: async (event) => {
    const form = await event.request.formData();
    const currentPassword = form.get("currentPassword");
    const newPassword = form.get("newPassword");
    // Passwords are never sent back to the page.
    const failWith = (status: number, errors: FormErrors) =>
      fail(status, { action: "sandi" as const, values: {}, errors });
    const fields: FormErrors["fields"] = {};
    if (typeof currentPassword !== "string" || !currentPassword) fields.currentPassword = m.auth_password_required();
    if (typeof newPassword !== "string" || newPassword.length < MIN_PASSWORD_LENGTH)
      fields.newPassword = m.auth_password_too_short({ min: MIN_PASSWORD_LENGTH });
    if (Object.keys(fields).length > 0 || typeof currentPassword !== "string" || typeof newPassword !== "string")
      return failWith(400, { fields });

    const outcome = await runMutation(event, ChangePassword, { input: { currentPassword, newPassword } });
    if (!outcome.ok) return failWith(503, { form: m.form_api_unavailable(), fields: {} });
    const result = outcome.data.changePassword;
    switch (result.__typename) {
      case "MutationChangePasswordSuccess":
        return { action: "sandi" as const, revokedSessions: result.data.revokedSessions };
      case "WrongCurrentPasswordError":
        return failWith(400, { fields: { currentPassword: m.acct_current_password_wrong() } });
      case "TooManySignInAttemptsError":
        return failWith(429, {
          form: m.auth_too_many_attempts({ minutes: minutesToWait(result) }),
          fields: {},
        });
      case "InputValidationError":
        return failWith(400, errorsFrom(result));
      case "ForbiddenError":
        return signInAgain(event);
      default:
        return failWith(400, { form: result.message, fields: {} });
    }
  },

  /** Ends every session of the account, this one included, and goes to the sign-in page saying so. */
  keluarSemua: async (event) => {
    const outcome = await runMutation(event, SignOutEverywhere, {});
    if (!outcome.ok)
      return fail(503, {
        action: "keluarSemua" as const,
        values: {},
        errors: { form: m.form_api_unavailable(), fields: {} },
      });
    event.cookies.delete(SESSION_COOKIE, { path: "/", secure: event.url.protocol === "https:" });
    return redirect(303, "/masuk?alasan=semua");
  },
};
