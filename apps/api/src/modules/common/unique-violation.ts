import { Prisma } from "@desa-migran/db";

/**
 * Whether a write failed on a unique index (Prisma's P2002), optionally one whose name or fields match `target`.
 * Services use it where the index, not a read before the write, decides between concurrent requests.
 */
export function isUniqueViolation(error: unknown, target?: RegExp): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2002") return false;
  return !target || target.test(`${error.message} ${JSON.stringify(error.meta ?? {})}`);
}
