import { describe, expect, it } from "vitest";

import {
  formatForeignMoney,
  formatRate,
  parseDecimal,
  parseRupiah,
  toMinorUnits,
  toRate,
  toWholeRupiah,
} from "./amounts.ts";

describe("amounts typed by people", () => {
  it("reads Indonesian and English number writing exactly", () => {
    expect(toMinorUnits("1.500,00", "MYR")).toBe("150000");
    expect(toMinorUnits("1.500", "MYR")).toBe("150000");
    expect(toMinorUnits("1500,5", "MYR")).toBe("150050");
    expect(toMinorUnits("1,500.25", "MYR")).toBe("150025");
    expect(toMinorUnits("360.000", "KRW")).toBe("360000");
    expect(toMinorUnits("90071992547409931,99", "USD")).toBe("9007199254740993199");
  });

  it("refuses what it cannot read without guessing", () => {
    expect(toMinorUnits("1.500,005", "MYR")).toBeNull();
    expect(toMinorUnits("12,5", "JPY")).toBeNull();
    expect(toMinorUnits("0", "MYR")).toBeNull();
    expect(toMinorUnits("-5", "MYR")).toBeNull();
    expect(toMinorUnits("1.50.000", "MYR")).toBeNull();
    expect(toMinorUnits("abc", "MYR")).toBeNull();
    expect(toMinorUnits("10", "XXX")).toBeNull();
    expect(parseDecimal("1,2,3")).toBeNull();
  });

  it("reads rupiah and rates", () => {
    expect(toWholeRupiah("500.000")).toBe("500000");
    expect(toWholeRupiah("", { allowZero: true })).toBe("0");
    expect(toWholeRupiah("500.000,50")).toBeNull();
  });

  it("reads rupiah the ways people write them, with rb, jt and Rp", () => {
    const cases: [string, string][] = [
      ["25.000", "25000"],
      ["Rp 25.000", "25000"],
      ["Rp25.000", "25000"],
      ["25rb", "25000"],
      ["25 ribu", "25000"],
      ["25K", "25000"],
      ["2,5rb", "2500"],
      ["1,5 jt", "1500000"],
      ["1.5jt", "1500000"],
      ["2 juta", "2000000"],
      ["1,25 Juta", "1250000"],
      ["1 miliar", "1000000000"],
      ["Rp 12.500.000", "12500000"],
      ["25,000", "25000"],
      ["1,500,000", "1500000"],
      ["10000", "10000"],
      ["10.000", "10000"],
      ["Rp 10.000", "10000"],
      ["Rp10.000,00", "10000"],
      ["Rp. 10.000", "10000"],
      ["9.999.999.999.999", "9999999999999"],
    ];
    for (const [typed, digits] of cases) expect(toWholeRupiah(typed), typed).toBe(digits);
    for (const typed of [
      "1,2345 rb",
      "25 dolar",
      "rb",
      "1,5",
      "10.000,50",
      "-25rb",
      "-10.000",
      "25rb rb",
      "0 jt",
      "10.000.000.000.000",
      "10 miliar miliar",
    ]) {
      expect(toWholeRupiah(typed), typed).toBeNull();
    }
    expect(parseRupiah(" Rp 10.000 ")).toBe("10000");
    expect(parseRupiah(" -10.000 "), "sent as typed for the API to refuse by field").toBe("-10.000");
    expect(toRate("3.780,5")).toBe("3780.5");
    expect(toRate("11.75")).toBe("11.75");
    expect(toRate("515")).toBe("515");
    expect(toRate("0")).toBeNull();
  });

  it("shows foreign money and rates the way each language writes them", () => {
    expect(formatForeignMoney({ amount: "150000", currency: "MYR" }, "id")).toBe("MYR\u00a01.500,00");
    expect(formatForeignMoney({ amount: "150000", currency: "MYR" }, "en")).toBe("MYR\u00a01,500.00");
    expect(formatForeignMoney({ amount: "360000", currency: "KRW" }, "id")).toBe("KRW\u00a0360.000");
    expect(formatForeignMoney({ amount: "5", currency: "TWD" }, "id")).toBe("TWD\u00a00,05");
    expect(formatRate("3780.5", "id")).toBe("3.780,5");
  });
});
