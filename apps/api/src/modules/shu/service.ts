import { NotFoundError } from "../common/errors.ts";
import { accounts } from "../ledger/accounts.ts";
import { postEntry } from "../ledger/service.ts";
import { type Db, runMoneyFlow } from "../ledger/transaction.ts";
import { calculateShu, type MemberBasis } from "./calculate.ts";
import {
  NoActiveMembersError,
  ShuAlreadyReversedError,
  ShuAlreadyRunError,
  ShuAmountNotAdoptedError,
  ShuNotAdoptedError,
} from "./errors.ts";

/**
 * The motion that lets a year's SHU run: CARRIED, of kind ADOPT_ANNUAL_REPORT, at this cooperative's closed annual
 * meeting (RAT) of that fiscal year. Null when the RAT has not adopted the report (yet).
 */
export function adoptingMotion(db: Db, cooperativeId: string, fiscalYear: number) {
  return db.motion.findFirst({
    where: {
      kind: "ADOPT_ANNUAL_REPORT",
      status: "CARRIED",
      surplusIdr: { not: null },
      meeting: { cooperativeId, kind: "ANNUAL", fiscalYear, status: "CLOSED" },
    },
    orderBy: { position: "asc" },
    select: { id: true, surplusIdr: true },
  });
}

/**
 * Each active member's basis for the year: transactions = delivered orders they bought plus delivered sales of
 * businesses they own through this cooperative; savings = their pokok + wajib + sukarela balances now.
 */
async function memberBases(
  db: Db,
  cooperativeId: string,
  fiscalYear: number,
): Promise<(MemberBasis & { memberNumber: string; fullName: string })[]> {
  const from = new Date(Date.UTC(fiscalYear, 0, 1));
  const to = new Date(Date.UTC(fiscalYear + 1, 0, 1));
  return db.$queryRaw`
    SELECT m."id" AS "membershipId", m."memberNumber", p."fullName",
      coalesce((SELECT sum(o."subtotalIdr") FROM "Order" o JOIN "User" u ON u."id" = o."buyerId"
                WHERE u."personId" = m."personId" AND o."status" = 'DELIVERED'
                  AND o."deliveredAt" >= ${from} AND o."deliveredAt" < ${to}), 0)::bigint
      + coalesce((SELECT sum(o."subtotalIdr") FROM "Order" o JOIN "Business" b ON b."id" = o."businessId"
                WHERE b."ownerPersonId" = m."personId" AND b."cooperativeId" = m."cooperativeId" AND o."status" = 'DELIVERED'
                  AND o."deliveredAt" >= ${from} AND o."deliveredAt" < ${to}), 0)::bigint AS "transactionsIdr",
      coalesce((SELECT sum(a."balance") FROM "Account" a WHERE a."membershipId" = m."id" AND a."kind" = 'MEMBER_SAVINGS'), 0)::bigint
        AS "savingsIdr"
    FROM "Membership" m JOIN "Person" p ON p."id" = m."personId"
    WHERE m."cooperativeId" = ${cooperativeId}::uuid AND m."status" = 'ACTIVE'
    ORDER BY m."memberNumber"`;
}

/** What a run would post, without posting anything (the officer reviews it first). */
export async function previewShu(db: Db, cooperativeId: string, fiscalYear: number, surplusIdr: bigint) {
  const cooperative = await db.cooperative.findUnique({ where: { id: cooperativeId } });
  if (!cooperative) throw new NotFoundError("Cooperative");
  const bases = await memberBases(db, cooperativeId, fiscalYear);
  if (!bases.length) throw new NoActiveMembersError();
  const split = calculateShu(surplusIdr, cooperative, bases);
  return {
    cooperative,
    split,
    members: bases.map((b, i) => ({ ...b, ...split.members[i]! })),
  };
}

/**
 * Posts the year's SHU once, in one entry, only after that year's RAT adopted the annual report (a CARRIED
 * ADOPT_ANNUAL_REPORT motion) and for exactly the surplus it adopted; the run records that motion. The surplus
 * (from the cooperative's books, kept outside the platform) enters the surplus account from the external "cooperative books" account, and leaves it
 * again to the reserve, the four funds and each member's voluntary savings. The surplus account ends at zero, so it
 * never holds money the ledger has not seen come in.
 */
export async function runShu(
  prisma: Db,
  input: { cooperativeId: string; fiscalYear: number; surplusIdr: bigint },
  actorId: string,
) {
  return runMoneyFlow(prisma, async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM "Cooperative" WHERE "id" = ${input.cooperativeId}::uuid FOR UPDATE`;
    const live = await tx.shuRun.findFirst({
      where: { cooperativeId: input.cooperativeId, fiscalYear: input.fiscalYear, reversalEntryId: null },
    });
    if (live) {
      if (live.surplusIdr === input.surplusIdr) return live; // the same run asked again: idempotent
      throw new ShuAlreadyRunError(input.fiscalYear);
    }
    const motion = await adoptingMotion(tx, input.cooperativeId, input.fiscalYear);
    if (!motion) throw new ShuNotAdoptedError(input.fiscalYear);
    if (motion.surplusIdr !== input.surplusIdr)
      throw new ShuAmountNotAdoptedError(input.fiscalYear, motion.surplusIdr!);
    const { split, members } = await previewShu(tx, input.cooperativeId, input.fiscalYear, input.surplusIdr);
    const runs = await tx.shuRun.count({ where: { cooperativeId: input.cooperativeId, fiscalYear: input.fiscalYear } });
    const c = input.cooperativeId;
    const surplus = accounts.cooperative(c, "COOPERATIVE_SURPLUS", "Sisa hasil usaha (SHU)");
    const { entry } = await postEntry(tx, {
      idempotencyKey: `shu:${c}:${input.fiscalYear}:${runs + 1}`,
      kind: "SHU_DISTRIBUTION",
      memo: `Pembagian SHU tahun buku ${input.fiscalYear}`,
      request: input,
      createdById: actorId,
      postings: [
        { account: accounts.cooperativeBooks(c), amount: -input.surplusIdr },
        { account: surplus, amount: input.surplusIdr },
        { account: surplus, amount: -input.surplusIdr },
        { account: accounts.cooperative(c, "COOPERATIVE_RESERVE", "Cadangan koperasi"), amount: split.reserveIdr },
        { account: accounts.cooperativeFund(c, "BOARD"), amount: split.boardIdr },
        { account: accounts.cooperativeFund(c, "STAFF"), amount: split.staffIdr },
        { account: accounts.cooperativeFund(c, "EDUCATION"), amount: split.educationIdr },
        { account: accounts.cooperativeFund(c, "SOCIAL"), amount: split.socialIdr },
        ...members.map((m) => ({
          account: accounts.memberSavings(m.membershipId, "SUKARELA", m.memberNumber),
          amount: m.juaIdr + m.jmaIdr,
        })),
      ],
    });
    return tx.shuRun.create({
      data: {
        cooperativeId: c,
        fiscalYear: input.fiscalYear,
        surplusIdr: input.surplusIdr,
        reserveIdr: split.reserveIdr,
        membersIdr: split.membersIdr,
        boardIdr: split.boardIdr,
        staffIdr: split.staffIdr,
        educationIdr: split.educationIdr,
        socialIdr: split.socialIdr,
        journalEntryId: entry.id,
        motionId: motion.id,
        allocations: {
          create: members.map((m) => ({ membershipId: m.membershipId, juaIdr: m.juaIdr, jmaIdr: m.jmaIdr })),
        },
      },
    });
  });
}

/**
 * Reverses a whole run with one reversing entry that mirrors every posting (the shares back through the surplus
 * account to the cooperative's books); refused if members already withdrew what it paid them.
 */
export async function reverseShu(prisma: Db, shuRunId: string, actorId: string) {
  return runMoneyFlow(prisma, async (tx) => {
    const run = await tx.shuRun.findUnique({
      where: { id: shuRunId },
      include: { journalEntry: { include: { postings: { include: { account: true } } } } },
    });
    if (!run) throw new NotFoundError("ShuRun");
    if (run.reversalEntryId) throw new ShuAlreadyReversedError();
    const { entry } = await postEntry(tx, {
      idempotencyKey: `shu-reversal:${run.id}`,
      kind: "SHU_REVERSAL",
      memo: `Pembatalan pembagian SHU tahun buku ${run.fiscalYear}`,
      request: { shuRunId },
      createdById: actorId,
      reversalOfId: run.journalEntryId,
      postings: run.journalEntry.postings.map((p) => ({
        account: { key: p.account.key, kind: p.account.kind, name: p.account.name, currency: p.account.currency },
        amount: -p.amount,
      })),
    });
    return tx.shuRun.update({ where: { id: run.id }, data: { reversalEntryId: entry.id } });
  });
}
