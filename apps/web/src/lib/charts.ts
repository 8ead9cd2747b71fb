/**
 * Geometry for the server-rendered SVG charts: plain numbers in, positions out, so the chart
 * components only draw and the maths is unit-tested.
 */

export interface InflowCell {
  month: string; // YYYY-MM
  corridorCountry: string;
  amount: { amount: string };
}

export interface StackedSeries {
  key: string;
  total: bigint;
  color: string;
}

export interface StackedBar {
  label: string;
  total: bigint;
  segments: { key: string; value: bigint; color: string }[];
}

export interface StackedData {
  series: StackedSeries[];
  bars: StackedBar[];
  max: bigint;
}

/**
 * Colours for corridors, largest first. Dark enough against the light background (3:1 for
 * graphics) and far apart in hue; the data table repeats every figure for those who cannot
 * tell them apart.
 */
export const SERIES_COLORS = ["#0f5c4d", "#c2410c", "#1d4ed8", "#a16207", "#7e22ce", "#be123c", "#0e7490", "#4d5a55"];

/** Groups cells into one bar per month with one segment per corridor, corridors ordered by total. */
export function stackInflow(cells: readonly InflowCell[]): StackedData {
  const totals = new Map<string, bigint>();
  const byMonth = new Map<string, Map<string, bigint>>();
  for (const cell of cells) {
    const value = BigInt(cell.amount.amount);
    totals.set(cell.corridorCountry, (totals.get(cell.corridorCountry) ?? 0n) + value);
    const month = byMonth.get(cell.month) ?? new Map<string, bigint>();
    month.set(cell.corridorCountry, (month.get(cell.corridorCountry) ?? 0n) + value);
    byMonth.set(cell.month, month);
  }
  const series = [...totals.entries()]
    .sort((a, b) => (a[1] === b[1] ? a[0].localeCompare(b[0]) : a[1] > b[1] ? -1 : 1))
    .map(([key, total], index) => ({ key, total, color: SERIES_COLORS[index % SERIES_COLORS.length]! }));
  const bars = [...byMonth.keys()].sort().map((label) => {
    const values = byMonth.get(label)!;
    const segments = series
      .filter((s) => values.has(s.key))
      .map((s) => ({ key: s.key, value: values.get(s.key)!, color: s.color }));
    return { label, total: segments.reduce((sum, s) => sum + s.value, 0n), segments };
  });
  const max = bars.reduce((m, bar) => (bar.total > m ? bar.total : m), 0n);
  return { series, bars, max };
}

/**
 * Gridline values from zero to a "nice" maximum at or above `max`: the smallest step of 1, 2,
 * 2.5 or 5 times a power of ten that covers `max` in at most `maxIntervals` steps, so lines
 * fall on round rupiah amounts and the top line sits close to the tallest bar.
 */
export function niceTicks(max: bigint, maxIntervals = 5): bigint[] {
  if (max <= 0n) return [0n];
  for (let power = 1n; ; power *= 10n) {
    // 2.5 × power only where it stays whole.
    const steps = power >= 10n ? [power, 2n * power, (5n * power) / 2n, 5n * power] : [power, 2n * power, 5n * power];
    for (const step of steps) {
      const intervals = (max + step - 1n) / step;
      if (intervals <= BigInt(maxIntervals))
        return Array.from({ length: Number(intervals) + 1 }, (_, i) => step * BigInt(i));
    }
  }
}

/** `value / max` scaled to `length`, as a float for drawing only (amounts stay exact elsewhere). */
export function scale(value: bigint, max: bigint, length: number): number {
  if (max <= 0n) return 0;
  // Four decimal places of the ratio are plenty for pixels.
  return (Number((value * 10_000n) / max) / 10_000) * length;
}

/**
 * Bars from series given per label (one value per label, null where the figure is hidden): one bar per label with one
 * segment per series, in the order given, each series in its own colour.
 */
export function stackSeries(
  labels: readonly string[],
  series: readonly { key: string; values: readonly (bigint | null)[] }[],
): StackedData {
  const withColors = series.map((s, index) => ({
    key: s.key,
    values: s.values,
    color: SERIES_COLORS[index % SERIES_COLORS.length]!,
    total: s.values.reduce<bigint>((sum, v) => sum + (v ?? 0n), 0n),
  }));
  const bars = labels.map((label, i) => {
    const segments = withColors
      .filter((s) => s.values[i] !== null && s.values[i] !== undefined)
      .map((s) => ({ key: s.key, value: s.values[i]!, color: s.color }));
    return { label, total: segments.reduce((sum, s) => sum + s.value, 0n), segments };
  });
  const max = bars.reduce((m, bar) => (bar.total > m ? bar.total : m), 0n);
  return { series: withColors.map(({ key, total, color }) => ({ key, total, color })), bars, max };
}
