// Test helpers shared by the registry, protection and stories tests: seeded ids, officers and partner keys.
import { encodeGlobalID } from "@pothos/plugin-relay";

import type { createTestApi } from "../../../../test/harness.ts";
import { API_KEY_PREFIX } from "../../auth/api-keys.ts";
import { hashToken, randomToken } from "../../auth/tokens.ts";

export type TestApi = Awaited<ReturnType<typeof createTestApi>>;

export const gid = (type: string, id: string) => encodeGlobalID(type, id);

export async function villageBySlug(api: TestApi, slug: string) {
  const village = await api.prisma.village.findUniqueOrThrow({ where: { slug } });
  return { ...village, gid: gid("Village", village.id) };
}

/** A fresh user who is a village officer of the given village, signed in. */
export async function createOfficer(api: TestApi, villageId: string, email: string) {
  const session = await api.createUserSession({ email, name: `Petugas ${email}` });
  await api.prisma.villageOfficer.create({ data: { userId: session.user.id, villageId, title: "Kasi Pelayanan" } });
  return session;
}

/** A partner API key of the first seeded organization, with the read scopes partners usually get. */
export async function createPartnerKey(api: TestApi, scopes = ["catalog:read", "aggregates:read"]) {
  const organization = await api.prisma.organization.findFirstOrThrow();
  const key = `${API_KEY_PREFIX}${randomToken()}`;
  await api.prisma.apiKey.create({
    data: {
      organizationId: organization.id,
      name: "vitest",
      prefix: key.slice(0, 12),
      keyHash: hashToken(key),
      scopes,
    },
  });
  return key;
}

/** A seeded person by name within a village (names repeat across villages). */
export async function personNamed(api: TestApi, villageId: string, fullName: string) {
  const person = await api.prisma.person.findFirstOrThrow({ where: { villageId, fullName } });
  return { ...person, gid: gid("Person", person.id) };
}
