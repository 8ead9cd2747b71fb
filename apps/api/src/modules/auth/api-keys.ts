import type { PrismaClient } from "@desa-migran/db";

import type { PartnerKey } from "../../context.ts";
import { hashToken } from "./tokens.ts";

/** Keys look like `dmk_<random>`: the prefix lets secret scanners and people recognise them. */
export const API_KEY_PREFIX = "dmk_";
/** lastUsedAt is written at most this often per key. */
const TOUCH_EVERY_MS = 60 * 1000;

export async function loadApiKey(prisma: PrismaClient, key: string): Promise<PartnerKey | null> {
  if (!key.startsWith(API_KEY_PREFIX) || key.length > 100) return null;
  const found = await prisma.apiKey.findUnique({ where: { keyHash: hashToken(key) } });
  if (!found || found.revokedAt) return null;
  if (!found.lastUsedAt || Date.now() - found.lastUsedAt.getTime() > TOUCH_EVERY_MS) {
    await prisma.apiKey.update({ where: { id: found.id }, data: { lastUsedAt: new Date() } });
  }
  return { id: found.id, organizationId: found.organizationId, scopes: found.scopes };
}
