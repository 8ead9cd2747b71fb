// Demo data of the safe-migration desk: the licensed placement agencies list (fictional P3MI names and licence
// numbers), and prospective migrants of the demo village office (Juntinyuat) with their checklists in progress: one
// placed through an unlisted agency, one through an agency whose licence has expired, one whose passport expires
// soon. The other villages' prospective migrants get an agency of the list and a checklist just started.
import type { ChecklistState, PreDepartureStep, Prisma } from "@desa-migran/db";

import { CHECKLIST_STEPS } from "../src/modules/migration-desk/service.ts";
import { at, day, isoDay, TODAY } from "./random.ts";

type Tx = Prisma.TransactionClient;

/** [licence number, name, city, valid from, valid until]: a dozen fictional P3MI, one with an expired licence. */
export const placementAgencies: [string, string, string, string, string][] = [
  ["SIP3MI/0112/2021", "PT Duta Karya Insani", "Jakarta Timur", "2021-03-15", "2031-03-14"],
  ["SIP3MI/0147/2022", "PT Karya Mitra Sejahtera", "Indramayu", "2022-01-10", "2032-01-09"],
  ["SIP3MI/0158/2020", "PT Sinar Jaya Abadi", "Cirebon", "2020-06-01", "2030-05-31"],
  ["SIP3MI/0203/2023", "PT Bina Tenaga Utama", "Bekasi", "2023-02-20", "2033-02-19"],
  ["SIP3MI/0219/2021", "PT Lombok Karya Mandiri", "Mataram", "2021-09-01", "2031-08-31"],
  ["SIP3MI/0233/2022", "PT Mandiri Putra Persada", "Surabaya", "2022-05-12", "2032-05-11"],
  ["SIP3MI/0251/2019", "PT Cahaya Samudra Mandiri", "Semarang", "2019-07-01", "2026-06-30"],
  ["SIP3MI/0276/2024", "PT Anugerah Insan Pratama", "Malang", "2024-04-02", "2034-04-01"],
  ["SIP3MI/0288/2023", "PT Bhakti Kencana Nusantara", "Tangerang", "2023-08-14", "2033-08-13"],
  ["SIP3MI/0305/2024", "PT Citra Harapan Bangsa", "Bandung", "2024-01-22", "2034-01-21"],
  ["SIP3MI/0319/2022", "PT Gemilang Asia Sumberdaya", "Jakarta Selatan", "2022-11-03", "2032-11-02"],
  ["SIP3MI/0334/2025", "PT Rizki Mulia Wisesa", "Cilacap", "2025-02-10", "2035-02-09"],
];

/** Days before the seed's TODAY, as a date. */
const dayBefore = (days: number) => new Date(TODAY.getTime() - days * 86_400_000);

/** Juntinyuat's prospective migrants of the desk: name, sex, birth year, destination, work, agency, steps done. */
const deskPeople: {
  name: string;
  gender: "FEMALE" | "MALE";
  born: string;
  country: string;
  sector: string;
  planned: string;
  agency: string;
  passportExpires?: string;
  contractExpires?: string;
  done: number;
}[] = [
  {
    name: "Siti Maesaroh",
    gender: "FEMALE",
    born: "2000-04-12",
    country: "TW",
    sector: "Perawat lansia",
    planned: "2027-02-20",
    agency: "PT Karya Mitra Sejahtera",
    passportExpires: "2027-01-15",
    contractExpires: "2029-02-19",
    done: 8,
  },
  {
    name: "Dedi Kurniawan",
    gender: "MALE",
    born: "1997-09-03",
    country: "MY",
    sector: "Pekerja konstruksi",
    planned: "2027-01-25",
    // A sponsor (calo) who is not a licensed agency: flagged before departure.
    agency: "CV Berkah Sponsor Luar Negeri",
    passportExpires: "2031-05-01",
    done: 3,
  },
  {
    name: "Casriah Sunengsih",
    gender: "FEMALE",
    born: "1995-01-28",
    country: "HK",
    sector: "Penata laksana rumah tangga",
    planned: "2027-03-10",
    // Listed, but its licence ended on 30 June 2026.
    agency: "PT Cahaya Samudra Mandiri",
    passportExpires: "2030-11-30",
    done: 5,
  },
];

/** Checklist rows for the first `done` steps: a SEDANG row, then the SELESAI one, a few days apart. */
function checklistRows(episodeId: string, recordedById: string, done: number) {
  const rows: {
    episodeId: string;
    step: PreDepartureStep;
    state: ChecklistState;
    doneOn: Date | null;
    recordedById: string;
    createdAt: Date;
  }[] = [];
  CHECKLIST_STEPS.slice(0, done + 1).forEach((step, k) => {
    const started = 60 - k * 4;
    rows.push({
      episodeId,
      step,
      state: "SEDANG",
      doneOn: null,
      recordedById,
      createdAt: at(isoDay(dayBefore(started))),
    });
    if (k < done) {
      rows.push({
        episodeId,
        step,
        state: step === "COMPETENCY_CERTIFICATE" && k % 2 === 1 ? "TIDAK_BERLAKU" : "SELESAI",
        doneOn: step === "COMPETENCY_CERTIFICATE" && k % 2 === 1 ? null : dayBefore(started - 2),
        recordedById,
        createdAt: at(isoDay(dayBefore(started - 2))),
      });
    }
  });
  return rows;
}

export async function seedMigrationDesk(tx: Tx) {
  await tx.placementAgency.createMany({
    data: placementAgencies.map(([licenceNumber, name, city, from, until]) => ({
      licenceNumber,
      name,
      city,
      licenceValidFrom: day(from),
      licenceValidUntil: day(until),
    })),
  });
  const agencyIds = new Map(
    (await tx.placementAgency.findMany({ select: { id: true, name: true } })).map((a) => [a.name, a.id]),
  );

  const village = await tx.village.findUniqueOrThrow({
    where: { slug: "juntinyuat-indramayu" },
    select: { id: true, officers: { select: { userId: true }, orderBy: { createdAt: "asc" }, take: 1 } },
  });
  const officerId = village.officers[0]!.userId;
  const rows: ReturnType<typeof checklistRows> = [];
  for (const [k, p] of deskPeople.entries()) {
    const person = await tx.person.create({
      data: {
        villageId: village.id,
        fullName: p.name,
        gender: p.gender,
        birthDate: day(p.born),
        createdAt: at(isoDay(dayBefore(70 - k))),
      },
      select: { id: true },
    });
    const episode = await tx.migrationEpisode.create({
      data: {
        personId: person.id,
        status: "PROSPECTIVE",
        destinationCountry: p.country,
        jobSector: p.sector,
        placementAgency: p.agency,
        placementAgencyId: agencyIds.get(p.agency) ?? null,
        plannedDepartureAt: day(p.planned),
        passportExpiresOn: p.passportExpires ? day(p.passportExpires) : null,
        contractExpiresOn: p.contractExpires ? day(p.contractExpires) : null,
        consentGivenAt: at(isoDay(dayBefore(70 - k))),
        recordedById: officerId,
        createdAt: at(isoDay(dayBefore(70 - k))),
      },
      select: { id: true },
    });
    rows.push(...checklistRows(episode.id, officerId, p.done));
  }

  // The other prospective migrants of the seed: an agency of the list and the first step under way.
  const others = await tx.migrationEpisode.findMany({
    where: { status: "PROSPECTIVE", placementAgency: null },
    select: { id: true, recordedById: true },
    orderBy: { id: "asc" },
  });
  const listed = placementAgencies.filter(([, , , , until]) => until > isoDay(TODAY));
  for (const [k, episode] of others.entries()) {
    const [, name] = listed[k % listed.length]!;
    await tx.migrationEpisode.update({
      where: { id: episode.id },
      data: { placementAgency: name, placementAgencyId: agencyIds.get(name)! },
      select: { id: true },
    });
    if (episode.recordedById) rows.push(...checklistRows(episode.id, episode.recordedById, k % 3));
  }
  await tx.preDepartureItem.createMany({ data: rows });
  return { placementAgencies: placementAgencies.length, checklistRows: rows.length };
}
