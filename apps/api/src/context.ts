import type { PrismaClient } from "@desa-migran/db";

import type { SignInThrottle } from "./modules/auth/throttle.ts";

/** The signed-in user, as loaded from a session cookie. */
export interface SessionUser {
  id: string;
  isPlatformAdmin: boolean;
  personId: string | null;
  sessionId: string;
  /** What the user held when the request began (absent for a user signed in by this request). */
  roles?: SessionRoles;
}

/**
 * The user's roles, read in the session lookup's one statement: authorization scopes answer "yes" from them without
 * a statement of their own, and in a query "no" too. In a mutation a "no" is still asked of the database, so a role
 * granted earlier in the same request (a business just created, a household just registered) counts.
 */
export interface SessionRoles {
  businesses: ReadonlySet<string>;
  /** Cooperative id → whether the user is its treasurer. */
  cooperatives: ReadonlyMap<string, { villageId: string; treasurer: boolean }>;
  villages: ReadonlySet<string>;
  organizations: ReadonlySet<string>;
  households: ReadonlySet<string>;
  memberships: ReadonlySet<string>;
}

/** A partner calling with an API key: it acts for an organization and never for a person. */
export interface PartnerKey {
  id: string;
  organizationId: string;
  scopes: string[];
}

export interface Context {
  prisma: PrismaClient;
  request: Request;
  user: SessionUser | null;
  apiKey: PartnerKey | null;
  /** Set-Cookie headers to add to the response (sign in / sign out). */
  responseCookies: string[];
  /** The web app's origin, for links in messages (the first of WEB_ORIGIN). */
  webOrigin: string;
  /** The caller's address (the socket's peer, or what a trusted proxy forwarded). */
  clientAddress: string;
  /** Set while a query runs (auth/settled-roles.ts): the session's roles answer every scope check. */
  rolesSettled?: boolean;
  /** Wrong-password counting per account and address, shared through Redis when configured. */
  signInThrottle: SignInThrottle;
}
