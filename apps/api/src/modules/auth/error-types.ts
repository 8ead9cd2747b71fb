// Registers this module's domain errors as GraphQL error types (the classes live in errors.ts).
import { builder } from "../../builder.ts";
import { ErrorInterface, registerMessageErrors } from "../common/error-types.ts";
import {
  EmailTakenError,
  InvalidCredentialsError,
  PasswordResetLinkInvalidError,
  type RateLimitedError,
  SignUpLinkInvalidError,
  TooManyPasswordResetRequestsError,
  TooManySignInAttemptsError,
  WrongCurrentPasswordError,
} from "./errors.ts";

registerMessageErrors([
  [EmailTakenError, "EmailTakenError", "An account with this email already exists."],
  [InvalidCredentialsError, "InvalidCredentialsError", "The email or password is wrong (which one is not said)."],
  [SignUpLinkInvalidError, "SignUpLinkInvalidError", "The sign-up link was already used or has expired."],
  [WrongCurrentPasswordError, "WrongCurrentPasswordError", "The current password given to change it is wrong."],
]);

/** Both throttles' errors: a client reads the wait once, from this interface, whichever throttle answered. */
const RateLimitedInterface = builder.interfaceRef<RateLimitedError>("RateLimitedError").implement({
  description: "A request refused until a wait is over: too many attempts for an account, an e-mail or an address.",
  interfaces: [ErrorInterface],
  fields: (t) => ({
    retryAfterSeconds: t.exposeInt("retryAfterSeconds", {
      description: "Seconds until the request is accepted again.",
    }),
  }),
});

builder.objectType(TooManySignInAttemptsError, {
  name: "TooManySignInAttemptsError",
  description: "Too many wrong passwords for this account or from this address: signing in waits a while.",
  interfaces: [ErrorInterface, RateLimitedInterface],
});

builder.objectType(PasswordResetLinkInvalidError, {
  name: "PasswordResetLinkInvalidError",
  description: "The reset link was already used, has expired (after 1 hour) or was never issued.",
  interfaces: [ErrorInterface],
  fields: (t) => ({
    reason: t.field({
      type: builder.enumType("PasswordResetLinkProblem", {
        description: "Why a reset link no longer works.",
        values: {
          USED: { description: "It was already used (each link works once)." },
          EXPIRED: { description: "Its hour is up." },
          UNKNOWN: { description: "No such link was issued." },
        } as const,
      }),
      description: "Why the link no longer works.",
      resolve: (error) => error.reason,
    }),
  }),
});

builder.objectType(TooManyPasswordResetRequestsError, {
  name: "TooManyPasswordResetRequestsError",
  description: "Too many reset requests for this e-mail or from this address: asking again waits a while.",
  interfaces: [ErrorInterface, RateLimitedInterface],
});
