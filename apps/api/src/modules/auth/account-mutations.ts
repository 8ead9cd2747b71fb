// Account recovery and the signed-in person's own settings: requestPasswordReset, resetPassword, changePassword,
// signOutEverywhere, updateAccount.
import { z } from "zod";

import { builder } from "../../builder.ts";
import { commonErrors } from "../common/error-types.ts";
import { ForbiddenError } from "../common/errors.ts";
import { phoneNumber } from "../common/phone.ts";
import { changePassword, signOutEverywhere, updateAccountPhone } from "./account.ts";
import {
  PasswordResetLinkInvalidError,
  TooManyPasswordResetRequestsError,
  TooManySignInAttemptsError,
  WrongCurrentPasswordError,
} from "./errors.ts";
import { emailSchema, passwordSchema } from "./mutations.ts";
import { requestPasswordReset, resetPassword } from "./password-reset.ts";
import { clearSessionCookie } from "./sessions.ts";
import { UserRef } from "./types.ts";

const signedIn = {
  authScopes: { loggedIn: true },
  unauthorizedError: () => new ForbiddenError("Silakan masuk terlebih dahulu.", "Please sign in first."),
} as const;

const PasswordResetRequested = builder.simpleObject("PasswordResetRequested", {
  description: "The same answer for every address: if it has an account, a reset link is on its way.",
  fields: (t) => ({ email: t.string({ description: "The address the request named." }) }),
});
const PasswordResetDone = builder.simpleObject("PasswordResetDone", {
  description: "The password was changed and every session of the account was ended.",
  fields: (t) => ({ email: t.string({ description: "The account's e-mail, to sign in with the new password." }) }),
});
const SessionsRevoked = builder.simpleObject("SessionsRevoked", {
  description: "Sessions of the account that were ended.",
  fields: (t) => ({ revokedSessions: t.int({ description: "How many sessions were ended." }) }),
});
const AccountPayload = builder.simpleObject("AccountPayload", {
  description: "The account after the change.",
  fields: (t) => ({ user: t.field({ type: UserRef, description: "The signed-in user." }) }),
});

const secureRequest = (request: Request) => new URL(request.url).protocol === "https:";

builder.mutationFields((t) => ({
  requestPasswordReset: t.field({
    type: PasswordResetRequested,
    description:
      "Sends a password reset link (valid 1 hour, single use) to the address if it has an account. The answer is " +
      "the same for every address, so nobody can find out who has an account; requests are throttled per address.",
    errors: { types: [...commonErrors, TooManyPasswordResetRequestsError] },
    args: {
      input: t.arg({
        type: builder.inputType("RequestPasswordResetInput", {
          description: "The account's e-mail.",
          fields: (f) => ({ email: f.string({ description: "Sign-in email.", validate: emailSchema }) }),
        }),
      }),
    },
    resolve: async (_root, { input }, ctx) => {
      await ctx.signInThrottle.consumePasswordResetRequest(input.email, ctx.clientAddress);
      await requestPasswordReset(ctx.prisma, input, ctx.webOrigin);
      return { email: input.email };
    },
  }),
  resetPassword: t.field({
    type: PasswordResetDone,
    description:
      "Sets a new password with the token of a reset link; uses the link up and ends every session of the account.",
    errors: { types: [...commonErrors, PasswordResetLinkInvalidError] },
    args: {
      input: t.arg({
        type: builder.inputType("ResetPasswordInput", {
          description: "The link's token and the new password.",
          fields: (f) => ({
            token: f.string({ description: "The link's token.", validate: z.string().min(20).max(100) }),
            password: f.string({ description: "At least 10 characters.", validate: passwordSchema }),
          }),
        }),
      }),
    },
    resolve: async (_root, { input }, ctx) => {
      const done = await resetPassword(ctx.prisma, input);
      // The caller's own session (if any) belonged to someone; it is revoked with the rest.
      ctx.responseCookies.push(clearSessionCookie(secureRequest(ctx.request)));
      return done;
    },
  }),
  changePassword: t.field({
    type: SessionsRevoked,
    description:
      "Changes the signed-in user's password (the current one is required). Every other session is ended; this " +
      "one stays. Wrong current passwords count towards the sign-in throttle.",
    ...signedIn,
    errors: { types: [...commonErrors, WrongCurrentPasswordError, TooManySignInAttemptsError] },
    args: {
      input: t.arg({
        type: builder.inputType("ChangePasswordInput", {
          description: "The current and the new password.",
          fields: (f) => ({
            currentPassword: f.string({ description: "The current password.", validate: z.string().max(200) }),
            newPassword: f.string({ description: "At least 10 characters.", validate: passwordSchema }),
          }),
        }),
      }),
    },
    resolve: async (_root, { input }, ctx) => {
      const user = ctx.user!;
      const { email } = await ctx.prisma.user.findUniqueOrThrow({ where: { id: user.id }, select: { email: true } });
      // A stolen session must not become a way to guess the password without the sign-in throttle.
      await ctx.signInThrottle.assertAllowed(email, ctx.clientAddress);
      return changePassword(ctx.prisma, { ...input, userId: user.id, sessionId: user.sessionId }).catch(
        async (error: unknown) => {
          if (error instanceof WrongCurrentPasswordError)
            await ctx.signInThrottle.recordFailure(email, ctx.clientAddress);
          throw error;
        },
      );
    },
  }),
  signOutEverywhere: t.field({
    type: SessionsRevoked,
    description:
      "Ends every session of the signed-in user, this one included (its cookie may be the one someone else has), " +
      "and clears the cookie.",
    ...signedIn,
    errors: { types: [...commonErrors] },
    resolve: async (_root, _args, ctx) => {
      const result = await signOutEverywhere(ctx.prisma, ctx.user!.id);
      ctx.responseCookies.push(clearSessionCookie(secureRequest(ctx.request)));
      return result;
    },
  }),
  updateAccount: t.field({
    type: AccountPayload,
    description: "Changes the signed-in user's settings: the phone number (stored in E.164; null clears it).",
    ...signedIn,
    errors: { types: [...commonErrors] },
    args: {
      input: t.arg({
        type: builder.inputType("UpdateAccountInput", {
          description: "The account's settings.",
          fields: (f) => ({
            phone: f.string({
              required: false,
              description: "Phone number, e.g. 0812-3456-7890 or +62 812 3456 7890; null clears it.",
              validate: phoneNumber(),
            }),
          }),
        }),
      }),
    },
    resolve: async (_root, { input }, ctx) => ({
      user: await updateAccountPhone(ctx.prisma, ctx.user!.id, input.phone ?? null),
    }),
  }),
}));
