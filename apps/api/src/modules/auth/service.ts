import type { PrismaClient } from "@desa-migran/db";

import { InvalidCredentialsError } from "./errors.ts";
import { timingDummyHash, verifyPassword } from "./passwords.ts";
import { createSession } from "./sessions.ts";

export async function signIn(
  prisma: PrismaClient,
  input: { email: string; password: string },
  userAgent: string | null,
) {
  const user = await prisma.user.findUnique({ where: { email: input.email.toLowerCase() } });
  const ok = await verifyPassword(user?.passwordHash ?? (await timingDummyHash()), input.password);
  if (!user || !ok) throw new InvalidCredentialsError();
  const session = await createSession(prisma, user.id, userAgent);
  return { user, session };
}
