import type { Context } from "../../context.ts";

// Per-request answers, so a meeting with 30 motions asks the database once per cooperative, not once per motion.
const officerCache = new WeakMap<Context, Map<string, Promise<boolean>>>();
const memberCache = new WeakMap<Context, Map<string, Promise<string | null>>>();

const cached = <T>(
  store: WeakMap<Context, Map<string, Promise<T>>>,
  ctx: Context,
  key: string,
  load: () => Promise<T>,
) => {
  let map = store.get(ctx);
  if (!map) store.set(ctx, (map = new Map()));
  let value = map.get(key);
  if (!value) map.set(key, (value = load()));
  return value;
};

/** Whether the signed-in user is an officer of the cooperative (platform admins count as officers). */
export function isCooperativeOfficer(ctx: Context, cooperativeId: string): Promise<boolean> {
  const user = ctx.user;
  if (!user) return Promise.resolve(false);
  if (user.isPlatformAdmin) return Promise.resolve(true);
  return cached(
    officerCache,
    ctx,
    cooperativeId,
    async () =>
      !!(await ctx.prisma.cooperativeOfficer.findFirst({
        where: { cooperativeId, userId: user.id },
        select: { id: true },
      })),
  );
}

/** The signed-in user's own ACTIVE membership in the cooperative, if any. */
export function activeMembershipId(ctx: Context, cooperativeId: string): Promise<string | null> {
  const personId = ctx.user?.personId;
  if (!personId) return Promise.resolve(null);
  return cached(memberCache, ctx, cooperativeId, async () => {
    const membership = await ctx.prisma.membership.findFirst({
      where: { cooperativeId, personId, status: "ACTIVE" },
      select: { id: true },
    });
    return membership?.id ?? null;
  });
}

/** Scope-auth answer for "officers and active members of this cooperative". */
export async function officerOrMember(ctx: Context, cooperativeId: string) {
  if (await activeMembershipId(ctx, cooperativeId)) return true;
  return { cooperativeOfficer: cooperativeId };
}
