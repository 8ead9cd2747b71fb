// Deterministic helpers: a seeded PRNG, stable UUIDv7-shaped ids and dates relative to a fixed "today",
// so the demo data (and the tests that read it) are the same on every run.

/** The demo's fixed "today". Every seeded date is placed relative to it. */
export const TODAY = new Date("2026-11-28T00:00:00.000Z");

/** mulberry32: a small, fast, seedable 32-bit PRNG. */
export function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(next() * items.length)];
    if (item === undefined) throw new Error("pick from an empty list");
    return item;
  };
  const chance = (p: number): boolean => next() < p;
  return { next, int, pick, chance };
}
export type Random = ReturnType<typeof createRandom>;

/**
 * Ids shaped like UUIDv7 (version and variant bits set), with a monotonic timestamp from a fixed base and random
 * bits from the seeded PRNG: stable across runs and ordered by insertion.
 */
export function createIdFactory(seed: number) {
  const random = createRandom(seed);
  let ms = Date.UTC(2026, 0, 1);
  const hex = (value: number, digits: number) => value.toString(16).padStart(digits, "0");
  return (): string => {
    ms += 1;
    const time = hex(ms, 12);
    const randA = hex(Math.floor(random.next() * 0x1000), 3);
    const variant = hex(0x8000 | Math.floor(random.next() * 0x4000), 4);
    const randB = hex(Math.floor(random.next() * 0x1000000), 6) + hex(Math.floor(random.next() * 0x1000000), 6);
    return `${time.slice(0, 8)}-${time.slice(8, 12)}-7${randA}-${variant}-${randB}`;
  };
}

/** A calendar date (UTC midnight) from "YYYY-MM-DD". */
export const day = (iso: string): Date => new Date(`${iso}T00:00:00.000Z`);

/** A timestamp on a calendar day at a given hour in WIB (UTC+7). */
export const at = (iso: string, hourWib = 9, minute = 0): Date =>
  new Date(
    Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)), hourWib - 7, minute),
  );

/** `days` before TODAY (negative: after). */
export const daysAgo = (days: number, hourWib = 9): Date =>
  new Date(TODAY.getTime() - days * 86_400_000 + (hourWib - 7) * 3_600_000);

/** "YYYY-MM-DD" of the given UTC date. */
export const isoDay = (date: Date): string => date.toISOString().slice(0, 10);

/** The same day-of-month `months` later (clamped to the month's last day). */
export function addMonths(iso: string, months: number, dayOfMonth?: number): string {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7)) - 1 + months;
  const target = new Date(Date.UTC(y, m, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(dayOfMonth ?? Number(iso.slice(8, 10)), last));
  return isoDay(target);
}

// One slug rule for the app and its demo data.
export { slugify } from "../src/modules/common/slug.ts";
