// Password reset by e-mail link: single use, valid one hour, only the token's SHA-256 stored.
import type { PrismaClient } from "@desa-migran/db";

import { queueMessage } from "../messages/service.ts";
import { PasswordResetLinkInvalidError, type ResetLinkProblem } from "./errors.ts";
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
    const user = await tx.user.findUnique({ where: { email }, select: { id: true, name: true } });
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
    await queueMessage(tx, user.id, "PASSWORD_RESET", { name: user.name, link });
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
      select: { id: true, email: true, name: true },
    });
    await tx.passwordReset.updateMany({ where: { userId: user.id, usedAt: null }, data: { usedAt: now } });
    await tx.session.updateMany({ where: { userId: user.id, revokedAt: null }, data: { revokedAt: now } });
    await queueMessage(tx, user.id, "PASSWORD_CHANGED", { name: user.name, signedOutEverywhere: true });
    return { email: user.email };
  });
}
