import type { SavingsKind } from "@desa-migran/db";

import type { AccountRef } from "./service.ts";

/** Natural keys and kinds of the ledger's accounts, in one place so every flow (and the seed) names them alike. */
export const accounts = {
  external: (currency = "IDR"): AccountRef => ({
    key: `external:world:${currency}`,
    kind: "EXTERNAL",
    name: `Dunia luar (${currency})`,
    currency,
    allowNegative: true,
  }),
  householdWallet: (householdId: string, householdName: string): AccountRef => ({
    key: `household:${householdId}:wallet`,
    kind: "HOUSEHOLD_WALLET",
    name: `Dompet ${householdName}`.slice(0, 200),
    householdId,
  }),
  roundEscrow: (roundId: string, title: string): AccountRef => ({
    key: `round:${roundId}:escrow`,
    kind: "ROUND_ESCROW",
    name: `Eskro putaran: ${title}`.slice(0, 200),
    roundId,
  }),
  businessOperating: (businessId: string, businessName: string): AccountRef => ({
    key: `business:${businessId}:operating`,
    kind: "BUSINESS_OPERATING",
    name: `Kas usaha ${businessName}`.slice(0, 200),
    businessId,
  }),
  orderInTransit: (orderId: string, orderNumber: string): AccountRef => ({
    key: `order:${orderId}:in-transit`,
    kind: "BUYER_IN_TRANSIT",
    name: `Pembayaran pesanan ${orderNumber} (dalam proses)`,
  }),
  cooperativeFeeIncome: (cooperativeId: string): AccountRef => ({
    key: `cooperative:${cooperativeId}:fee-income`,
    kind: "COOPERATIVE_FEE_INCOME",
    name: "Pendapatan jasa marketplace koperasi",
    cooperativeId,
  }),
  platformFeeIncome: (): AccountRef => ({
    key: "platform:fee-income",
    kind: "PLATFORM_FEE_INCOME",
    name: "Pendapatan jasa platform",
  }),
  memberSavings: (membershipId: string, kind: SavingsKind, memberNumber: string): AccountRef => ({
    key: `membership:${membershipId}:${kind}`,
    kind: "MEMBER_SAVINGS",
    savingsKind: kind,
    name: `Simpanan ${kind.toLowerCase()} anggota ${memberNumber}`,
    membershipId,
  }),
  cooperative: (
    cooperativeId: string,
    kind: "COOPERATIVE_CAPITAL" | "COOPERATIVE_RESERVE" | "COOPERATIVE_SURPLUS",
    name: string,
  ): AccountRef => ({
    key: `cooperative:${cooperativeId}:${kind}`,
    kind,
    name,
    cooperativeId,
  }),
  /**
   * The cooperative's own books kept outside the platform (approved by its RAT). Money the ledger never saw
   * enters from here, e.g. the year's surplus an SHU run distributes, so no inside account holds unreal money.
   */
  cooperativeBooks: (cooperativeId: string): AccountRef => ({
    key: `external:cooperative:${cooperativeId}:books`,
    kind: "EXTERNAL",
    name: "Buku koperasi (di luar platform)",
    cooperativeId,
    allowNegative: true,
  }),
  cooperativeFund: (cooperativeId: string, fund: "BOARD" | "STAFF" | "EDUCATION" | "SOCIAL"): AccountRef => ({
    key: `cooperative:${cooperativeId}:fund:${fund}`,
    kind: "COOPERATIVE_FUND",
    name: { BOARD: "Dana pengurus", STAFF: "Dana karyawan", EDUCATION: "Dana pendidikan", SOCIAL: "Dana sosial" }[fund],
    cooperativeId,
  }),
};
