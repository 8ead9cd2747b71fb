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
  cooperative: (cooperativeId: string, kind: "COOPERATIVE_CAPITAL" | "COOPERATIVE_RESERVE" | "COOPERATIVE_SURPLUS", name: string): AccountRef => ({
    key: `cooperative:${cooperativeId}:${kind}`,
    kind,
    name,
    cooperativeId,
    // The year's surplus is the source of an SHU split: it is credited from outside the ledger's view.
    allowNegative: kind === "COOPERATIVE_SURPLUS",
  }),
  cooperativeFund: (cooperativeId: string, fund: "BOARD" | "STAFF" | "EDUCATION" | "SOCIAL"): AccountRef => ({
    key: `cooperative:${cooperativeId}:fund:${fund}`,
    kind: "COOPERATIVE_FUND",
    name: { BOARD: "Dana pengurus", STAFF: "Dana karyawan", EDUCATION: "Dana pendidikan", SOCIAL: "Dana sosial" }[fund],
    cooperativeId,
  }),
};
