import { BilingualError, fixedMessage } from "../common/bilingual-error.ts";

/**
 * A request refused until a wait is over (a throttle of this module). The wait is sent in seconds; the message says
 * it in whole minutes, rounded up and at least 1, as the web app does from `retryAfterSeconds`.
 */
export abstract class RateLimitedError extends BilingualError {
  readonly retryAfterSeconds: number;
  constructor(retryAfterSeconds: number, say: (minutes: number) => readonly [messageId: string, messageEn: string]) {
    const [messageId, messageEn] = say(Math.max(1, Math.ceil(retryAfterSeconds / 60)));
    super(messageId, messageEn);
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** Why a password reset link no longer works. */
export type ResetLinkProblem = "USED" | "EXPIRED" | "UNKNOWN";

/** A reset link that was already used, has expired, or was never issued: the person asks for a new one. */
export class PasswordResetLinkInvalidError extends BilingualError {
  readonly reason: ResetLinkProblem;
  constructor(reason: ResetLinkProblem) {
    const [id, en] =
      reason === "USED"
        ? [
            "Tautan ini sudah dipakai untuk mengatur ulang kata sandi. Minta tautan baru jika perlu.",
            "This link has already been used to reset a password. Ask for a new link if you need one.",
          ]
        : reason === "EXPIRED"
          ? [
              "Tautan ini sudah kedaluwarsa (berlaku 1 jam). Minta tautan baru.",
              "This link has expired (it is valid for 1 hour). Ask for a new link.",
            ]
          : ["Tautan ini tidak dikenal. Minta tautan baru.", "This link is not recognised. Ask for a new link."];
    super(id, en);
    this.reason = reason;
  }
}

/** Too many reset requests for one address or from one network address. */
export class TooManyPasswordResetRequestsError extends RateLimitedError {
  constructor(retryAfterSeconds: number) {
    super(retryAfterSeconds, (minutes) => [
      `Terlalu banyak permintaan atur ulang kata sandi. Coba lagi dalam ${minutes} menit.`,
      `Too many password reset requests. Try again in ${minutes} minutes.`,
    ]);
  }
}

/** Changing a password needs the current one. */
export class WrongCurrentPasswordError extends fixedMessage(
  "Kata sandi saat ini salah.",
  "The current password is wrong.",
) {}

export class EmailTakenError extends fixedMessage(
  "Email ini sudah terdaftar. Silakan masuk.",
  "This email is already registered. Please sign in.",
) {}

export class InvalidCredentialsError extends fixedMessage(
  "Email atau kata sandi salah.",
  "The email or password is wrong.",
) {}

export class SignUpLinkInvalidError extends fixedMessage(
  "Tautan pendaftaran tidak berlaku lagi (sudah dipakai atau lewat 24 jam). Silakan daftar ulang.",
  "This sign-up link is no longer valid (already used, or older than 24 hours). Please sign up again.",
) {}

/** Too many wrong passwords for one account or from one network address. */
export class TooManySignInAttemptsError extends RateLimitedError {
  constructor(retryAfterSeconds: number) {
    super(retryAfterSeconds, (minutes) => [
      `Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam ${minutes} menit.`,
      `Too many failed sign-in attempts. Try again in ${minutes} ${minutes === 1 ? "minute" : "minutes"}.`,
    ]);
  }
}
