import { describe, expect, it } from "vitest";

import { amountInEnglishWords, amountInWordsRupiah, terbilang, terbilangRupiah } from "./terbilang.ts";

describe("terbilang (amounts in Indonesian words)", () => {
  it.each([
    [0n, "nol"],
    [1n, "satu"],
    [10n, "sepuluh"],
    [11n, "sebelas"],
    [12n, "dua belas"],
    [19n, "sembilan belas"],
    [20n, "dua puluh"],
    [21n, "dua puluh satu"],
    [100n, "seratus"],
    [101n, "seratus satu"],
    [111n, "seratus sebelas"],
    [250n, "dua ratus lima puluh"],
    [1000n, "seribu"],
    [1001n, "seribu satu"],
    [1100n, "seribu seratus"],
    [2000n, "dua ribu"],
    [11_000n, "sebelas ribu"],
    [100_000n, "seratus ribu"],
    [101_000n, "seratus satu ribu"],
    [1_000_000n, "satu juta"],
    [1_250_000n, "satu juta dua ratus lima puluh ribu"],
    [75_000n, "tujuh puluh lima ribu"],
    [2_001_000n, "dua juta seribu"],
    [1_000_000_000n, "satu miliar"],
    [10_000_000_000_000n, "sepuluh triliun"],
    [
      999_999_999_999_999n,
      "sembilan ratus sembilan puluh sembilan triliun sembilan ratus sembilan puluh sembilan miliar sembilan ratus sembilan puluh sembilan juta sembilan ratus sembilan puluh sembilan ribu sembilan ratus sembilan puluh sembilan",
    ],
  ])("%s is %s", (value, words) => {
    expect(terbilang(value)).toBe(words);
  });

  it("writes the receipt line with a capital and the currency", () => {
    expect(terbilangRupiah(1_250_000n)).toBe("Satu juta dua ratus lima puluh ribu rupiah");
  });

  it("refuses what a receipt never shows", () => {
    expect(() => terbilang(-1n)).toThrow(RangeError);
    expect(() => terbilang(10n ** 18n)).toThrow(RangeError);
  });
});

describe("amounts in English words", () => {
  it.each([
    [0n, "zero"],
    [15n, "fifteen"],
    [42n, "forty-two"],
    [1000n, "one thousand"],
    [1_250_000n, "one million two hundred fifty thousand"],
    [2_001_000n, "two million one thousand"],
  ])("%s is %s", (value, words) => {
    expect(amountInEnglishWords(value)).toBe(words);
  });

  it("follows the page's language", () => {
    expect(amountInWordsRupiah(75_000n, "en")).toBe("Seventy-five thousand rupiah");
    expect(amountInWordsRupiah(75_000n, "id")).toBe("Tujuh puluh lima ribu rupiah");
  });
});
