import type { PrismaClient } from "@desa-migran/db";
import { parseCookie, stringifySetCookie } from "cookie";

import type { SessionRoles, SessionUser } from "../../context.ts";
import { hashToken, randomToken } from "./tokens.ts";

export const SESSION_COOKIE = "dm_session";
/** A session ends after this long without use… */
export const SESSION_IDLE_MS = 7 * 24 * 60 * 60 * 1000;
/** …and in any case this long after sign-in. */
export const SESSION_ABSOLUTE_MS = 30 * 24 * 60 * 60 * 1000;
/** lastSeenAt is written at most this often, so reads do not each cost a write. */
const TOUCH_EVERY_MS = 60 * 1000;

export async function createSession(prisma: PrismaClient, userId: string, userAgent?: string | null) {
  const token = randomToken();
  const now = Date.now();
  await prisma.session.create({
    data: {
      tokenHash: hashToken(token),
      userId,
      expiresAt: new Date(now + SESSION_ABSOLUTE_MS),
      userAgent: userAgent?.slice(0, 300) ?? null,
    },
  });
  return { token, maxAgeSeconds: SESSION_ABSOLUTE_MS / 1000 };
}

/** Returns the session's user, or null when the token is unknown, revoked, idle too long or past its end. */
export async function loadSessionUser(prisma: PrismaClient, token: string): Promise<SessionUser | null> {
  if (token.length > 100) return null;
  // One statement (relation joins) for the session, its user and the user's roles, which the scopes read.
  const session = await prisma.session.findUnique({
    where: { tokenHash: hashToken(token) },
    include: {
      user: {
        select: {
          id: true,
          isPlatformAdmin: true,
          personId: true,
          businesses: { select: { id: true } },
          cooperativeOffices: {
            select: { cooperativeId: true, role: true, cooperative: { select: { villageId: true } } },
          },
          villageOffices: { select: { villageId: true } },
          organizations: { select: { organizationId: true } },
          person: { select: { households: { select: { householdId: true } }, memberships: { select: { id: true } } } },
        },
      },
    },
  });
  const now = Date.now();
  if (!session || session.revokedAt) return null;
  if (session.expiresAt.getTime() <= now || session.lastSeenAt.getTime() + SESSION_IDLE_MS <= now) return null;
  if (now - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await prisma.session.update({ where: { id: session.id }, data: { lastSeenAt: new Date(now) } });
  }
  const { businesses, cooperativeOffices, villageOffices, organizations, person, ...user } = session.user;
  const roles: SessionRoles = {
    businesses: new Set(businesses.map((b) => b.id)),
    // One office per user and cooperative (a unique index).
    cooperatives: new Map(
      cooperativeOffices.map((office) => [
        office.cooperativeId,
        { villageId: office.cooperative.villageId, treasurer: office.role === "TREASURER" },
      ]),
    ),
    villages: new Set(villageOffices.map((v) => v.villageId)),
    organizations: new Set(organizations.map((o) => o.organizationId)),
    households: new Set(person?.households.map((h) => h.householdId)),
    memberships: new Set(person?.memberships.map((m) => m.id)),
  };
  return { ...user, sessionId: session.id, roles };
}

export async function revokeSession(prisma: PrismaClient, sessionId: string) {
  await prisma.session.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date() } });
}

export function sessionCookie(token: string, maxAgeSeconds: number, secure: boolean): string {
  return stringifySetCookie({
    name: SESSION_COOKIE,
    value: token,
    path: "/",
    httpOnly: true,
    sameSite: "lax",
    maxAge: maxAgeSeconds,
    secure,
  });
}

export const clearSessionCookie = (secure: boolean): string => sessionCookie("", 0, secure);

export function readCookie(header: string | null, name: string): string | null {
  if (!header) return null;
  return parseCookie(header)[name] || null;
}
