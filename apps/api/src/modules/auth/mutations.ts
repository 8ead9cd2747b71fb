import { z } from "zod";

import { builder } from "../../builder.ts";
import { commonErrors } from "../common/error-types.ts";
import { bilingual } from "../common/validation.ts";
import {
  EmailTakenError,
  InvalidCredentialsError,
  SignUpLinkInvalidError,
  TooManySignInAttemptsError,
} from "./errors.ts";
import { signIn } from "./service.ts";
import { clearSessionCookie, revokeSession, sessionCookie } from "./sessions.ts";
import { confirmSignUp, startSignUp } from "./sign-up.ts";
import { UserRef } from "./types.ts";

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email(bilingual("Email tidak valid.", "Invalid e-mail address.")));
export const passwordSchema = z
  .string()
  .min(10, bilingual("Kata sandi minimal 10 karakter.", "Password: at least 10 characters."))
  .max(200, bilingual("Kata sandi terlalu panjang.", "The password is too long."));

/** A path on the web app only ("/produk/x?y=1"): never a full or protocol-relative URL, a backslash or a control. */
export const returnPathSchema = z
  .string()
  .max(500)
  .regex(
    /^\/(?![/\\])[^\\\s\u0000-\u001f\u007f-\u009f]*$/,
    bilingual("Alamat kembali harus berupa jalur di situs ini.", "The return address must be a path on this site."),
  );

const SessionPayload = builder.simpleObject("SessionPayload", {
  description: "A new session: the cookie is set on the response.",
  fields: (t) => ({ user: t.field({ type: UserRef, description: "The signed-in user." }) }),
});

const SignUpStarted = builder.simpleObject("SignUpStarted", {
  description: "A sign-up was started: a message went to the address (the same answer for every address).",
  fields: (t) => ({ email: t.string({ description: "Where the message went." }) }),
});
const secureRequest = (request: Request) => new URL(request.url).protocol === "https:";

builder.mutationFields((t) => ({
  signUp: t.field({
    type: SignUpStarted,
    description:
      "Starts a sign-up: a link that creates the account is sent to the address. The answer is the same whether " +
      "or not the address already has an account (that address gets a note instead), so nobody can probe it.",
    errors: { types: [...commonErrors] },
    args: {
      input: t.arg({
        type: builder.inputType("SignUpInput", {
          description: "A new account.",
          fields: (f) => ({
            email: f.string({ description: "Sign-in email.", validate: emailSchema }),
            password: f.string({ description: "At least 10 characters.", validate: passwordSchema }),
            name: f.string({
              description: "Display name.",
              validate: z.string().trim().min(1, bilingual("Nama wajib diisi.", "The name is required.")).max(120),
            }),
            locale: f.string({ required: false, description: "id (default) or en.", validate: z.enum(["id", "en"]) }),
            returnTo: f.string({
              required: false,
              description: "A path of the web app to return to once the account is activated, e.g. /keranjang.",
              validate: returnPathSchema,
            }),
          }),
        }),
      }),
    },
    resolve: async (_root, { input }, ctx) => {
      await startSignUp(ctx.prisma, { ...input, locale: input.locale ?? "id" }, ctx.webOrigin);
      return { email: input.email };
    },
  }),
  confirmSignUp: t.field({
    type: SessionPayload,
    description: "Opens the link of a sign-up email: creates the account once and signs it in (sets the cookie).",
    errors: { types: [...commonErrors, SignUpLinkInvalidError, EmailTakenError] },
    args: {
      input: t.arg({
        type: builder.inputType("ConfirmSignUpInput", {
          description: "The token from the link.",
          fields: (f) => ({
            token: f.string({ description: "The link's token.", validate: z.string().min(20).max(100) }),
          }),
        }),
      }),
    },
    resolve: async (_root, { input }, ctx) => {
      const { user, session } = await confirmSignUp(ctx.prisma, input.token, ctx.request.headers.get("user-agent"));
      ctx.responseCookies.push(sessionCookie(session.token, session.maxAgeSeconds, secureRequest(ctx.request)));
      ctx.user = { id: user.id, isPlatformAdmin: user.isPlatformAdmin, personId: user.personId, sessionId: "" };
      return { user };
    },
  }),
  signIn: t.field({
    type: SessionPayload,
    description: "Signs in with email and password (sets an HttpOnly session cookie).",
    errors: { types: [...commonErrors, InvalidCredentialsError, TooManySignInAttemptsError] },
    args: {
      input: t.arg({
        type: builder.inputType("SignInInput", {
          description: "Credentials.",
          fields: (f) => ({
            email: f.string({ description: "Sign-in email.", validate: z.string().trim().max(254) }),
            password: f.string({ description: "Password.", validate: z.string().max(200) }),
          }),
        }),
      }),
    },
    resolve: async (_root, { input }, ctx) => {
      // Throttled per account and per address before the password is even checked: a blocked guesser learns
      // nothing, not even whether the password was right.
      await ctx.signInThrottle.assertAllowed(input.email, ctx.clientAddress);
      const { user, session } = await signIn(ctx.prisma, input, ctx.request.headers.get("user-agent")).catch(
        async (error: unknown) => {
          if (error instanceof InvalidCredentialsError)
            await ctx.signInThrottle.recordFailure(input.email, ctx.clientAddress);
          throw error;
        },
      );
      await ctx.signInThrottle.recordSuccess(input.email, ctx.clientAddress);
      ctx.responseCookies.push(sessionCookie(session.token, session.maxAgeSeconds, secureRequest(ctx.request)));
      ctx.user = { id: user.id, isPlatformAdmin: user.isPlatformAdmin, personId: user.personId, sessionId: "" };
      return { user };
    },
  }),
  signOut: t.boolean({
    description: "Ends the current session (revoked server-side) and clears the cookie. True if one was active.",
    resolve: async (_root, _args, ctx) => {
      ctx.responseCookies.push(clearSessionCookie(secureRequest(ctx.request)));
      if (!ctx.user) return false;
      await revokeSession(ctx.prisma, ctx.user.sessionId);
      return true;
    },
  }),
}));
