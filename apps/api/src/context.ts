import type { PrismaClient } from "@desa-migran/db";

import type { SignInThrottle } from "./modules/auth/throttle.ts";

/** The signed-in user, as loaded from a session cookie. */
export interface SessionUser {
  id: string;
  isPlatformAdmin: boolean;
  personId: string | null;
  sessionId: string;
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
  /** Wrong-password counting per account and address, shared through Redis when configured. */
  signInThrottle: SignInThrottle;
}
