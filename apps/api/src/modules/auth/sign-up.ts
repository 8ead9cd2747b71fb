import { createHash, randomBytes } from "node:crypto";

import type { PrismaClient } from "@desa-migran/db";

import { queueMessage } from "../messages/service.ts";
import { EmailTakenError, SignUpLinkInvalidError } from "./errors.ts";
import { hashPassword } from "./passwords.ts";
import { createSession } from "./sessions.ts";

/** How long the link in a sign-up email stays valid. */
const SIGN_UP_LINK_MS = 24 * 3_600_000;

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/**
 * Starts a sign-up with the same answer and the same work (a password hash, one message) whether or not the
 * address has an account: a new address gets a link that creates the account when opened; a registered one gets
 * a note that someone tried to sign up with it. So the form cannot be used to find out who has an account.
 */
export async function startSignUp(
  prisma: PrismaClient,
  input: { email: string; password: string; name: string; locale: string; returnTo?: string | null },
  webOrigin: string,
): Promise<void> {
  const email = input.email.toLowerCase();
  const passwordHash = await hashPassword(input.password);
  const to = { email, locale: input.locale };
  await prisma.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email }, select: { id: true } });
    if (existing) {
      // To the address in the form's language, like a new address's link: no account is looked up, so both cases
      // do the same work and the message says nothing to the one who filled in the form.
      return queueMessage(tx, to, "SIGN_UP_EXISTING", { signInLink: `${webOrigin}/masuk` });
    }
    const token = randomBytes(32).toString("base64url");
    await tx.pendingSignUp.create({
      data: {
        email,
        name: input.name,
        passwordHash,
        locale: input.locale,
        tokenHash: sha256(token),
        expiresAt: new Date(Date.now() + SIGN_UP_LINK_MS),
      },
    });
    // The page the person signed up from comes back with the link, so activating returns them there (the web
    // checks it again: a same-site path only).
    const back = input.returnTo ? `&kembali=${encodeURIComponent(input.returnTo)}` : "";
    const link = `${webOrigin}/daftar/konfirmasi?token=${token}${back}`;
    return queueMessage(tx, to, "SIGN_UP_CONFIRM", { name: input.name, link });
  });
}

/** Opens a sign-up link: creates the account (once) and signs it in. */
export async function confirmSignUp(prisma: PrismaClient, token: string, userAgent: string | null) {
  const user = await prisma.$transaction(async (tx) => {
    const pending = await tx.pendingSignUp.findUnique({ where: { tokenHash: sha256(token) } });
    if (!pending || pending.usedAt || pending.expiresAt <= new Date()) throw new SignUpLinkInvalidError();
    // Claimed with a condition, so two clicks on the same link create one account.
    const claimed = await tx.pendingSignUp.updateMany({
      where: { id: pending.id, usedAt: null },
      data: { usedAt: new Date() },
    });
    if (claimed.count === 0) throw new SignUpLinkInvalidError();
    const taken = await tx.user.findUnique({ where: { email: pending.email }, select: { id: true } });
    // The mailbox owner is asking: telling them the address already has an account reveals nothing new.
    if (taken) throw new EmailTakenError();
    return tx.user.create({
      data: { email: pending.email, name: pending.name, passwordHash: pending.passwordHash, locale: pending.locale },
    });
  });
  const session = await createSession(prisma, user.id, userAgent);
  return { user, session };
}
