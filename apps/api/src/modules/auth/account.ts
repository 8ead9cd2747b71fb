// A signed-in person's own account: password, sessions, phone.
import type { PrismaClient } from "@desa-migran/db";

import { queueMessage } from "../messages/service.ts";
import { WrongCurrentPasswordError } from "./errors.ts";
import { hashPassword, verifyPassword } from "./passwords.ts";

/**
 * Changes the password after checking the current one. Every other session of the account is revoked (a changed
 * password is how people lock out a device they lost or someone who learnt the old one); the session that made the
 * change stays, since it just proved it knows the password. Returns how many sessions were revoked.
 */
export async function changePassword(
  prisma: PrismaClient,
  input: { userId: string; sessionId: string; currentPassword: string; newPassword: string },
): Promise<{ revokedSessions: number }> {
  const user = await prisma.user.findUniqueOrThrow({ where: { id: input.userId } });
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) throw new WrongCurrentPasswordError();
  const passwordHash = await hashPassword(input.newPassword);
  return prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    const now = new Date();
    const revoked = await tx.session.updateMany({
      where: { userId: user.id, revokedAt: null, id: { not: input.sessionId } },
      data: { revokedAt: now },
    });
    // A reset link asked for before the change must not undo it.
    await tx.passwordReset.updateMany({ where: { userId: user.id, usedAt: null }, data: { usedAt: now } });
    await queueMessage(tx, user.id, "PASSWORD_CHANGED", { name: user.name, signedOutEverywhere: false });
    return { revokedSessions: revoked.count };
  });
}

/**
 * Signs the account out everywhere: every session is revoked, the current one too. The button is for someone who
 * fears another person has their session; the cookie on this very device may be the stolen one, so keeping it
 * would keep the intruder in. The person signs in again on this device with their password.
 */
export async function signOutEverywhere(prisma: PrismaClient, userId: string): Promise<{ revokedSessions: number }> {
  const revoked = await prisma.session.updateMany({
    where: { userId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  return { revokedSessions: revoked.count };
}

/** Sets (E.164, already validated) or clears (null) the account's phone number. */
export async function updateAccountPhone(prisma: PrismaClient, userId: string, phone: string | null) {
  return prisma.user.update({ where: { id: userId }, data: { phone } });
}
