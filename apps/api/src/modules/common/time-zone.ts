// Indonesia keeps three time zones; a village's statement, receipt or CSV shows its own local time.
import type { PrismaClient } from "@desa-migran/db";

export interface LocalTimeZone {
  /** IANA name, for Intl. */
  iana: "Asia/Jakarta" | "Asia/Makassar" | "Asia/Jayapura";
  /** What people write after a time: WIB, WITA or WIT. */
  label: "WIB" | "WITA" | "WIT";
}

const WIB: LocalTimeZone = { iana: "Asia/Jakarta", label: "WIB" };
const WITA: LocalTimeZone = { iana: "Asia/Makassar", label: "WITA" };
const WIT: LocalTimeZone = { iana: "Asia/Jayapura", label: "WIT" };

/** Provinces (by their two-digit BPS code) on Central Indonesian Time; Maluku and Papua (8x, 9x) are on Eastern. */
const CENTRAL = new Set(["51", "52", "53", "63", "64", "65", "71", "72", "73", "74", "75", "76"]);

/**
 * The first and the last of Indonesia's zones to reach a new date: a date has begun somewhere in the country once it
 * has in WIT, and has ended everywhere only once it has in WIB.
 */
export const EASTERNMOST_ZONE = WIT;
export const WESTERNMOST_ZONE = WIB;

/** The calendar date at `at` in the zone, as midnight UTC of that date (how the schema stores a day). */
export function dateIn(zone: LocalTimeZone, at: Date): Date {
  const [year, month, day] = new Intl.DateTimeFormat("en-CA", { timeZone: zone.iana })
    .format(at)
    .split("-")
    .map(Number);
  return new Date(Date.UTC(year!, month! - 1, day!));
}

/** The time zone of a province by its BPS code; WIB (where most people live) when unknown. */
export function timeZoneOfProvince(code: string | null | undefined): LocalTimeZone {
  if (!code) return WIB;
  if (code.startsWith("8") || code.startsWith("9")) return WIT;
  return CENTRAL.has(code) ? WITA : WIB;
}

/** "05/12/2026 14:03" in the zone's local time: day first, as Indonesian spreadsheets and people read dates. */
export function localDateTime(at: Date, zone: LocalTimeZone): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", {
      timeZone: zone.iana,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}`;
}

/** The local time zone of a village (through its regency's province). */
export async function villageTimeZone(prisma: PrismaClient, villageId: string): Promise<LocalTimeZone> {
  const village = await prisma.village.findUnique({
    where: { id: villageId },
    select: { regency: { select: { province: { select: { code: true } } } } },
  });
  return timeZoneOfProvince(village?.regency.province.code);
}

/** "05/12/2026": a day in the zone's local time, day first. */
export const localDate = (at: Date, zone: LocalTimeZone): string => localDateTime(at, zone).slice(0, 10);
