import type { Context, SessionRoles } from "../../context.ts";

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
  // The roles read with the session answer "yes" at no cost, and "no" in a query; in a mutation, or for a user
  // signed in by this request, a "no" is asked of the database (context.ts).
  const roles = user?.roles;
  const settled = () => !!roles && !!ctx.rolesSettled;
  const userScope =
    (held: (roles: SessionRoles, id: string) => boolean, check: (userId: string, id: string) => Promise<boolean>) =>
    async (id: string) =>
      !!user && (admin || (!!roles && held(roles, id)) || (!settled() && (await check(user.id, id))));
  const isCooperativeOfficer = (userId: string, id: string) =>
    ctx.prisma.cooperativeOfficer
      .findFirst({ where: { cooperativeId: id, userId }, select: { id: true } })
      .then((row) => !!row);
  const isVillageOfficer = (userId: string, id: string) =>
    ctx.prisma.villageOfficer
      .findFirst({ where: { villageId: id, userId }, select: { id: true } })
      .then((row) => !!row);
  const isHouseholdMember = async (id: string) =>
    !!user?.personId &&
    (!!roles?.households.has(id) ||
      (!settled() &&
        !!(await ctx.prisma.householdMember.findFirst({
          where: { householdId: id, personId: user.personId },
          select: { id: true },
        }))));
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
      (held, id) => held.businesses.has(id),
      async (userId, id) =>
        !!(await ctx.prisma.business.findFirst({ where: { id, ownerId: userId }, select: { id: true } })),
    ),
    cooperativeOfficer: userScope((held, id) => held.cooperatives.has(id), isCooperativeOfficer),
    cooperativeTreasurer: userScope(
      (held, id) => !!held.cooperatives.get(id)?.treasurer,
      async (userId, id) =>
        !!(await ctx.prisma.cooperativeOfficer.findFirst({
          where: { cooperativeId: id, userId, role: "TREASURER" },
          select: { id: true },
        })),
    ),
    villageOfficer: userScope((held, id) => held.villages.has(id), isVillageOfficer),
    villageSteward: userScope(
      (held, id) => held.villages.has(id) || [...held.cooperatives.values()].some((c) => c.villageId === id),
      async (userId, id) =>
        (await isVillageOfficer(userId, id)) ||
        !!(await ctx.prisma.cooperativeOfficer.findFirst({
          where: { userId, cooperative: { villageId: id } },
          select: { id: true },
        })),
    ),
    householdMember: async (id: string) => !!user && (admin || (await isHouseholdMember(id))),
    // A member list checks every row, mostly other people's: where a "no" is asked of the database, the person's
    // memberships are read once for the request, not once per row.
    member: async (id: string) =>
      !!user?.personId && (!!roles?.memberships.has(id) || (!settled() && (await isOwnMembership(user.personId, id)))),
    walletHolder: isHouseholdMember,
    organizationMember: userScope(
      (held, id) => held.organizations.has(id),
      async (userId, id) =>
        !!(await ctx.prisma.organizationMember.findFirst({
          where: { organizationId: id, userId },
          select: { id: true },
        })),
    ),
    partner: (scope: PartnerScope) => !!ctx.apiKey && ctx.apiKey.scopes.includes(scope),
  };
}
