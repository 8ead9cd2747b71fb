// Password reset by e-mail link: single use, valid one hour, only the token's SHA-256 stored.
import type { PrismaClient } from "@desa-migran/db";

import { PasswordResetLinkInvalidError, type ResetLinkProblem } from "./errors.ts";
import { writeOutboxEmail } from "./outbox.ts";
import { hashPassword } from "./passwords.ts";
import { hashToken, randomToken } from "./tokens.ts";

/** How long the link in a reset e-mail stays valid: short, because whoever holds it can take the account. */
export const PASSWORD_RESET_LINK_MS = 3_600_000;

/**
 * Whether a reset link can still be used at `now`: null when it can, else why not. A link is dead from the moment
 * its hour is up (expiresAt itself included) and once used.
 */
export function resetLinkProblem(
  reset: { usedAt: Date | null; expiresAt: Date } | null,
  now: Date,
): ResetLinkProblem | null {
  if (!reset) return "UNKNOWN";
  if (reset.usedAt) return "USED";
  if (reset.expiresAt.getTime() <= now.getTime()) return "EXPIRED";
  return null;
}

/**
 * Asks for a reset link. The caller always gives the same answer: an account gets the link by e-mail (in its
 * language), an unknown address (including one whose sign-up is not yet confirmed) gets nothing and nothing is
 * created. The token and the message are written in one transaction, so a link never exists without its e-mail.
 */
export async function requestPasswordReset(
  prisma: PrismaClient,
  input: { email: string },
  webOrigin: string,
  now = new Date(),
): Promise<void> {
  const email = input.email.trim().toLowerCase();
  await prisma.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { email }, select: { id: true, name: true, locale: true } });
    if (!user) return;
    const token = randomToken();
    await tx.passwordReset.create({
      data: {
        userId: user.id,
        tokenHash: hashToken(token),
        expiresAt: new Date(now.getTime() + PASSWORD_RESET_LINK_MS),
      },
    });
    const link = `${webOrigin}/atur-ulang-sandi?token=${token}`;
    const english = user.locale === "en";
    await writeOutboxEmail(tx, {
      toEmail: email,
      kind: "PASSWORD_RESET",
      locale: english ? "en" : "id",
      subject: english ? "Reset your Desa Migran password" : "Atur ulang kata sandi Desa Migran Anda",
      body: english
        ? `Hello ${user.name}, open this link within 1 hour to choose a new password: ${link}\nIf you did not ask for this, ignore this message: your password stays the same.`
        : `Halo ${user.name}, buka tautan ini dalam 1 jam untuk memilih kata sandi baru: ${link}\nJika Anda tidak memintanya, abaikan pesan ini: kata sandi Anda tetap sama.`,
    });
  });
}

/**
 * Opens a reset link: sets the new password, uses up the link (and every other open link of the account) and
 * revokes every session of the account, so whoever knew the old password or held a session is out.
 * Returns the account's e-mail, for the sign-in form.
 */
export async function resetPassword(
  prisma: PrismaClient,
  input: { token: string; password: string },
  now = new Date(),
): Promise<{ email: string }> {
  const tokenHash = hashToken(input.token);
  const existing = await prisma.passwordReset.findUnique({ where: { tokenHash } });
  const problem = resetLinkProblem(existing, now);
  if (problem || !existing) throw new PasswordResetLinkInvalidError(problem ?? "UNKNOWN");
  // Hashed before the transaction: argon2 takes a while and needs no lock.
  const passwordHash = await hashPassword(input.password);
  return prisma.$transaction(async (tx) => {
    // Claimed with a condition, so two submissions of the same link change the password once.
    const claimed = await tx.passwordReset.updateMany({
      where: { id: existing.id, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (claimed.count === 0) throw new PasswordResetLinkInvalidError("USED");
    const user = await tx.user.update({
      where: { id: existing.userId },
      data: { passwordHash },
      select: { id: true, email: true, name: true, locale: true },
    });
    await tx.passwordReset.updateMany({ where: { userId: user.id, usedAt: null }, data: { usedAt: now } });
    await tx.session.updateMany({ where: { userId: user.id, revokedAt: null }, data: { revokedAt: now } });
    const english = user.locale === "en";
    await writeOutboxEmail(tx, {
      toEmail: user.email,
      kind: "PASSWORD_CHANGED",
      locale: english ? "en" : "id",
      subject: english ? "Your Desa Migran password was changed" : "Kata sandi Desa Migran Anda telah diganti",
      body: english
        ? `Hello ${user.name}, your password was just changed and every device was signed out. If this was not you, reset your password now.`
        : `Halo ${user.name}, kata sandi Anda baru saja diganti dan semua perangkat telah dikeluarkan. Jika ini bukan Anda, segera atur ulang kata sandi.`,
    });
    return { email: user.email };
  });
}
