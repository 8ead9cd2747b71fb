// QRIS (Quick Response Code Indonesian Standard) is EMVCo's Merchant-Presented Mode QR: a string of TLV fields
// (two-digit tag, two-digit length, value), ending in tag 63, a CRC-16/CCITT-FALSE over everything before its value.
// A cooperative prints a static QRIS (point of initiation "11", no amount); for each payment we build the dynamic
// one: point of initiation "12", tag 54 set to the amount, our reference as the bill number (tag 62, sub-tag 01) and
// the CRC recomputed. Pure functions, no I/O.
import { BilingualError } from "../common/bilingual-error.ts";

/** One TLV field, in the order it appeared. */
export interface QrisField {
  tag: string;
  value: string;
}

export type QrisProblem =
  | "EMPTY"
  | "CHARACTERS"
  | "STRUCTURE"
  | "FORMAT_INDICATOR"
  | "CRC_MISSING"
  | "CRC_MISMATCH"
  | "MERCHANT_ACCOUNT"
  | "MERCHANT_CATEGORY"
  | "CURRENCY"
  | "COUNTRY"
  | "MERCHANT_NAME"
  | "MERCHANT_CITY"
  | "NOT_STATIC"
  | "AMOUNT";

const MESSAGES: Record<QrisProblem, [string, string]> = {
  EMPTY: ["Teks QRIS kosong.", "The QRIS text is empty."],
  CHARACTERS: [
    "Teks QRIS hanya boleh berisi huruf, angka dan tanda baca biasa (salin persis dari pemindai).",
    "The QRIS text may hold only plain letters, digits and punctuation (copy it exactly from a scanner).",
  ],
  STRUCTURE: [
    "Teks QRIS rusak: susunan tag dan panjangnya tidak cocok. Salin ulang seluruh teks dari stiker QRIS.",
    "The QRIS text is damaged: its tags and lengths do not line up. Copy the whole text from the QRIS sticker again.",
  ],
  FORMAT_INDICATOR: ['Teks QRIS harus diawali "000201".', 'A QRIS text must start with "000201".'],
  CRC_MISSING: [
    "Teks QRIS tidak diakhiri kode pemeriksa (tag 63).",
    "The QRIS text does not end with its checksum (tag 63).",
  ],
  CRC_MISMATCH: [
    "Kode pemeriksa QRIS (CRC) tidak cocok: teksnya terpotong atau salah salin.",
    "The QRIS checksum (CRC) does not match: the text was cut or mistyped.",
  ],
  MERCHANT_ACCOUNT: [
    "Teks QRIS tidak memuat informasi akun merchant (tag 26-51).",
    "The QRIS text holds no merchant account information (tags 26-51).",
  ],
  MERCHANT_CATEGORY: [
    "Kode kategori merchant (tag 52) harus 4 angka.",
    "The merchant category code (tag 52) must be 4 digits.",
  ],
  CURRENCY: ["QRIS harus dalam Rupiah (tag 53 = 360).", "The QRIS must be in rupiah (tag 53 = 360)."],
  COUNTRY: ["Kode negara QRIS harus ID (tag 58).", "The QRIS country code must be ID (tag 58)."],
  MERCHANT_NAME: ["Nama merchant (tag 59) wajib ada.", "The merchant name (tag 59) is required."],
  MERCHANT_CITY: ["Kota merchant (tag 60) wajib ada.", "The merchant city (tag 60) is required."],
  NOT_STATIC: [
    "Ini QRIS dinamis (sudah berisi nominal). Simpan QRIS statis yang tercetak di stiker koperasi.",
    "This is a dynamic QRIS (it already holds an amount). Save the static QRIS printed on the cooperative's sticker.",
  ],
  AMOUNT: [
    "Nominal QRIS harus bilangan bulat rupiah yang positif (maks. 13 digit).",
    "A QRIS amount must be a positive whole number of rupiah (at most 13 digits).",
  ],
};

/** A QRIS payload that cannot be used, with the reason in Bahasa Indonesia (`message`) and English. */
export class QrisFormatError extends BilingualError {
  readonly problem: QrisProblem;
  constructor(problem: QrisProblem) {
    super(...MESSAGES[problem]);
    this.problem = problem;
  }
}

/**
 * CRC-16/CCITT-FALSE (polynomial 0x1021, initial 0xFFFF, no reflection, no final XOR) of an ASCII string, as EMVCo
 * requires for tag 63. Check value: "123456789" → 0x29B1.
 */
export function crc16CcittFalse(text: string): number {
  let crc = 0xffff;
  for (let i = 0; i < text.length; i++) {
    crc ^= text.charCodeAt(i) << 8;
    for (let bit = 0; bit < 8; bit++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc;
}

const crcHex = (text: string) => crc16CcittFalse(text).toString(16).toUpperCase().padStart(4, "0");

/** Splits TLV text into fields; throws STRUCTURE when a tag or length is not two digits or overruns the text. */
export function parseTlv(text: string): QrisField[] {
  const fields: QrisField[] = [];
  let at = 0;
  while (at < text.length) {
    const tag = text.slice(at, at + 2);
    const length = text.slice(at + 2, at + 4);
    if (!/^\d\d$/.test(tag) || !/^\d\d$/.test(length)) throw new QrisFormatError("STRUCTURE");
    const end = at + 4 + Number(length);
    if (end > text.length) throw new QrisFormatError("STRUCTURE");
    fields.push({ tag, value: text.slice(at + 4, end) });
    at = end;
  }
  return fields;
}

/** Writes fields back as TLV text; a value over 99 characters cannot be written. */
export function formatTlv(fields: readonly QrisField[]): string {
  return fields
    .map(({ tag, value }) => {
      if (value.length > 99) throw new QrisFormatError("STRUCTURE");
      return `${tag}${String(value.length).padStart(2, "0")}${value}`;
    })
    .join("");
}

/** What a valid payload says about its merchant. */
export interface QrisPayload {
  fields: QrisField[];
  merchantName: string;
  merchantCity: string;
  /** "11" static, "12" dynamic (absent means static). */
  pointOfInitiation: string;
  /** Tag 54, when set (dynamic QRIS). */
  amount: string | null;
  /** The globally unique identifiers of the merchant accounts (sub-tag 00 of tags 26-51), e.g. ID.CO.QRIS.WWW. */
  merchantAccounts: string[];
}

const value = (fields: QrisField[], tag: string) => fields.find((f) => f.tag === tag)?.value;

/**
 * Parses and validates a QRIS payload: printable ASCII, well-formed TLV, "000201" first, tag 63 last with a matching
 * CRC, at least one merchant account (tags 26-51, each with its sub-tag 00), category, rupiah, country ID, name and
 * city. Throws QrisFormatError naming the first problem.
 */
export function parseQris(payload: string): QrisPayload {
  const text = payload.trim();
  if (text.length === 0) throw new QrisFormatError("EMPTY");
  if (!/^[\x20-\x7e]+$/.test(text)) throw new QrisFormatError("CHARACTERS");
  const fields = parseTlv(text);
  if (fields[0]?.tag !== "00" || fields[0].value !== "01") throw new QrisFormatError("FORMAT_INDICATOR");
  const last = fields[fields.length - 1]!;
  if (last.tag !== "63" || last.value.length !== 4) throw new QrisFormatError("CRC_MISSING");
  if (last.value.toUpperCase() !== crcHex(text.slice(0, -4))) throw new QrisFormatError("CRC_MISMATCH");

  const merchantAccounts: string[] = [];
  for (const field of fields) {
    const tag = Number(field.tag);
    if (tag < 26 || tag > 51) continue;
    const guid = value(parseTlv(field.value), "00");
    if (!guid) throw new QrisFormatError("MERCHANT_ACCOUNT");
    merchantAccounts.push(guid);
  }
  if (merchantAccounts.length === 0) throw new QrisFormatError("MERCHANT_ACCOUNT");
  if (!/^\d{4}$/.test(value(fields, "52") ?? "")) throw new QrisFormatError("MERCHANT_CATEGORY");
  if (value(fields, "53") !== "360") throw new QrisFormatError("CURRENCY");
  if (value(fields, "58") !== "ID") throw new QrisFormatError("COUNTRY");
  const merchantName = value(fields, "59")?.trim();
  if (!merchantName) throw new QrisFormatError("MERCHANT_NAME");
  const merchantCity = value(fields, "60")?.trim();
  if (!merchantCity) throw new QrisFormatError("MERCHANT_CITY");
  const pointOfInitiation = value(fields, "01") ?? "11";
  if (pointOfInitiation !== "11" && pointOfInitiation !== "12") throw new QrisFormatError("STRUCTURE");
  return {
    fields,
    merchantName,
    merchantCity,
    pointOfInitiation,
    amount: value(fields, "54") ?? null,
    merchantAccounts,
  };
}

/** Validates a cooperative's static payload before it is saved: a valid QRIS without an amount. Returns it trimmed. */
export function validateStaticQris(payload: string): string {
  const parsed = parseQris(payload);
  if (parsed.amount !== null || parsed.pointOfInitiation === "12") throw new QrisFormatError("NOT_STATIC");
  return payload.trim();
}

/** Tag 54 for whole rupiah: the digits with no decimals or separators ("150000"), at most 13 characters. */
export function formatQrisAmount(amountIdr: bigint): string {
  if (amountIdr <= 0n) throw new QrisFormatError("AMOUNT");
  const text = amountIdr.toString();
  if (text.length > 13) throw new QrisFormatError("AMOUNT");
  return text;
}

/**
 * Builds the dynamic payload from a static one: point of initiation "12", tag 54 = the amount, the reference as the
 * bill number (tag 62, sub-tag 01, beside any sub-tags the static payload had), fields in ascending tag order and
 * the CRC recomputed.
 */
export function buildDynamicQris(staticPayload: string, amountIdr: bigint, reference?: string): string {
  const { fields } = parseQris(staticPayload);
  const amount = formatQrisAmount(amountIdr);
  const kept = fields.filter((f) => !["01", "54", "63"].includes(f.tag));
  let next: QrisField[] = [...kept, { tag: "01", value: "12" }, { tag: "54", value: amount }];
  if (reference) {
    const additional = kept.find((f) => f.tag === "62");
    const sub = additional ? parseTlv(additional.value).filter((f) => f.tag !== "01") : [];
    const merged = formatTlv([{ tag: "01", value: reference }, ...sub].sort((a, b) => a.tag.localeCompare(b.tag)));
    next = [...next.filter((f) => f.tag !== "62"), { tag: "62", value: merged }];
  }
  // Tag 00 stays first; the rest ascend, as EMVCo lists them.
  next.sort((a, b) => (a.tag === "00" ? -1 : b.tag === "00" ? 1 : a.tag.localeCompare(b.tag)));
  const body = `${formatTlv(next)}6304`;
  return `${body}${crcHex(body)}`;
}

/**
 * A static QRIS for a merchant, built from its fields (for the demo seed and tests: a real cooperative pastes the
 * text of its own sticker). `merchantId` is the national merchant ID (NMID) in tag 51.
 */
export function buildStaticQris(merchant: { name: string; city: string; merchantId: string; postalCode?: string }) {
  const fields: QrisField[] = [
    { tag: "00", value: "01" },
    { tag: "01", value: "11" },
    {
      tag: "51",
      value: formatTlv([
        { tag: "00", value: "ID.CO.QRIS.WWW" },
        { tag: "02", value: merchant.merchantId },
        { tag: "03", value: "UMI" },
      ]),
    },
    { tag: "52", value: "5411" },
    { tag: "53", value: "360" },
    { tag: "58", value: "ID" },
    { tag: "59", value: merchant.name.slice(0, 25) },
    { tag: "60", value: merchant.city.slice(0, 15) },
    ...(merchant.postalCode ? [{ tag: "61", value: merchant.postalCode }] : []),
    { tag: "62", value: formatTlv([{ tag: "07", value: "A01" }]) },
  ];
  const body = `${formatTlv(fields)}6304`;
  return `${body}${crcHex(body)}`;
}
