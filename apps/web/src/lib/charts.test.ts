import { describe, expect, it } from "vitest";

import { niceTicks, scale, stackInflow, stackSeries } from "./charts.ts";

const cell = (month: string, corridorCountry: string, amount: string) => ({
  month,
  corridorCountry,
  amount: { amount },
});

describe("stackInflow", () => {
  it("makes one bar per month, corridors largest first", () => {
    // Given transfers from two corridors over two months
    const data = stackInflow([
      cell("2026-03", "MY", "1000000"),
      cell("2026-02", "TW", "5000000"),
      cell("2026-03", "TW", "4000000"),
    ]);

    // Then months are in order and Taiwan (the larger corridor) comes first in every bar
    expect(data.series.map((s) => s.key)).toEqual(["TW", "MY"]);
    expect(data.bars.map((b) => b.label)).toEqual(["2026-02", "2026-03"]);
    expect(data.bars[1]!.segments.map((s) => [s.key, s.value])).toEqual([
      ["TW", 4000000n],
      ["MY", 1000000n],
    ]);
    expect(data.bars[1]!.total).toBe(5000000n);
    expect(data.max).toBe(5000000n);
    expect(data.series[0]!.color).not.toBe(data.series[1]!.color);
  });

  it("stays exact above the float range", () => {
    const data = stackInflow([cell("2026-01", "HK", "9007199254740993"), cell("2026-01", "MY", "1")]);
    expect(data.bars[0]!.total).toBe(9007199254740994n);
  });

  it("is empty without cells", () => {
    expect(stackInflow([])).toEqual({ series: [], bars: [], max: 0n });
  });
});

describe("niceTicks", () => {
  it("ends on a round amount at or above the maximum", () => {
    expect(niceTicks(17_300_000n)).toEqual([0n, 5_000_000n, 10_000_000n, 15_000_000n, 20_000_000n]);
    expect(niceTicks(8_000_000n)).toEqual([0n, 2_000_000n, 4_000_000n, 6_000_000n, 8_000_000n]);
    expect(niceTicks(22_000_000n)).toEqual([0n, 5_000_000n, 10_000_000n, 15_000_000n, 20_000_000n, 25_000_000n]);
    expect(niceTicks(9_500_000n)).toEqual([0n, 2_000_000n, 4_000_000n, 6_000_000n, 8_000_000n, 10_000_000n]);
    expect(niceTicks(24_500_000n)).toEqual([0n, 5_000_000n, 10_000_000n, 15_000_000n, 20_000_000n, 25_000_000n]);
    expect(niceTicks(7n)).toEqual([0n, 2n, 4n, 6n, 8n]);
    expect(niceTicks(0n)).toEqual([0n]);
  });
});

describe("scale", () => {
  it("maps an amount onto a length", () => {
    expect(scale(5n, 20n, 200)).toBe(50);
    expect(scale(1n, 0n, 200)).toBe(0);
  });
});

describe("stackSeries", () => {
  it("makes one bar per label with a segment per series, leaving out hidden values", () => {
    const data = stackSeries(
      ["2026-Q1", "2026-Q2"],
      [
        { key: "productive", values: [30n, null] },
        { key: "consumption", values: [70n, 50n] },
      ],
    );
    expect(data.bars.map((bar) => [bar.label, bar.total, bar.segments.map((s) => s.key)])).toEqual([
      ["2026-Q1", 100n, ["productive", "consumption"]],
      ["2026-Q2", 50n, ["consumption"]],
    ]);
    expect(data.series.map((s) => [s.key, s.total])).toEqual([
      ["productive", 30n],
      ["consumption", 120n],
    ]);
    expect(data.max).toBe(100n);
  });
});
