// A family's year of monthly remittances (Dec 2025 - Nov 2026), as recordRemittance inputs with the time each was
// booked: the amount varies a little month to month, peaks before Idul Fitri, and mostly comes by the family's
// usual channel. Used for the named households and the generated village households alike.
import { toRupiah } from "../src/modules/households/money.ts";
import type { RecordRemittanceInput } from "../src/modules/households/service.ts";
import { corridors } from "./data/currencies.ts";
import type { HouseholdSeed } from "./data/households.ts";
import { addMonths, at, day, type Random } from "./random.ts";

/** Months of remittances: Dec 2025 - Nov 2026. Idul Fitri 2026 is about 20 March: March transfers peak. */
const REMITTANCE_MONTHS = Array.from({ length: 12 }, (_, i) => addMonths("2025-12-01", i));
const LEBARAN_MONTH = "2026-03";
const CHANNELS = ["BANK", "POS", "APP", "CASH"] as const;

export function monthlyRemittances(
  h: HouseholdSeed,
  ids: { householdId: string; senderPersonId: string },
  rng: Random,
): { at: Date; input: RecordRemittanceInput }[] {
  const corridor = corridors[h.abroad.country];
  if (!corridor) throw new Error(`seed data: no corridor ${h.abroad.country}`);
  return REMITTANCE_MONTHS.map((month) => {
    const ym = month.slice(0, 7);
    const lebaran = ym === LEBARAN_MONTH;
    const factor = (lebaran ? 1.2 : 1) * (0.92 + rng.next() * 0.16);
    const major = Math.max(
      corridor.roundTo,
      Math.round((h.monthlyMajor * factor) / corridor.roundTo) * corridor.roundTo,
    );
    const amountMinor = BigInt(major) * 10n ** BigInt(corridor.decimals);
    const rateDigits = corridor.baseRate < 100 ? 4 : 2;
    const rate = (corridor.baseRate * (0.985 + rng.next() * 0.03)).toFixed(rateDigits);
    const amountIdr = toRupiah(amountMinor, corridor.currency, rate);
    const receivedOn = `${ym}-${String(lebaran ? rng.int(2, 9) : rng.int(3, ym === "2026-11" ? 25 : 14)).padStart(2, "0")}`;
    const channel = rng.chance(0.85) ? h.channel : rng.pick(CHANNELS.filter((c) => c !== h.channel));
    return {
      at: at(receivedOn, 19),
      input: {
        householdId: ids.householdId,
        senderPersonId: ids.senderPersonId,
        amountMinor,
        currency: corridor.currency,
        rate,
        corridorCountry: corridor.country,
        channel,
        receivedOn: day(receivedOn),
        savingsIdr: (amountIdr * BigInt(h.savingsPct)) / 100n,
        investmentIdr: (amountIdr * BigInt(h.investmentPct)) / 100n,
        idempotencyKey: `seed:${h.key}:${ym}`,
      },
    };
  });
}
