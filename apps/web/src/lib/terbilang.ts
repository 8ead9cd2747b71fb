// Amounts in words for receipts (kwitansi): Indonesian "terbilang" and its English counterpart. Whole rupiah only
// (IDR has no minor unit in practice); BigInt, so any ledger amount (up to Rp 10^15) is spelled exactly.

const ID_UNITS = [
  "",
  "satu",
  "dua",
  "tiga",
  "empat",
  "lima",
  "enam",
  "tujuh",
  "delapan",
  "sembilan",
  "sepuluh",
  "sebelas",
];
const ID_SCALES = ["", "ribu", "juta", "miliar", "triliun", "kuadriliun"];

/** 0..999 in Indonesian words ("" for 0). */
function idBelowThousand(n: number): string {
  const words: string[] = [];
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (hundreds === 1) words.push("seratus");
  else if (hundreds > 1) words.push(`${ID_UNITS[hundreds]} ratus`);
  if (rest < 12) {
    if (rest > 0) words.push(ID_UNITS[rest]!);
  } else if (rest < 20) {
    words.push(`${ID_UNITS[rest - 10]} belas`);
  } else {
    words.push(`${ID_UNITS[Math.floor(rest / 10)]} puluh`);
    if (rest % 10) words.push(ID_UNITS[rest % 10]!);
  }
  return words.join(" ");
}

/** Groups of three digits, least significant first. */
function groups(value: bigint): number[] {
  const out: number[] = [];
  let v = value;
  do {
    out.push(Number(v % 1000n));
    v /= 1000n;
  } while (v > 0n);
  return out;
}

function assertWhole(value: bigint): void {
  if (value < 0n) throw new RangeError("terbilang: negative amount");
  if (value >= 10n ** 18n) throw new RangeError("terbilang: amount too large");
}

/** An amount in Indonesian words: 1_250_000n → "satu juta dua ratus lima puluh ribu". Zero is "nol". */
export function terbilang(value: bigint): string {
  assertWhole(value);
  if (value === 0n) return "nol";
  const parts: string[] = [];
  groups(value).forEach((group, scale) => {
    if (group === 0) return;
    // 1000 is "seribu", not "satu ribu"; only for the thousands.
    const words =
      scale === 1 && group === 1 ? "seribu" : [idBelowThousand(group), ID_SCALES[scale]].filter(Boolean).join(" ");
    parts.unshift(words);
  });
  return parts.join(" ");
}

/** The receipt's line: "satu juta dua ratus lima puluh ribu rupiah", first letter in capitals. */
export function terbilangRupiah(value: bigint): string {
  const words = `${terbilang(value)} rupiah`;
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const EN_UNITS = [
  "",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
];
const EN_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const EN_SCALES = ["", "thousand", "million", "billion", "trillion", "quadrillion"];

function enBelowThousand(n: number): string {
  const words: string[] = [];
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (hundreds) words.push(`${EN_UNITS[hundreds]} hundred`);
  if (rest >= 20) words.push(EN_TENS[Math.floor(rest / 10)]! + (rest % 10 ? `-${EN_UNITS[rest % 10]}` : ""));
  else if (rest) words.push(EN_UNITS[rest]!);
  return words.join(" ");
}

/** An amount in English words: 1_250_000n → "one million two hundred fifty thousand". */
export function amountInEnglishWords(value: bigint): string {
  assertWhole(value);
  if (value === 0n) return "zero";
  const parts: string[] = [];
  groups(value).forEach((group, scale) => {
    if (group) parts.unshift([enBelowThousand(group), EN_SCALES[scale]].filter(Boolean).join(" "));
  });
  return parts.join(" ");
}

/** The receipt's line in English: "One million two hundred fifty thousand rupiah". */
export function amountInWordsRupiah(value: bigint, locale: string): string {
  if (!locale.startsWith("en")) return terbilangRupiah(value);
  const words = `${amountInEnglishWords(value)} rupiah`;
  return words.charAt(0).toUpperCase() + words.slice(1);
}
