// Test fixtures for money flows: households with funded wallets and rounds in a chosen state, made with the
// same services the API uses (money never inserted around the ledger).
import type { FundingInstrument, PrismaClient } from "@desa-migran/db";

import type { createTestApi } from "../../../../test/harness.ts";
import { recordRemittance } from "../../households/service.ts";

let serial = 0;

/** The business (and so the cooperative) that `openRound` raises for. */
const roundBusiness = (prisma: PrismaClient) =>
  prisma.business.findFirstOrThrow({ where: { cooperativeId: { not: null } }, orderBy: { slug: "asc" } });

/**
 * A household whose wallet holds `walletIdr`, received as a remittance. Its head is an active member of the
 * cooperative `openRound` uses (so members-only rounds accept it) unless `member` is false.
 */
export async function fundedHousehold(
  prisma: PrismaClient,
  options: { walletIdr: bigint; incomeIdr?: bigint | null; member?: boolean },
) {
  const village = await prisma.village.findFirstOrThrow({ orderBy: { code: "asc" } });
  const n = ++serial;
  const person = await prisma.person.create({ data: { villageId: village.id, fullName: `Investor Uji ${n}` } });
  const household = await prisma.household.create({
    data: {
      villageId: village.id,
      name: `Keluarga Uji ${n}`,
      declaredAnnualIncomeIdr: options.incomeIdr === undefined ? 120_000_000n : options.incomeIdr,
      members: { create: { personId: person.id, relationship: "HEAD" } },
    },
  });
  const user = await prisma.user.create({
    data: { email: `investor${n}-${Date.now()}@uji.id`, name: `Investor ${n}`, passwordHash: "x", personId: person.id },
  });
  const cooperativeId = options.member === false ? null : (await roundBusiness(prisma)).cooperativeId!;
  const membership = cooperativeId
    ? await prisma.membership.create({
        data: { cooperativeId, personId: person.id, memberNumber: `UJI-${n}-${Date.now()}` },
      })
    : null;
  if (options.walletIdr > 0n) {
    await recordRemittance(
      prisma,
      {
        householdId: household.id,
        amountMinor: options.walletIdr,
        currency: "IDR",
        rate: "1",
        corridorCountry: "MY",
        channel: "BANK",
        receivedOn: new Date("2026-11-01"),
        savingsIdr: options.walletIdr,
        investmentIdr: 0n,
        idempotencyKey: `fixture-${household.id}`,
      },
      user.id,
    );
  }
  return { household, user, person, membership };
}

export async function openRound(
  prisma: PrismaClient,
  options: { targetIdr: bigint; minIdr: bigint; maxIdr: bigint; isPublic?: boolean; instrument?: FundingInstrument },
) {
  const business = await roundBusiness(prisma);
  const n = ++serial;
  return prisma.fundingRound.create({
    data: {
      slug: `putaran-uji-${n}-${Date.now()}`,
      businessId: business.id,
      cooperativeId: business.cooperativeId!,
      title: `Putaran uji ${n}`,
      instrument: options.instrument ?? "PROFIT_SHARE",
      isPublic: options.isPublic ?? false,
      targetIdr: options.targetIdr,
      minTicketIdr: options.minIdr,
      maxTicketIdr: options.maxIdr,
      returnBps: 1200,
      tenorMonths: 12,
      status: "OPEN",
      opensAt: new Date(Date.now() - 86_400_000),
      closesAt: new Date(Date.now() + 30 * 86_400_000),
    },
    include: { business: true },
  });
}

export const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString("base64");

/** What a household's wallet holds (zero before its first movement). */
export const walletBalance = async (prisma: PrismaClient, householdId: string) =>
  (await prisma.account.findUnique({ where: { key: `household:${householdId}:wallet` } }))?.balance ?? 0n;

/** An open round of `targetIdr` (tickets from Rp 1 up to the target), an officer of its cooperative and its owner. */
export async function roundWithOfficerAndOwner(api: Awaited<ReturnType<typeof createTestApi>>, targetIdr: bigint) {
  const round = await openRound(api.prisma, { targetIdr, minIdr: 1n, maxIdr: targetIdr });
  const officerSession = await api.createUserSession({ email: `pengurus-${round.id}@uji.id` });
  await api.prisma.cooperativeOfficer.create({
    data: { userId: officerSession.user.id, cooperativeId: round.cooperativeId, title: "Bendahara" },
  });
  const owner = await api.createUserSession({ email: `o-${round.id}@uji.id` });
  await api.prisma.business.update({ where: { id: round.businessId }, data: { ownerId: owner.user.id } });
  return { round, officer: officerSession.token, owner: owner.token };
}
