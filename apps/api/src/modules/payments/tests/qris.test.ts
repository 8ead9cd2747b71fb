import { describe, expect, it } from "vitest";

import {
  buildDynamicQris,
  crc16CcittFalse,
  formatQrisAmount,
  parseQris,
  parseTlv,
  QrisFormatError,
  validateStaticQris,
} from "../qris.ts";

// Published payloads: a merchant's static QRIS quoted in a public "Dynamic QRIS implementation guide", and the
// dynamic sample of the sunary/qris Go library's README. Their last four characters are the CRC their issuers wrote.
const STATIC_QRIS =
  "00020101021126670016COM.NOBUBANK.WWW01189360050300000879140214703239147837910303UMI51440014ID.CO.QRIS.WWW" +
  "0215ID20232709941630303UMI5204481253033605802ID5923GRANOOL STORE OK12295776006KEDIRI61056421262070703A0163047127";
const GO_QRIS_SAMPLE =
  "00020101021226380016ID.CO.SHOPEE.WWW010201020815863724530336054061440005802ID5921PT. SHOPPEE INDONESIA" +
  "6007JAKARTA62180814gen by go-qris63049635";

const problemOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof QrisFormatError) return error.problem;
    throw error;
  }
  return null;
};

describe("CRC-16/CCITT-FALSE", () => {
  it("gives the catalogue check value for 123456789", () => {
    expect(crc16CcittFalse("123456789")).toBe(0x29b1);
  });

  it("reproduces the CRC printed on published QRIS payloads", () => {
    for (const payload of [STATIC_QRIS, GO_QRIS_SAMPLE]) {
      const crc = crc16CcittFalse(payload.slice(0, -4)).toString(16).toUpperCase().padStart(4, "0");
      expect(crc).toBe(payload.slice(-4));
    }
  });
});

describe("parsing and validating", () => {
  it("reads the merchant of a published static QRIS", () => {
    const parsed = parseQris(STATIC_QRIS);
    expect(parsed).toMatchObject({
      merchantName: "GRANOOL STORE OK1229577",
      merchantCity: "KEDIRI",
      pointOfInitiation: "11",
      amount: null,
      merchantAccounts: ["COM.NOBUBANK.WWW", "ID.CO.QRIS.WWW"],
    });
    expect(validateStaticQris(`  ${STATIC_QRIS}\n`)).toBe(STATIC_QRIS);
  });

  it("refuses malformed payloads, naming the problem", () => {
    expect(problemOf(() => parseQris(""))).toBe("EMPTY");
    expect(problemOf(() => parseQris(STATIC_QRIS.replace("KEDIRI", "KÉDIRI")))).toBe("CHARACTERS");
    expect(problemOf(() => parseQris(STATIC_QRIS.slice(0, -10)))).toBe("STRUCTURE");
    expect(problemOf(() => parseQris(`X${STATIC_QRIS}`))).toBe("STRUCTURE");
    expect(problemOf(() => parseQris(STATIC_QRIS.replace(/7127$/, "7128")))).toBe("CRC_MISMATCH");
    expect(problemOf(() => parseQris(STATIC_QRIS.replace("KEDIRI", "KEDIRJ")))).toBe("CRC_MISMATCH");
    expect(problemOf(() => parseQris(STATIC_QRIS.slice(0, -8)))).toBe("CRC_MISSING");
    expect(problemOf(() => parseQris("000202010211"))).toBe("FORMAT_INDICATOR");
    // The Go sample has a valid CRC but no merchant category (tag 52), which EMVCo requires.
    expect(problemOf(() => parseQris(GO_QRIS_SAMPLE))).toBe("MERCHANT_CATEGORY");
    expect(new QrisFormatError("CRC_MISMATCH").messageEn).toMatch(/checksum/);
  });

  it("refuses a dynamic payload as a cooperative's static QRIS", () => {
    expect(problemOf(() => validateStaticQris(buildDynamicQris(STATIC_QRIS, 10_000n)))).toBe("NOT_STATIC");
  });
});

describe("amounts", () => {
  it("are whole rupiah digits without decimals or separators", () => {
    expect(formatQrisAmount(138_000n)).toBe("138000");
    expect(formatQrisAmount(1n)).toBe("1");
    expect(formatQrisAmount(9_999_999_999_999n)).toBe("9999999999999");
  });

  it("refuse zero, negative and over 13 digits", () => {
    expect(problemOf(() => formatQrisAmount(0n))).toBe("AMOUNT");
    expect(problemOf(() => formatQrisAmount(-5n))).toBe("AMOUNT");
    expect(problemOf(() => formatQrisAmount(10_000_000_000_000n))).toBe("AMOUNT");
  });
});

describe("the dynamic QRIS", () => {
  it("round-trips through the parser with point of initiation 12, the amount and a fresh CRC", () => {
    const dynamic = buildDynamicQris(STATIC_QRIS, 138_000n, "BYR-7K2M9Q");
    const parsed = parseQris(dynamic);
    expect(parsed.pointOfInitiation).toBe("12");
    expect(parsed.amount).toBe("138000");
    expect(parsed.merchantName).toBe("GRANOOL STORE OK1229577");
    expect(dynamic.startsWith("000201010212")).toBe(true);
    expect(dynamic).toContain("5406138000");
    const crc = crc16CcittFalse(dynamic.slice(0, -4)).toString(16).toUpperCase().padStart(4, "0");
    expect(dynamic.slice(-8)).toBe(`6304${crc}`);
  });

  it("keeps the static payload's other fields and adds the reference as the bill number", () => {
    const dynamic = buildDynamicQris(STATIC_QRIS, 25_000n, "BYR-7K2M9Q");
    const staticTags = parseQris(STATIC_QRIS).fields.filter((f) => !["01", "62", "63"].includes(f.tag));
    const dynamicFields = parseQris(dynamic).fields;
    for (const field of staticTags) expect(dynamicFields).toContainEqual(field);
    const additional = parseTlv(dynamicFields.find((f) => f.tag === "62")!.value);
    expect(additional).toEqual([
      { tag: "01", value: "BYR-7K2M9Q" },
      { tag: "07", value: "A01" },
    ]);
  });

  it("replaces an amount already set, so building twice gives the same payload", () => {
    const once = buildDynamicQris(STATIC_QRIS, 50_000n);
    expect(buildDynamicQris(once, 50_000n)).toBe(once);
    expect(parseQris(buildDynamicQris(once, 75_000n)).amount).toBe("75000");
  });
});
