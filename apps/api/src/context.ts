import type { PrismaClient } from "@desa-migran/db";

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
}
