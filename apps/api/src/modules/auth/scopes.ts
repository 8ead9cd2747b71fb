import type { Context } from "../../context.ts";

/** Partner key scopes: what a key may read or do. Keys never read personal data, whatever their scopes. */
export const PARTNER_SCOPES = ["catalog:read", "aggregates:read", "programs:write"] as const;
export type PartnerScope = (typeof PARTNER_SCOPES)[number];

/**
 * Authorization scopes. Parameterised scopes answer "may this caller act for that object?"; scope-auth caches
 * each (scope, parameter) answer for the request, so a list of 50 items costs one lookup per distinct owner.
 * Platform admins pass every user scope (their mutations are audited); partner keys pass only `partner(...)`.
 */
export interface Scopes {
  loggedIn: boolean;
  admin: boolean;
  self: string;
  businessOwner: string;
  cooperativeOfficer: string;
  /** The treasurer (bendahara) of this cooperative: confirms and rejects payments made to it. */
  cooperativeTreasurer: string;
  villageOfficer: string;
  /** An officer of this village, or an officer of a cooperative in it: who vouches for the village's returnees. */
  villageSteward: string;
  householdMember: string;
  organizationMember: string;
  /**
   * The signed-in user is this cooperative member (their person holds the membership). Admins do not pass it:
   * a vote, or money moved between a member's savings and their family's wallet, is the member's own act.
   */
  member: string;
  /** The signed-in user belongs to this household; admins do not pass it: only the family moves its wallet. */
  walletHolder: string;
  partner: PartnerScope;
}

/**
 * Partner keys read each family of public data only with its scope: catalogue types (products, businesses,
 * cooperatives, rounds, stories) need catalog:read, the anonymised aggregates aggregates:read; geography (names and
 * codes of regions) is open to every key, since it is how both families are reached. People, signed in or not,
 * get `rule` (a key is never a person, so a person's rule never lets a key through).
 */
export function keyScoped<R>(
  ctx: Pick<Context, "apiKey">,
  scope: PartnerScope,
  rule: R,
): R | { partner: PartnerScope } {
  return ctx.apiKey ? { partner: scope } : rule;
}

export function createScopes(ctx: Context) {
  const user = ctx.user;
  const admin = user?.isPlatformAdmin ?? false;
  const userScope = (check: (userId: string, id: string) => Promise<boolean>) => async (id: string) =>
    !!user && (admin || (await check(user.id, id)));
  // A cooperative's member list checks `member` on every row: the viewer's own memberships are read once per
  // request (a person has a handful), not once per row.
  let ownMemberships: Promise<Set<string>> | undefined;
  const isOwnMembership = async (personId: string, id: string) =>
    (
      await (ownMemberships ??= ctx.prisma.membership
        .findMany({ where: { personId }, select: { id: true } })
        .then((rows) => new Set(rows.map((row) => row.id))))
    ).has(id);
  return {
    loggedIn: !!user,
    admin,
    self: (userId: string) => !!user && (admin || user.id === userId),
    businessOwner: userScope(
      async (userId, id) =>
        !!(await ctx.prisma.business.findFirst({ where: { id, ownerId: userId }, select: { id: true } })),
    ),
    cooperativeOfficer: userScope(
      async (userId, id) =>
        !!(await ctx.prisma.cooperativeOfficer.findFirst({
          where: { cooperativeId: id, userId },
          select: { id: true },
        })),
    ),
    cooperativeTreasurer: userScope(
      async (userId, id) =>
        !!(await ctx.prisma.cooperativeOfficer.findFirst({
          where: { cooperativeId: id, userId, role: "TREASURER" },
          select: { id: true },
        })),
    ),
    villageOfficer: userScope(
      async (userId, id) =>
        !!(await ctx.prisma.villageOfficer.findFirst({ where: { villageId: id, userId }, select: { id: true } })),
    ),
    villageSteward: userScope(
      async (userId, id) =>
        !!(await ctx.prisma.villageOfficer.findFirst({ where: { villageId: id, userId }, select: { id: true } })) ||
        !!(await ctx.prisma.cooperativeOfficer.findFirst({
          where: { userId, cooperative: { villageId: id } },
          select: { id: true },
        })),
    ),
    householdMember: userScope(
      async (_userId, id) =>
        !!user?.personId &&
        !!(await ctx.prisma.householdMember.findFirst({
          where: { householdId: id, personId: user.personId },
          select: { id: true },
        })),
    ),
    member: async (id: string) => !!user?.personId && (await isOwnMembership(user.personId, id)),
    walletHolder: async (id: string) =>
      !!user?.personId &&
      !!(await ctx.prisma.householdMember.findFirst({
        where: { householdId: id, personId: user.personId },
        select: { id: true },
      })),
    organizationMember: userScope(
      async (userId, id) =>
        !!(await ctx.prisma.organizationMember.findFirst({
          where: { organizationId: id, userId },
          select: { id: true },
        })),
    ),
    partner: (scope: PartnerScope) => !!ctx.apiKey && ctx.apiKey.scopes.includes(scope),
  };
}
