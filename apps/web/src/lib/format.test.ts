import { describe, expect, it } from "vitest";

import {
  formatCompactRupiah,
  formatDate,
  formatMoney,
  formatMonth,
  formatNumber,
  formatPercentFromBps,
  formatRupiah,
  todayInJakarta,
} from "./format.ts";

// The formatter uses a no-break space between "Rp" and the number.
const nbsp = (text: string) => text.replaceAll(" ", "\u00a0");

describe("formatRupiah", () => {
  it("groups thousands with dots and has no decimals", () => {
    expect(formatRupiah("1250000")).toBe(nbsp("Rp 1.250.000"));
    expect(formatRupiah("0")).toBe(nbsp("Rp 0"));
    expect(formatRupiah("999")).toBe(nbsp("Rp 999"));
    expect(formatRupiah("1000")).toBe(nbsp("Rp 1.000"));
  });

  it("stays exact beyond the float range", () => {
    expect(formatRupiah("12345678901234567890")).toBe(nbsp("Rp 12.345.678.901.234.567.890"));
    expect(formatRupiah(9007199254740993n)).toBe(nbsp("Rp 9.007.199.254.740.993"));
  });

  it("shows refunds and corrections with a minus sign", () => {
    expect(formatRupiah("-50000")).toBe(nbsp("-Rp 50.000"));
    expect(formatRupiah("-0")).toBe(nbsp("Rp 0"));
  });

  it("normalises leading zeros and surrounding whitespace", () => {
    expect(formatRupiah(" 007500 ")).toBe(nbsp("Rp 7.500"));
  });

  it.each(["12.5", "1,000", "", "abc", "1e6", "Rp 1000"])("rejects %j instead of guessing", (input) => {
    expect(() => formatRupiah(input)).toThrow(TypeError);
  });
});

describe("formatMoney", () => {
  it("formats rupiah amounts from the API", () => {
    expect(formatMoney({ amount: "35000", currency: "IDR" })).toBe(nbsp("Rp 35.000"));
  });

  it("refuses other currencies", () => {
    expect(() => formatMoney({ amount: "10", currency: "USD" })).toThrow(RangeError);
  });
});

describe("formatDate", () => {
  it("writes day, short month and year in both languages", () => {
    expect(formatDate("2026-11-28", "id")).toBe("28 Nov 2026");
    expect(formatDate("2026-11-28", "en")).toBe("28 Nov 2026");
  });

  it("uses Indonesian month abbreviations", () => {
    expect(formatDate("2026-05-01", "id")).toBe("1 Mei 2026");
    expect(formatDate("2026-08-17", "id")).toBe("17 Agu 2026");
    expect(formatDate("2026-10-02", "id")).toBe("2 Okt 2026");
    expect(formatDate("2026-12-25", "id")).toBe("25 Des 2026");
    expect(formatDate("2026-09-09", "en")).toBe("9 Sep 2026");
  });

  it("shows an instant as the day it is in Jakarta", () => {
    // 20:00 UTC on 28 Nov is 03:00 on 29 Nov in WIB.
    expect(formatDate("2026-11-28T20:00:00Z", "id")).toBe("29 Nov 2026");
    expect(formatDate(new Date("2026-11-28T20:00:00Z"), "en")).toBe("29 Nov 2026");
    expect(formatDate("2026-11-28T20:00:00Z", "en", "UTC")).toBe("28 Nov 2026");
  });

  it("never shifts a date-only value", () => {
    expect(formatDate("2026-01-01", "id", "America/Los_Angeles")).toBe("1 Jan 2026");
  });

  it("rejects invalid dates", () => {
    expect(() => formatDate("not a date", "id")).toThrow(RangeError);
    expect(() => formatDate("2026-13-01", "id")).toThrow(RangeError);
  });
});

describe("formatNumber", () => {
  it("groups thousands per language", () => {
    expect(formatNumber(11840, "id")).toBe("11.840");
    expect(formatNumber(11840, "en")).toBe("11,840");
    expect(formatNumber(12, "id")).toBe("12");
    expect(formatNumber(-1234567, "id")).toBe("-1.234.567");
  });
});

describe("formatPercentFromBps", () => {
  it("writes basis points as a percentage with one decimal at most", () => {
    expect(formatPercentFromBps(3125, "id")).toBe("31,3%");
    expect(formatPercentFromBps(3125, "en")).toBe("31.3%");
    expect(formatPercentFromBps(10000, "id")).toBe("100%");
    expect(formatPercentFromBps(0, "en")).toBe("0%");
    expect(formatPercentFromBps(7504, "en")).toBe("75%");
  });
});

describe("formatMonth", () => {
  it("writes a calendar month with a short name", () => {
    expect(formatMonth("2026-08", "id")).toBe("Agu 2026");
    expect(formatMonth("2026-08", "en")).toBe("Aug 2026");
    expect(() => formatMonth("2026-13", "id")).toThrow(RangeError);
  });
});

describe("formatCompactRupiah", () => {
  it("shortens large amounts for chart axes", () => {
    expect(formatCompactRupiah("1500000", "id")).toBe(nbsp("Rp 1,5 jt"));
    expect(formatCompactRupiah("1500000", "en")).toBe(nbsp("Rp 1.5m"));
    expect(formatCompactRupiah("20000000", "id")).toBe(nbsp("Rp 20 jt"));
    expect(formatCompactRupiah("2500000000", "en")).toBe(nbsp("Rp 2.5bn"));
    expect(formatCompactRupiah("750", "id")).toBe(nbsp("Rp 750"));
    expect(formatCompactRupiah("0", "id")).toBe(nbsp("Rp 0"));
  });
});

describe("todayInJakarta", () => {
  it("is the WIB calendar day, which starts at 17:00 UTC", () => {
    expect(todayInJakarta(new Date("2026-12-05T16:59:59Z"))).toBe("2026-12-05");
    expect(todayInJakarta(new Date("2026-12-05T17:00:00Z"))).toBe("2026-12-06");
    expect(todayInJakarta(new Date("2027-01-09T03:00:00Z"))).toBe("2027-01-09");
  });
});
