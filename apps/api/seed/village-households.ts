// Writes the generated village households (data/village-households.ts): people, households, members, the stint
// abroad with consent, and for those abroad now a year of remittances through the app's own recordRemittance,
// oldest first. Runs after
// the rest of the seed with its own ids and random draws, so the named demo data stays exactly as it was.
import type { Prisma } from "@desa-migran/db";

import { recordRemittance } from "../src/modules/households/service.ts";
import type { HouseholdSeed } from "./data/households.ts";
import { villageHouseholds } from "./data/village-households.ts";
import { at, createIdFactory, createRandom, day } from "./random.ts";
import { monthlyRemittances } from "./remittances.ts";

export async function seedVillageHouseholds(
  tx: Prisma.TransactionClient,
  named: readonly HouseholdSeed[],
  place: { villageId: (key: string) => string; officerId: (villageKey: string) => string },
) {
  const id = createIdFactory(0x5eed_0031);
  const rng = createRandom(0x5eed_0032);
  const generated = villageHouseholds(named);
  const persons: Prisma.PersonCreateManyInput[] = [];
  const members: Prisma.HouseholdMemberCreateManyInput[] = [];
  const episodes: Prisma.MigrationEpisodeCreateManyInput[] = [];
  const households: Prisma.HouseholdCreateManyInput[] = [];
  const remittances: (ReturnType<typeof monthlyRemittances>[number] & { recorder: string })[] = [];
  for (const h of generated) {
    const villageId = place.villageId(h.villageKey);
    const householdId = id();
    households.push({
      id: householdId,
      villageId,
      name: h.name,
      declaredAnnualIncomeIdr: BigInt(h.declaredAnnualIncomeIdr),
      createdAt: at("2025-11-21", rng.int(8, 17)),
    });
    const personIds = h.members.map(([fullName, gender, birthYear, relationship]) => {
      const personId = id();
      persons.push({
        id: personId,
        villageId,
        fullName,
        gender: gender === "F" ? "FEMALE" : "MALE",
        birthDate: day(
          `${birthYear}-${String(rng.int(1, 12)).padStart(2, "0")}-${String(rng.int(1, 28)).padStart(2, "0")}`,
        ),
        createdAt: at("2025-06-11", rng.int(8, 16)),
      });
      members.push({ id: id(), householdId, personId, relationship });
      return personId;
    });
    const senderPersonId = personIds[h.abroad.member]!;
    episodes.push({
      id: id(),
      personId: senderPersonId,
      status: h.returnedAt ? "RETURNED" : "ABROAD",
      ...(h.returnedAt ? { returnedAt: day(h.returnedAt) } : {}),
      destinationCountry: h.abroad.country,
      jobSector: h.abroad.sector,
      placementAgency: h.abroad.agency,
      departedAt: day(h.abroad.departedAt),
      consentGivenAt: at("2025-08-04", rng.int(8, 15)),
      recordedById: place.officerId(h.villageKey),
      createdAt: at("2025-08-04"),
    });
    // Families without an account: the village's migration desk records what they receive.
    const recorder = place.officerId(h.villageKey);
    if (!h.returnedAt) {
      for (const r of monthlyRemittances(h, { householdId, senderPersonId }, rng)) remittances.push({ ...r, recorder });
    }
  }
  await tx.person.createMany({ data: persons });
  await tx.household.createMany({ data: households });
  await tx.householdMember.createMany({ data: members });
  await tx.migrationEpisode.createMany({ data: episodes });
  remittances.sort((a, b) => a.at.getTime() - b.at.getTime());
  for (const { at: when, input, recorder } of remittances) {
    await recordRemittance(tx, input, recorder, { at: when });
  }
  return {
    households: generated.length,
    persons: persons.length,
    members: members.length,
    remittances: remittances.length,
  };
}
