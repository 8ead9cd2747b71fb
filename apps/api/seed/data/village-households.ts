// The rest of each village's migrant families, generated: 30 to 60 households a village in the registry. Nine of
// them have someone abroad now, three on each of the village's three main corridors, and remit every month, so that
// every "by country" chart shows real corridors (a corridor cell needs three households in a month, or it folds into
// "other countries"); the others' migrants have come home. The named households in households.ts stay the ones the
// demo accounts and stories use; these are registry families without accounts.
import { createRandom } from "../random.ts";
import type { HouseholdSeed, MemberSeed } from "./households.ts";

/** The corridors of each village, most travelled first, and the sectors its migrants work in there. */
const villageCorridors: Record<string, [country: string, sector: string][]> = {
  juntinyuat: [
    ["TW", "Perawat lansia (caregiver)"],
    ["HK", "Pekerja rumah tangga"],
    ["SA", "Pekerja rumah tangga"],
    ["MY", "Pekerja pabrik"],
  ],
  krasak: [
    ["TW", "Anak buah kapal perikanan"],
    ["MY", "Pekerja perkebunan sawit"],
    ["HK", "Pekerja rumah tangga"],
    ["SA", "Sopir keluarga"],
  ],
  lipursari: [
    ["MY", "Pekerja konstruksi"],
    ["TW", "Operator pabrik"],
    ["KR", "Pekerja manufaktur (EPS)"],
  ],
  kalisabuk: [
    ["HK", "Pekerja rumah tangga"],
    ["TW", "Perawat lansia (caregiver)"],
    ["SG", "Pekerja rumah tangga"],
    ["MY", "Pekerja pabrik"],
  ],
  sidoharjo: [
    ["MY", "Pekerja perkebunan sawit"],
    ["TW", "Operator pabrik"],
    ["HK", "Pekerja rumah tangga"],
  ],
  wanasaba: [
    ["MY", "Pekerja perkebunan sawit"],
    ["SA", "Sopir keluarga"],
    ["TW", "Anak buah kapal perikanan"],
  ],
  bringinan: [
    ["HK", "Pekerja rumah tangga"],
    ["TW", "Perawat lansia (caregiver)"],
    ["KR", "Pekerja manufaktur (EPS)"],
    ["JP", "Pemagang manufaktur"],
  ],
};

/** A usual monthly transfer per corridor, in the corridor currency's major units: [least, most]. */
const monthlyRange: Record<string, [number, number]> = {
  MY: [800, 1_600],
  TW: [5_000, 9_000],
  HK: [3_500, 5_500],
  SA: [900, 1_800],
  KR: [1_200_000, 2_400_000],
  SG: [500, 900],
  JP: [120_000, 200_000],
};

const agencies = [
  "PT Karya Mitra Sejahtera",
  "PT Duta Karya Insani",
  "PT Bina Tenaga Utama",
  "PT Lombok Karya Mandiri",
  "PT Sinar Jaya Abadi",
  "BP2MI (G to G)",
];

const menNames = [
  "Sutarno",
  "Wahyudi",
  "Carmin",
  "Sukirman",
  "Mukhlis",
  "Saepul",
  "Jumadi",
  "Tarsim",
  "Hendra",
  "Kasmadi",
];
const womenNames = [
  "Endang Lestari",
  "Kuswati",
  "Dasinah",
  "Rusmini",
  "Wiwin Winarsih",
  "Karsih",
  "Tuti",
  "Yati",
  "Nurlela",
  "Sumarni",
];
const childNames: [string, "F" | "M"][] = [
  ["Rina Marlina", "F"],
  ["Dimas Saputra", "M"],
  ["Putri Ayu", "F"],
  ["Andi Pratama", "M"],
  ["Lia Amelia", "F"],
  ["Rizal Fahmi", "M"],
];

/** How many households each village has in all (named ones included): 30 to 60, from the village's key. */
const villageSize = (random: ReturnType<typeof createRandom>) => random.int(32, 48);

/**
 * The generated households of every village, each with a head, a spouse and up to two children, one of them abroad.
 * Deterministic (its own PRNG), and independent of the rest of the seed's random draws.
 */
export interface GeneratedHousehold extends HouseholdSeed {
  /** When the one abroad came home (a RETURNED stint, no remittances now); absent while still abroad. */
  returnedAt?: string;
}

/** Households abroad now per corridor, on each village's first three corridors. */
const ABROAD_PER_CORRIDOR = 3;

export function villageHouseholds(named: readonly HouseholdSeed[]): GeneratedHousehold[] {
  const random = createRandom(0x5eed_0030);
  const result: GeneratedHousehold[] = [];
  for (const [villageKey, corridors] of Object.entries(villageCorridors)) {
    const target = villageSize(random);
    const existing = named.filter((h) => h.villageKey === villageKey).length;
    for (let n = 1; n <= target - existing; n += 1) {
      // The first nine are abroad, three a corridor; the returned families' corridors lean to the village's main one.
      const abroadNow = n <= ABROAD_PER_CORRIDOR * 3;
      const corridorIndex = abroadNow
        ? Math.floor((n - 1) / ABROAD_PER_CORRIDOR)
        : Math.min(Math.floor(random.next() ** 1.6 * corridors.length), corridors.length - 1);
      const [country, sector] = corridors[corridorIndex]!;
      const head = random.pick(menNames);
      const spouse = random.pick(womenNames);
      const headYear = random.int(1965, 1992);
      const members: MemberSeed[] = [
        [head, "M", headYear, "HEAD"],
        [spouse, "F", headYear + random.int(0, 6), "SPOUSE"],
      ];
      const children = random.int(0, 2);
      for (let c = 0; c < children; c += 1) {
        const [child, gender] = random.pick(childNames);
        members.push([child, gender, Math.min(headYear + random.int(20, 30), 2020), "CHILD"]);
      }
      // Mostly the wife works abroad (domestic and care work); in plantation and factory corridors, often the husband.
      const abroadMember = /perkebunan|konstruksi|kapal|Sopir/.test(sector) ? 0 : random.chance(0.75) ? 1 : 0;
      const [least, most] = monthlyRange[country]!;
      // Those abroad now left in 2017-2024; those home again left earlier and came back after two or three years.
      const departYear = abroadNow ? random.int(2017, 2024) : random.int(2014, 2022);
      result.push({
        key: `g-${villageKey}-${n}`,
        villageKey,
        name: `Keluarga ${abroadMember === 1 ? "Ibu" : "Bapak"} ${members[abroadMember]![0]}`,
        members,
        abroad: {
          member: abroadMember,
          country,
          sector,
          departedAt: `${departYear}-${String(random.int(1, 12)).padStart(2, "0")}-01`,
          agency: random.pick(agencies),
        },
        monthlyMajor: random.int(least, most),
        channel: random.pick(["BANK", "POS", "APP", "CASH"] as const),
        savingsPct: random.pick([5, 10, 10, 15, 20]),
        investmentPct: random.pick([0, 5, 5, 10]),
        declaredAnnualIncomeIdr: random.int(24, 60) * 1_000_000,
        ...(abroadNow
          ? {}
          : { returnedAt: `${departYear + random.int(2, 3)}-${String(random.int(1, 12)).padStart(2, "0")}-15` }),
      });
    }
  }
  return result;
}
