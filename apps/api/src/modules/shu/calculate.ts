import { splitProRata } from "../ledger/split.ts";

export interface ShuPolicy {
  shuReservePct: number;
  shuMembersPct: number;
  shuBoardPct: number;
  shuStaffPct: number;
  shuEducationPct: number;
  shuSocialPct: number;
  /** Part of the members' share split by transactions (JUA); the rest by savings (JMA). */
  shuJuaPctOfMembers: number;
}

export interface MemberBasis {
  membershipId: string;
  /** The member's transactions with the cooperative in the year (whole rupiah). */
  transactionsIdr: bigint;
  /** The member's savings (pokok + wajib + sukarela). */
  savingsIdr: bigint;
}

export interface ShuSplit {
  reserveIdr: bigint;
  membersIdr: bigint;
  boardIdr: bigint;
  staffIdr: bigint;
  educationIdr: bigint;
  socialIdr: bigint;
  juaIdr: bigint;
  jmaIdr: bigint;
  members: { membershipId: string; juaIdr: bigint; jmaIdr: bigint }[];
}

/**
 * Splits a year's surplus by the by-law percentages (sum 100), then the members' share into JUA (by each member's
 * transactions) and JMA (by each member's savings), all by largest remainder so every part sums exactly.
 * If no member transacted, the JUA part is shared by savings too (and vice versa), so no rupiah is left unassigned.
 */
export function calculateShu(surplusIdr: bigint, policy: ShuPolicy, members: readonly MemberBasis[]): ShuSplit {
  const [reserveIdr, membersIdr, boardIdr, staffIdr, educationIdr, socialIdr] = splitProRata(
    surplusIdr,
    [
      policy.shuReservePct,
      policy.shuMembersPct,
      policy.shuBoardPct,
      policy.shuStaffPct,
      policy.shuEducationPct,
      policy.shuSocialPct,
    ].map(BigInt),
  ) as [bigint, bigint, bigint, bigint, bigint, bigint];
  const totalTx = members.reduce((s, m) => s + m.transactionsIdr, 0n);
  const totalSavings = members.reduce((s, m) => s + m.savingsIdr, 0n);
  let [juaIdr, jmaIdr] = splitProRata(membersIdr, [
    BigInt(policy.shuJuaPctOfMembers),
    BigInt(100 - policy.shuJuaPctOfMembers),
  ]) as [bigint, bigint];
  if (totalTx === 0n) [juaIdr, jmaIdr] = [0n, juaIdr + jmaIdr];
  if (totalSavings === 0n) [juaIdr, jmaIdr] = [juaIdr + jmaIdr, 0n];
  // With neither basis, share equally.
  const equal = totalTx === 0n && totalSavings === 0n;
  const jua = equal
    ? members.map(() => 0n)
    : splitProRata(
        juaIdr,
        members.map((m) => m.transactionsIdr),
      );
  const jma = equal
    ? splitProRata(
        membersIdr,
        members.map(() => 1n),
      )
    : splitProRata(
        jmaIdr,
        members.map((m) => m.savingsIdr),
      );
  return {
    reserveIdr,
    membersIdr,
    boardIdr,
    staffIdr,
    educationIdr,
    socialIdr,
    juaIdr: equal ? 0n : juaIdr,
    jmaIdr: equal ? membersIdr : jmaIdr,
    members: members.map((m, i) => ({ membershipId: m.membershipId, juaIdr: jua[i]!, jmaIdr: jma[i]! })),
  };
}
