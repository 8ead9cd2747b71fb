// A statement line in words a family reads ("Kiriman dari Taiwan lewat aplikasi"), not the flow's code
// ("REMITTANCE", "via APP"). Journal memos are written in Indonesian when money moves; English is built from the kind.
import type { RemittanceChannel } from "@desa-migran/db";

import type { Language } from "../common/text.ts";

/** What a statement line needs to be told in words. */
export interface LineFacts {
  kind: string;
  memo: string;
  /** Set for remittances: where the money came from and how. */
  corridorCountry?: string | null;
  channel?: RemittanceChannel | null;
}

const CHANNEL: Record<RemittanceChannel, Record<Language, string>> = {
  BANK: { id: "lewat bank", en: "by bank transfer" },
  POS: { id: "lewat kantor pos", en: "through the post office" },
  APP: { id: "lewat aplikasi", en: "through an app" },
  CASH: { id: "dibawa tunai", en: "brought in cash" },
};

const KIND: Record<string, Record<Language, string>> = {
  ORDER_PAYMENT: { id: "Pembayaran pesanan", en: "Order payment" },
  ORDER_SETTLEMENT: { id: "Hasil penjualan pesanan", en: "Order proceeds" },
  ORDER_REFUND: { id: "Pengembalian dana pesanan", en: "Order refund" },
  PLEDGE: { id: "Investasi ke putaran pendanaan", en: "Investment in a funding round" },
  ROUND_REFUND: { id: "Investasi dikembalikan: target tidak tercapai", en: "Investment returned: target not reached" },
  ROUND_DISBURSEMENT: { id: "Pencairan dana putaran", en: "Funding round paid out" },
  REPAYMENT: { id: "Angsuran atau bagi hasil putaran", en: "Instalment or profit share from a round" },
  SHU_DISTRIBUTION: { id: "Pembagian SHU", en: "Surplus (SHU) shared out" },
  SHU_REVERSAL: { id: "Pembatalan pembagian SHU", en: "Surplus (SHU) share cancelled" },
  SAVINGS_DEPOSIT_POKOK: { id: "Setoran simpanan pokok", en: "Principal savings paid in" },
  SAVINGS_DEPOSIT_WAJIB: { id: "Setoran simpanan wajib", en: "Mandatory savings paid in" },
  SAVINGS_DEPOSIT_SUKARELA: { id: "Setoran simpanan sukarela", en: "Voluntary savings paid in" },
  SAVINGS_WITHDRAWAL_POKOK: { id: "Pengembalian simpanan pokok", en: "Principal savings refunded" },
  SAVINGS_WITHDRAWAL_WAJIB: { id: "Pengembalian simpanan wajib", en: "Mandatory savings refunded" },
  SAVINGS_WITHDRAWAL_SUKARELA: { id: "Penarikan simpanan sukarela", en: "Voluntary savings withdrawn" },
};

const countryNames: Record<Language, Intl.DisplayNames> = {
  id: new Intl.DisplayNames(["id"], { type: "region" }),
  en: new Intl.DisplayNames(["en"], { type: "region" }),
};

function countryName(code: string | null | undefined, language: Language): string {
  if (!code) return language === "en" ? "abroad" : "luar negeri";
  try {
    return countryNames[language].of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** What a memo names that English words should keep: an order number, a round's title, a fiscal year. */
function reference(memo: string): string | null {
  return (
    /\bDM-\d{4}-\d+\b/.exec(memo)?.[0] ??
    /putaran (.+?)(?: tidak mencapai target)?$/.exec(memo)?.[1] ??
    /tahun buku (\d{4})/.exec(memo)?.[1] ??
    null
  );
}

/** The line in words, in the reader's language. */
export function describeLine(line: LineFacts, language: Language): string {
  if (line.kind === "REMITTANCE") {
    const from = countryName(line.corridorCountry, language);
    const how = line.channel ? ` ${CHANNEL[line.channel][language]}` : "";
    return language === "en" ? `Remittance from ${from}${how}` : `Kiriman dari ${from}${how}`;
  }
  const label = KIND[line.kind];
  if (!label) return line.memo || line.kind;
  // The Indonesian memo already says it in words, with the details (member number, round, order).
  if (language === "id") return line.memo || label.id;
  const ref = reference(line.memo);
  return ref ? `${label.en}: ${ref}` : label.en;
}
