import { describe, expect, it } from "vitest";

import { localDateTime, timeZoneOfProvince } from "../../common/time-zone.ts";
import { describeLine } from "../statement-words.ts";

describe("statement lines in words", () => {
  it("tells a remittance by country and channel, in Indonesian and English", () => {
    const line = { kind: "REMITTANCE", memo: "Kiriman TWD via APP", corridorCountry: "TW", channel: "APP" as const };
    expect(describeLine(line, "id")).toBe("Kiriman dari Taiwan lewat aplikasi");
    expect(describeLine(line, "en")).toBe("Remittance from Taiwan through an app");
    expect(describeLine({ ...line, corridorCountry: "MY", channel: "BANK" }, "id")).toBe(
      "Kiriman dari Malaysia lewat bank",
    );
  });

  it("keeps the Indonesian memo and builds English from the kind with the reference it names", () => {
    const pay = { kind: "ORDER_PAYMENT", memo: "Pembayaran pesanan DM-2612-000042" };
    expect(describeLine(pay, "id")).toBe("Pembayaran pesanan DM-2612-000042");
    expect(describeLine(pay, "en")).toBe("Order payment: DM-2612-000042");
    const refund = { kind: "ROUND_REFUND", memo: "Pengembalian dana: putaran Kolam Lele tidak mencapai target" };
    expect(describeLine(refund, "en")).toBe("Investment returned: target not reached: Kolam Lele");
    expect(describeLine({ kind: "SHU_DISTRIBUTION", memo: "Pembagian SHU tahun buku 2025" }, "en")).toBe(
      "Surplus (SHU) shared out: 2025",
    );
    expect(describeLine({ kind: "SOMETHING_NEW", memo: "Catatan" }, "en")).toBe("Catatan");
  });
});

describe("local time by province", () => {
  it("puts Java on WIB, Bali and Nusa Tenggara on WITA, Papua on WIT", () => {
    const at = new Date("2026-12-05T17:30:00Z");
    expect(timeZoneOfProvince("33").label).toBe("WIB");
    expect(timeZoneOfProvince("52").label).toBe("WITA");
    expect(timeZoneOfProvince("94").label).toBe("WIT");
    expect(timeZoneOfProvince(null).label).toBe("WIB");
    expect(localDateTime(at, timeZoneOfProvince("33"))).toBe("06/12/2026 00:30");
    expect(localDateTime(at, timeZoneOfProvince("53"))).toBe("06/12/2026 01:30");
    expect(localDateTime(at, timeZoneOfProvince("91"))).toBe("06/12/2026 02:30");
  });
});
