// The safe-migration desk: the village office's pre-departure checklist for a prospective migrant (CPMI), the
// passport and work-contract expiry reminders, and the check of the placement agency against the platform's list of
// licensed agencies (P3MI). Rules in ./README.md. No GraphQL here.
import type { ChecklistState, PreDepartureStep, Prisma, PrismaClient } from "@desa-migran/db";
import { CsvError, parse } from "csv-parse/sync";

import { NotFoundError, ReasonRequiredError } from "../common/errors.ts";
import { wibDay } from "../funding/schedule.ts";
import { notifyDocumentExpiring } from "../messages/events.ts";
import { AgencyImportError, type AgencyRowProblem, ChecklistClosedError, ChecklistDateError } from "./errors.ts";

type Tx = Prisma.TransactionClient;

/** The checklist's steps, in the order they are usually done. */
export const CHECKLIST_STEPS: readonly PreDepartureStep[] = [
  "FAMILY_PERMIT",
  "ID_DOCUMENTS",
  "BIRTH_CERTIFICATE",
  "MEDICAL_CHECK",
  "COMPETENCY_CERTIFICATE",
  "PASSPORT",
  "WORK_VISA",
  "EMPLOYMENT_AGREEMENT",
  "PLACEMENT_AGREEMENT",
  "SOCIAL_SECURITY",
  "PRE_DEPARTURE_ORIENTATION",
  "MIGRANT_ID",
];

/** Officers are told this many days (or fewer) before a passport or work contract expires. */
export const EXPIRY_REMINDER_DAYS = 60;
const DAY_MS = 86_400_000;

/** A recorded checklist row, as the desk reads it. */
export interface ChecklistRow {
  step: PreDepartureStep;
  state: ChecklistState;
  doneOn: Date | null;
  note: string | null;
  createdAt: Date;
  recordedBy: { name: string } | null;
}

/** Each step's current state: its latest row, or BELUM (nothing recorded) with no row. */
export function currentChecklist(rows: readonly ChecklistRow[]) {
  const latest = new Map<PreDepartureStep, ChecklistRow>();
  for (const row of rows) {
    const seen = latest.get(row.step);
    if (!seen || seen.createdAt <= row.createdAt) latest.set(row.step, row);
  }
  return CHECKLIST_STEPS.map((step) => ({ step, row: latest.get(step) ?? null }));
}

/** Steps done, and steps that apply (all but TIDAK_BERLAKU). */
export function checklistProgress(rows: readonly ChecklistRow[]) {
  const current = currentChecklist(rows).map(({ row }) => row?.state ?? "BELUM");
  return {
    done: current.filter((state) => state === "SELESAI").length,
    applicable: current.filter((state) => state !== "TIDAK_BERLAKU").length,
  };
}

export type AgencyCheck = "LICENSED" | "LICENCE_EXPIRED" | "NOT_LISTED" | "NOT_NAMED";

/**
 * Whether a stint's placement agency may place it on `day`: LICENSED when matched to an agency of the list whose
 * licence covers the day; LICENCE_EXPIRED when matched but the licence does not cover it (expired or not yet valid);
 * NOT_LISTED when an agency is named but is not on the list (unlicensed or unknown); NOT_NAMED when none is named.
 */
export function agencyCheck(
  episode: {
    placementAgency: string | null;
    listedAgency: { licenceValidFrom: Date; licenceValidUntil: Date } | null;
  },
  day: Date,
): AgencyCheck {
  const listed = episode.listedAgency;
  if (listed) return listed.licenceValidFrom <= day && day <= listed.licenceValidUntil ? "LICENSED" : "LICENCE_EXPIRED";
  return episode.placementAgency ? "NOT_LISTED" : "NOT_NAMED";
}

/** What the agency check reads of an episode. */
export const agencyCheckSelect = {
  placementAgency: true,
  listedAgency: { select: { licenceValidFrom: true, licenceValidUntil: true } },
} as const;

/** The day a licence must cover: the planned departure when set and still ahead, else today (WIB). */
export function checkDay(plannedDepartureAt: Date | null, now: Date) {
  const today = wibDay(now);
  return plannedDepartureAt && plannedDepartureAt > today ? plannedDepartureAt : today;
}

/** A prospective stint of the desk, or the reason it is not one. */
async function openEpisode(db: Tx | PrismaClient, episodeId: string) {
  const episode = await db.migrationEpisode.findUnique({
    where: { id: episodeId },
    select: { id: true, status: true, placementAgency: true, placementAgencyId: true },
  });
  if (!episode) throw new NotFoundError("MigrationEpisode");
  if (episode.status !== "PROSPECTIVE") throw new ChecklistClosedError();
  return episode;
}

export interface ChecklistChange {
  episodeId: string;
  step: PreDepartureStep;
  state: ChecklistState;
  doneOn?: Date | null;
  note?: string | null;
}

/**
 * Records a step's new state as a new row (the old ones stay: the history). SELESAI needs the day it was done, not
 * after today (WIB); other states carry no day. Undoing a done step needs a note saying why. Sending the state the
 * step already has (a form sent twice) records nothing and is not an error.
 */
export async function setChecklistStep(prisma: PrismaClient, change: ChecklistChange, actorId: string, now: Date) {
  const today = wibDay(now);
  if (change.state === "SELESAI") {
    if (!change.doneOn)
      throw new ChecklistDateError("Isi tanggal selesainya langkah ini.", "Enter the date the step was done.");
    if (change.doneOn > today)
      throw new ChecklistDateError(
        "Tanggal selesai tidak boleh di masa depan.",
        "The date done cannot be in the future.",
      );
  } else if (change.doneOn) {
    throw new ChecklistDateError(
      "Tanggal selesai hanya diisi untuk langkah yang selesai.",
      "A date done goes only with a step that is done.",
    );
  }
  const note = change.note?.trim() || null;
  return prisma.$transaction(async (tx) => {
    // One change at a time per stint: two officers ticking the same step see each other's row.
    await tx.$executeRaw`SELECT 1 FROM "MigrationEpisode" WHERE "id" = ${change.episodeId}::uuid FOR UPDATE`;
    await openEpisode(tx, change.episodeId);
    const latest = await tx.preDepartureItem.findFirst({
      where: { episodeId: change.episodeId, step: change.step },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { state: true, doneOn: true },
    });
    const sameDay = (latest?.doneOn?.getTime() ?? null) === (change.doneOn?.getTime() ?? null);
    if ((latest?.state ?? "BELUM") === change.state && sameDay && !note) return { recorded: false };
    if (latest?.state === "SELESAI" && change.state !== "SELESAI" && (!note || note.length < 10))
      throw new ReasonRequiredError();
    await tx.preDepartureItem.create({
      data: {
        episodeId: change.episodeId,
        step: change.step,
        state: change.state,
        doneOn: change.state === "SELESAI" ? change.doneOn! : null,
        note,
        recordedById: actorId,
      },
      select: { id: true },
    });
    return { recorded: true };
  });
}

export interface DeskDetails {
  episodeId: string;
  /** An agency of the list, by id. */
  placementAgencyId?: string | null;
  /** An agency named as the migrant gave it; matched to the list by licence number or exact name when it is there. */
  placementAgencyName?: string | null;
  passportExpiresOn?: Date | null;
  contractExpiresOn?: Date | null;
}

/**
 * Sets a prospective stint's placement agency and document expiry dates (each change in the audit log). A name
 * typed by the officer is matched to the list (licence number or the same name, case aside); a name that matches
 * nothing stays as typed, unlisted, and is flagged.
 */
export async function updateDeskDetails(prisma: PrismaClient, details: DeskDetails, actorId: string) {
  return prisma.$transaction(async (tx) => {
    const episode = await openEpisode(tx, details.episodeId);
    let agency: { id: string; name: string } | null = null;
    const typed = details.placementAgencyName?.trim() || null;
    if (details.placementAgencyId) {
      agency = await tx.placementAgency.findUnique({
        where: { id: details.placementAgencyId },
        select: { id: true, name: true },
      });
      if (!agency) throw new NotFoundError("PlacementAgency");
    } else if (typed) {
      agency = await tx.placementAgency.findFirst({
        where: { OR: [{ licenceNumber: typed }, { name: { equals: typed, mode: "insensitive" } }] },
        select: { id: true, name: true },
        orderBy: { licenceValidUntil: "desc" },
      });
    }
    const data = {
      placementAgency: agency?.name ?? typed,
      placementAgencyId: agency?.id ?? null,
      passportExpiresOn: details.passportExpiresOn ?? null,
      contractExpiresOn: details.contractExpiresOn ?? null,
    };
    await tx.migrationEpisode.update({ where: { id: episode.id }, data, select: { id: true } });
    await tx.auditLog.create({
      data: {
        actorUserId: actorId,
        action: "migration_episode.desk",
        targetType: "MigrationEpisode",
        targetId: episode.id,
        data: {
          placementAgency: data.placementAgency,
          placementAgencyId: data.placementAgencyId,
          passportExpiresOn: data.passportExpiresOn?.toISOString().slice(0, 10) ?? null,
          contractExpiresOn: data.contractExpiresOn?.toISOString().slice(0, 10) ?? null,
          before: { placementAgency: episode.placementAgency, placementAgencyId: episode.placementAgencyId },
        },
      },
    });
    return { recorded: true };
  });
}

// ── Licensed placement agencies (CSV) ──

/** The CSV's columns, in this order, under this header (the separator may be `;` or `,`). */
export const AGENCY_CSV_COLUMNS = ["nomor_izin", "nama", "kota", "berlaku_mulai", "berlaku_sampai"] as const;
const MAX_ROWS = 5000;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
function readDay(text: string): Date | null {
  const match = ISO_DAY.exec(text);
  if (!match) return null;
  const day = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return day.toISOString().slice(0, 10) === text ? day : null;
}

export interface AgencyRow {
  licenceNumber: string;
  name: string;
  city: string | null;
  licenceValidFrom: Date;
  licenceValidUntil: Date;
}

/** Reads every row of an agency CSV; any problem in any row refuses the whole file. */
export function readAgencyCsv(text: string): AgencyRow[] {
  const firstLine = text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "";
  const sep = firstLine.includes(";") ? ";" : ",";
  const problem = (line: number, messageId: string, messageEn: string): AgencyRowProblem => ({
    line,
    messageId,
    messageEn,
  });
  let parsed: string[][];
  try {
    parsed = parse(text, { delimiter: sep, bom: true, relax_column_count: true, relax_quotes: true });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    throw new AgencyImportError([
      problem(
        typeof error.lines === "number" ? error.lines : 1,
        "Berkas CSV tidak terbaca: ada tanda kutip yang tidak ditutup.",
        "The CSV cannot be read: a quote is not closed.",
      ),
    ]);
  }
  const rows = parsed.filter((fields) => fields.some((f) => f.trim() !== ""));
  const header = rows[0]?.map((f) => f.trim().toLowerCase()) ?? [];
  if (header.join(",") !== AGENCY_CSV_COLUMNS.join(",")) {
    throw new AgencyImportError([
      problem(
        1,
        `Baris judul harus: ${AGENCY_CSV_COLUMNS.join(sep)}.`,
        `The header row must be: ${AGENCY_CSV_COLUMNS.join(sep)}.`,
      ),
    ]);
  }
  if (rows.length < 2)
    throw new AgencyImportError([problem(1, "Berkas tidak berisi agen.", "The file lists no agency.")]);
  if (rows.length - 1 > MAX_ROWS)
    throw new AgencyImportError([
      problem(1, `Paling banyak ${MAX_ROWS} agen per berkas.`, `At most ${MAX_ROWS} agencies per file.`),
    ]);
  const problems: AgencyRowProblem[] = [];
  const seen = new Map<string, number>();
  const agencies: AgencyRow[] = [];
  rows.slice(1).forEach((fields, index) => {
    const line = index + 2;
    const before = problems.length;
    if (fields.length !== AGENCY_CSV_COLUMNS.length) {
      problems.push(
        problem(
          line,
          `Harus ${AGENCY_CSV_COLUMNS.length} kolom, ada ${fields.length}.`,
          `Needs ${AGENCY_CSV_COLUMNS.length} columns, has ${fields.length}.`,
        ),
      );
      return;
    }
    const [licenceNumber, name, city, from, until] = fields.map((f) => f.trim()) as [
      string,
      string,
      string,
      string,
      string,
    ];
    if (!licenceNumber || licenceNumber.length > 80)
      problems.push(
        problem(
          line,
          "Nomor izin wajib, paling panjang 80 karakter.",
          "Licence number: required, at most 80 characters.",
        ),
      );
    else if (seen.has(licenceNumber))
      problems.push(
        problem(
          line,
          `Nomor izin ${licenceNumber} sudah ada di baris ${seen.get(licenceNumber)}.`,
          `Licence number ${licenceNumber} is already on line ${seen.get(licenceNumber)}.`,
        ),
      );
    if (name.length < 3 || name.length > 160)
      problems.push(problem(line, "Nama agen 3 sampai 160 karakter.", "Agency name: 3 to 160 characters."));
    if (city.length > 120)
      problems.push(problem(line, "Kota paling panjang 120 karakter.", "City: at most 120 characters."));
    const validFrom = readDay(from);
    const validUntil = readDay(until);
    if (!validFrom)
      problems.push(
        problem(line, "berlaku_mulai harus tanggal TTTT-BB-HH.", "berlaku_mulai must be a date YYYY-MM-DD."),
      );
    if (!validUntil)
      problems.push(
        problem(line, "berlaku_sampai harus tanggal TTTT-BB-HH.", "berlaku_sampai must be a date YYYY-MM-DD."),
      );
    if (validFrom && validUntil && validUntil < validFrom)
      problems.push(problem(line, "berlaku_sampai sebelum berlaku_mulai.", "berlaku_sampai is before berlaku_mulai."));
    if (licenceNumber) seen.set(licenceNumber, seen.get(licenceNumber) ?? line);
    if (problems.length === before)
      agencies.push({
        licenceNumber,
        name,
        city: city || null,
        licenceValidFrom: validFrom!,
        licenceValidUntil: validUntil!,
      });
  });
  if (problems.length > 0) throw new AgencyImportError(problems);
  return agencies;
}

/**
 * Imports an agency CSV: all rows or none. An agency already listed (same licence number) is updated, the others
 * added; agencies missing from the file stay as they were. One audit row tells who imported what.
 */
export async function importPlacementAgencies(prisma: PrismaClient, csv: string, actorId: string) {
  const rows = readAgencyCsv(csv);
  return prisma.$transaction(
    async (tx) => {
      const existing = new Set(
        (
          await tx.placementAgency.findMany({
            where: { licenceNumber: { in: rows.map((r) => r.licenceNumber) } },
            select: { licenceNumber: true },
          })
        ).map((a) => a.licenceNumber),
      );
      const fresh = rows.filter((r) => !existing.has(r.licenceNumber));
      if (fresh.length > 0) await tx.placementAgency.createMany({ data: fresh });
      // The platform's list holds hundreds of agencies: the known ones are updated by one statement, not one each.
      const known = rows.filter((r) => existing.has(r.licenceNumber));
      if (known.length > 0) {
        await tx.$executeRaw`
          UPDATE "PlacementAgency" AS a
          SET "name" = v.name, "city" = v.city, "licenceValidFrom" = v.valid_from, "licenceValidUntil" = v.valid_until,
              "updatedAt" = now()
          FROM unnest(
            ${known.map((r) => r.licenceNumber)}::text[], ${known.map((r) => r.name)}::text[],
            ${known.map((r) => r.city)}::text[], ${known.map((r) => r.licenceValidFrom)}::date[],
            ${known.map((r) => r.licenceValidUntil)}::date[]
          ) AS v(licence_number, name, city, valid_from, valid_until)
          WHERE a."licenceNumber" = v.licence_number`;
      }
      await tx.auditLog.create({
        data: {
          actorUserId: actorId,
          action: "placement_agency.import",
          targetType: "PlacementAgency",
          data: { created: fresh.length, updated: rows.length - fresh.length },
        },
      });
      return { created: fresh.length, updated: rows.length - fresh.length };
    },
    { timeout: 60_000 },
  );
}

// ── The desk's list and its reminders ──

export type DeskFlag = "AGENCY" | "DOCUMENTS";

/** Prospective stints of a village, narrowed by a flag (agency not licensed; a document expiring) and by name. */
export function deskWhere(
  villageId: string,
  filter: { flag?: DeskFlag | null; search?: string | null } | null | undefined,
  now: Date,
): Prisma.MigrationEpisodeWhereInput {
  const today = wibDay(now);
  const soon = new Date(today.getTime() + EXPIRY_REMINDER_DAYS * DAY_MS);
  const where: Prisma.MigrationEpisodeWhereInput = { status: "PROSPECTIVE", person: { villageId } };
  const and: Prisma.MigrationEpisodeWhereInput[] = [];
  if (filter?.flag === "AGENCY") {
    // Not licensed today (the departure day's check is stricter, see checkDay): unlisted or licence not covering today.
    and.push({
      OR: [
        { placementAgencyId: null },
        { listedAgency: { OR: [{ licenceValidUntil: { lt: today } }, { licenceValidFrom: { gt: today } }] } },
      ],
    });
  }
  if (filter?.flag === "DOCUMENTS") {
    and.push({ OR: [{ passportExpiresOn: { lte: soon } }, { contractExpiresOn: { lte: soon } }] });
  }
  const search = filter?.search?.trim();
  if (search) and.push({ person: { fullName: { contains: search, mode: "insensitive" } } });
  if (and.length > 0) where.AND = and;
  return where;
}

/** Which of a stint's documents expire within the reminder window (or already have), by the day they expire. */
export function expiringDocuments(
  episode: { passportExpiresOn: Date | null; contractExpiresOn: Date | null },
  now: Date,
): { document: "PASSPORT" | "CONTRACT"; expiresOn: Date }[] {
  const soon = new Date(wibDay(now).getTime() + EXPIRY_REMINDER_DAYS * DAY_MS);
  const found: { document: "PASSPORT" | "CONTRACT"; expiresOn: Date }[] = [];
  if (episode.passportExpiresOn && episode.passportExpiresOn <= soon)
    found.push({ document: "PASSPORT", expiresOn: episode.passportExpiresOn });
  if (episode.contractExpiresOn && episode.contractExpiresOn <= soon)
    found.push({ document: "CONTRACT", expiresOn: episode.contractExpiresOn });
  return found;
}

/**
 * The reminder sweep (jobs.ts): every prospective stint whose passport or work contract expires within
 * EXPIRY_REMINDER_DAYS is told to its village's officers, once per document and date. Returns the messages queued.
 */
export async function remindExpiringDocuments(tx: Tx, now: Date): Promise<number> {
  const soon = new Date(wibDay(now).getTime() + EXPIRY_REMINDER_DAYS * DAY_MS);
  const episodes = await tx.migrationEpisode.findMany({
    where: {
      status: "PROSPECTIVE",
      OR: [{ passportExpiresOn: { lte: soon } }, { contractExpiresOn: { lte: soon } }],
    },
    select: {
      id: true,
      passportExpiresOn: true,
      contractExpiresOn: true,
      person: { select: { village: { select: { id: true, slug: true } } } },
    },
    orderBy: { id: "asc" },
  });
  let queued = 0;
  for (const episode of episodes) {
    for (const { document, expiresOn } of expiringDocuments(episode, now)) {
      queued += await notifyDocumentExpiring(tx, {
        episodeId: episode.id,
        document,
        expiresOn,
        villageId: episode.person.village.id,
        villageSlug: episode.person.village.slug,
      });
    }
  }
  return queued;
}
