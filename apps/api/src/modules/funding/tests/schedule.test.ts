import { describe, expect, it } from "vitest";

import { generateLoanSchedule, instalmentStatus, repaymentRecord } from "../schedule.ts";

describe("loan schedule", () => {
  it("splits principal and return exactly, with the odd rupiah on the first instalments", () => {
    // given Rp 10.000.001 at 12% a year over 7 months, closing 31 Jan 2027 (WIB)
    const rows = generateLoanSchedule({
      targetIdr: 10_000_001n,
      returnBps: 1200,
      tenorMonths: 7,
      closesAt: new Date("2027-01-31T10:00:00Z"),
    });
    // then the parts sum exactly to the target and to 12% × 7/12 of it (700.000,07 → Rp 700.000)
    expect(rows.reduce((s, r) => s + r.principalIdr, 0n)).toBe(10_000_001n);
    expect(rows.reduce((s, r) => s + r.returnIdr, 0n)).toBe(700_000n);
    expect(rows.map((r) => r.principalIdr)).toEqual([
      1_428_572n,
      1_428_572n,
      1_428_572n,
      1_428_572n,
      1_428_571n,
      1_428_571n,
      1_428_571n,
    ]);
    // and instalments fall monthly from the closing date, clamped to month ends
    expect(rows.map((r) => r.dueOn.toISOString().slice(0, 10))).toEqual([
      "2027-02-28",
      "2027-03-31",
      "2027-04-30",
      "2027-05-31",
      "2027-06-30",
      "2027-07-31",
      "2027-08-31",
    ]);
  });

  it("uses the WIB calendar day of the closing instant", () => {
    const rows = generateLoanSchedule({
      targetIdr: 1_000n,
      returnBps: 0,
      tenorMonths: 1,
      closesAt: new Date("2026-12-31T18:00:00Z"),
    });
    // 18:00 UTC on 31 Dec is 01:00 WIB on 1 Jan
    expect(rows[0]!.dueOn.toISOString().slice(0, 10)).toBe("2027-02-01");
    expect(rows[0]!.returnIdr).toBe(0n);
  });
});

describe("instalment status and repayment record", () => {
  const now = new Date("2026-11-28T03:00:00Z");
  const row = (dueOn: string, paidIdr: bigint) => ({
    dueOn: new Date(`${dueOn}T00:00:00Z`),
    principalIdr: 900n,
    returnIdr: 100n,
    paidIdr,
  });

  it("classifies instalments against today", () => {
    expect(instalmentStatus(row("2026-10-05", 1000n), now)).toBe("PAID");
    expect(instalmentStatus(row("2026-11-05", 400n), now)).toBe("OVERDUE");
    expect(instalmentStatus(row("2026-11-28", 0n), now)).toBe("DUE");
    expect(instalmentStatus(row("2026-12-20", 0n), now)).toBe("DUE");
    expect(instalmentStatus(row("2027-01-05", 0n), now)).toBe("UPCOMING");
  });

  it("reports arrears and the repayment rate honestly", () => {
    const record = repaymentRecord(
      [row("2026-09-05", 1000n), row("2026-10-05", 1000n), row("2026-11-05", 400n), row("2026-12-05", 300n)],
      now,
    );
    expect(record).toEqual({
      dueToDateIdr: 3000n,
      paidOnDueIdr: 2400n,
      paidTotalIdr: 2700n,
      arrearsIdr: 600n,
      rateBps: 8000,
      overdueCount: 1,
    });
    expect(repaymentRecord([row("2027-01-05", 0n)], now).rateBps).toBeNull();
  });
});
