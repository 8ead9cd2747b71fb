/**
 * Whether a write failed on a unique index (Prisma's P2002), optionally one whose name or fields match `target`.
 * Services use it where the index, not a read before the write, decides between concurrent requests. Read by
 * shape rather than `instanceof`: inside a transaction the driver adapter may hand back a plain object.
 */
export function isUniqueViolation(error: unknown, target?: RegExp): boolean {
  const e = error as { code?: string; message?: string; meta?: unknown } | null;
  if (e?.code !== "P2002") return false;
  return !target || target.test(`${e.message ?? ""} ${JSON.stringify(e.meta ?? {})}`);
}
