import { createHmac } from "node:crypto";

import { type Gender, type MigrationStatus, type Prisma, type PrismaClient } from "@desa-migran/db";

import { DEVELOPMENT_NIK_PEPPER, readEnv } from "../../env.ts";
import { NotFoundError } from "../common/errors.ts";
import { runIdempotent } from "../common/idempotency.ts";
import { isUniqueViolation } from "../common/unique-violation.ts";
import { agencyCheck } from "../migration-desk/service.ts";
import {
  ConsentRequiredError,
  DuplicatePersonError,
  InvalidEpisodeDatesError,
  InvalidStatusTransitionError,
  MigrationEpisodeConflictError,
} from "./errors.ts";

let pepper: string | null = null;

function nikPepper(): string {
  if (pepper) return pepper;
  const env = readEnv();
  // The schema default exists for development; a production registry hashed with a public pepper could be reversed
  // by hashing all plausible NIKs, so refuse to start hashing with it.
  if (env.NODE_ENV === "production" && env.NIK_PEPPER === DEVELOPMENT_NIK_PEPPER) {
    // The server refuses to start this way (productionProblems); this guards embedders of the service.
    throw new Error("NIK_PEPPER must be set in production.");
  }
  pepper = env.NIK_PEPPER;
  return pepper;
}

/**
 * The only form in which a NIK is stored or compared: HMAC-SHA256 keyed with the server pepper (NIK_PEPPER).
 * A NIK has little entropy (region code, birth date, sequence), so an unkeyed hash could be brute-forced.
 */
export function hashNik(nik: string): string {
  return createHmac("sha256", nikPepper()).update(nik).digest("hex");
}

export const isNik = (value: string) => /^[0-9]{16}$/.test(value);

/** Episodes come back with what their auth scopes read. */
const withVillage = { person: { select: { villageId: true } } } as const;

/** Order of migration statuses within one episode: only forward, one step at a time. */
const NEXT_STATUS: Record<MigrationStatus, MigrationStatus | null> = {
  PROSPECTIVE: "ABROAD",
  ABROAD: "RETURNED",
  RETURNED: null,
};

export interface RegisterPersonInput {
  villageId: string;
  fullName: string;
  nik?: string | null;
  gender?: Gender | null;
  birthDate?: Date | null;
  phone?: string | null;
  consentGiven: boolean;
  /** Replays (an entry sent again from a phone's offline queue) return the first person: common/idempotency.ts. */
  idempotencyKey?: string | null;
}

/**
 * Registers a person in the village registry. Consent is required (UU 27/2022); the NIK is kept only as a keyed
 * hash, and a duplicate NIK is refused without saying whose it is. The consent is recorded in the audit log,
 * the only place for it until Person has a consent column.
 */
export async function registerPerson(prisma: PrismaClient, input: RegisterPersonInput, actorId: string) {
  if (input.consentGiven !== true) throw new ConsentRequiredError();
  const { idempotencyKey, nik, ...rest } = input;
  const nikHash = nik ? hashNik(nik) : null;
  try {
    // The request is remembered by its hash: with the NIK's keyed hash in it, never the NIK.
    const call = { key: idempotencyKey, actorId, operation: "registerPerson", request: { ...rest, nikHash } };
    const { id } = await runIdempotent(prisma, call, async (tx) => {
      const village = await tx.village.findUnique({ where: { id: input.villageId }, select: { id: true } });
      if (!village) throw new NotFoundError("Village");
      if (nikHash && (await tx.person.findUnique({ where: { nikHash }, select: { id: true } })))
        throw new DuplicatePersonError();
      const person = await tx.person.create({
        data: {
          villageId: village.id,
          fullName: input.fullName,
          nikHash,
          gender: input.gender ?? null,
          birthDate: input.birthDate ?? null,
          phone: input.phone ?? null,
        },
      });
      await tx.auditLog.create({
        data: {
          actorUserId: actorId,
          action: "person.register",
          targetType: "Person",
          targetId: person.id,
          data: { consentGivenAt: new Date().toISOString(), nikRecorded: nikHash !== null },
        },
      });
      return person.id;
    });
    return await prisma.person.findUniqueOrThrow({ where: { id } });
  } catch (error) {
    // Two officers registering the same NIK at once: the unique index decides.
    if (isUniqueViolation(error, /nikHash/)) throw new DuplicatePersonError();
    throw error;
  }
}

export interface RecordEpisodeInput {
  personId: string;
  status: MigrationStatus;
  destinationCountry: string;
  jobSector?: string | null;
  employerName?: string | null;
  placementAgency?: string | null;
  procedural: boolean;
  plannedDepartureAt?: Date | null;
  departedAt?: Date | null;
  returnedAt?: Date | null;
  consentGivenAt: Date;
  /** Replays return the first stint: common/idempotency.ts. */
  idempotencyKey?: string | null;
}

function checkEpisodeDates(
  e: { status: MigrationStatus; departedAt?: Date | null; returnedAt?: Date | null; consentGivenAt?: Date },
  now = new Date(),
) {
  const tomorrow = new Date(now.getTime() + 24 * 3600 * 1000);
  if (e.consentGivenAt && e.consentGivenAt > tomorrow)
    throw new InvalidEpisodeDatesError(
      "Tanggal persetujuan tidak boleh di masa depan.",
      "The consent date cannot be in the future.",
    );
  if (e.departedAt && e.departedAt > tomorrow)
    throw new InvalidEpisodeDatesError(
      "Tanggal berangkat tidak boleh di masa depan.",
      "The departure date cannot be in the future.",
    );
  if (e.returnedAt && e.returnedAt > tomorrow)
    throw new InvalidEpisodeDatesError(
      "Tanggal pulang tidak boleh di masa depan.",
      "The return date cannot be in the future.",
    );
  if (e.departedAt && e.returnedAt && e.returnedAt < e.departedAt) {
    throw new InvalidEpisodeDatesError(
      "Tanggal pulang tidak boleh sebelum tanggal berangkat.",
      "The return date cannot be before the departure date.",
    );
  }
  if (e.status === "PROSPECTIVE" && (e.departedAt || e.returnedAt)) {
    throw new InvalidEpisodeDatesError(
      "Calon PMI belum memiliki tanggal berangkat atau pulang.",
      "A prospective migrant worker has no departure or return date yet.",
    );
  }
  if (e.status === "ABROAD" && e.returnedAt)
    throw new InvalidEpisodeDatesError(
      "PMI yang masih di luar negeri belum memiliki tanggal pulang.",
      "A migrant worker still abroad has no return date yet.",
    );
}

/**
 * Records a new stint abroad. A person has at most one open episode: a new one may start only when there is none
 * or the latest has RETURNED (a returnee leaving again).
 */
export async function recordMigrationEpisode(prisma: PrismaClient, input: RecordEpisodeInput, actorId: string) {
  checkEpisodeDates(input);
  const { idempotencyKey, ...request } = input;
  const call = { key: idempotencyKey, actorId, operation: "recordMigrationEpisode", request };
  const { id } = await runIdempotent(prisma, call, async (tx) => {
    const person = await tx.person.findUnique({ where: { id: input.personId }, select: { id: true } });
    if (!person) throw new NotFoundError("Person");
    const latest = await tx.migrationEpisode.findFirst({
      where: { personId: person.id },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { status: true },
    });
    if (latest && latest.status !== "RETURNED") {
      throw new InvalidStatusTransitionError(
        latest.status,
        input.status,
        "Orang ini masih memiliki catatan migrasi yang berjalan; perbarui statusnya alih-alih membuat catatan baru.",
        "This person still has an ongoing migration record; update its status instead of creating a new record.",
      );
    }
    const episode = await tx.migrationEpisode.create({
      data: {
        personId: person.id,
        status: input.status,
        destinationCountry: input.destinationCountry,
        jobSector: input.jobSector ?? null,
        employerName: input.employerName ?? null,
        placementAgency: input.placementAgency ?? null,
        procedural: input.procedural,
        plannedDepartureAt: input.plannedDepartureAt ?? null,
        departedAt: input.departedAt ?? null,
        returnedAt: input.returnedAt ?? null,
        consentGivenAt: input.consentGivenAt,
        recordedById: actorId,
      },
      select: { id: true },
    });
    return episode.id;
  });
  return prisma.migrationEpisode.findUniqueOrThrow({ where: { id }, include: withVillage });
}

export interface UpdateEpisodeStatusInput {
  episodeId: string;
  status: MigrationStatus;
  date: Date;
  /** The version the officer saw; a newer one is a MigrationEpisodeConflictError. Without it, the version read. */
  expectedVersion?: number | null;
  /** Replays return the stint and change nothing: common/idempotency.ts. */
  idempotencyKey?: string | null;
}

/**
 * Moves an episode one step forward (PROSPECTIVE -> ABROAD sets departedAt; ABROAD -> RETURNED sets returnedAt).
 * The update is conditional on the version read (and raises it), so two officers cannot both move it; an officer
 * who saw an older version than the current one (expectedVersion) gets the current stint back to compare.
 */
export async function updateMigrationEpisodeStatus(
  prisma: PrismaClient,
  input: UpdateEpisodeStatusInput,
  actorId: string,
) {
  const { idempotencyKey, ...request } = input;
  const call = { key: idempotencyKey, actorId, operation: "updateMigrationEpisodeStatus", request };
  const { id } = await runIdempotent(prisma, call, async (tx) => {
    const episode = await tx.migrationEpisode.findUnique({
      where: { id: input.episodeId },
      include: { ...withVillage, listedAgency: { select: { licenceValidFrom: true, licenceValidUntil: true } } },
    });
    if (!episode) throw new NotFoundError("MigrationEpisode");
    if (input.expectedVersion != null && input.expectedVersion !== episode.version)
      throw new MigrationEpisodeConflictError(episode);
    if (NEXT_STATUS[episode.status] !== input.status)
      throw new InvalidStatusTransitionError(episode.status, input.status);
    // The migration desk's rule: a departure is procedural only through an agency licensed on the day of departure.
    const licensed = agencyCheck(episode, input.date) === "LICENSED";
    const data =
      input.status === "ABROAD"
        ? { status: input.status, departedAt: input.date, ...(licensed ? {} : { procedural: false }) }
        : { status: input.status, returnedAt: input.date };
    checkEpisodeDates({ departedAt: episode.departedAt, returnedAt: episode.returnedAt, ...data });
    const { count } = await tx.migrationEpisode.updateMany({
      where: { id: episode.id, version: episode.version },
      data: { ...data, version: { increment: 1 } },
    });
    if (count === 0) {
      // Another officer's change committed between the read and the update: show them what it is now.
      throw new MigrationEpisodeConflictError(
        await tx.migrationEpisode.findUniqueOrThrow({ where: { id: episode.id }, include: withVillage }),
      );
    }
    await tx.auditLog.create({
      data: {
        actorUserId: actorId,
        action: "migration_episode.status",
        targetType: "MigrationEpisode",
        targetId: episode.id,
        data: {
          from: episode.status,
          to: input.status,
          date: input.date.toISOString(),
          ...(input.status === "ABROAD" && !licensed ? { procedural: false, reason: "agency not licensed" } : {}),
        },
      },
    });
    return episode.id;
  });
  return prisma.migrationEpisode.findUniqueOrThrow({ where: { id }, include: withVillage });
}

export interface RegistryFilter {
  status?: MigrationStatus | null;
  destinationCountry?: string | null;
  search?: string | null;
}

interface LatestEpisodeRow {
  personId: string;
  status: MigrationStatus;
  destinationCountry: string;
}

/** The latest episode of every person of a village who has one: it gives the person's current status. */
async function latestEpisodes(prisma: PrismaClient, villageId: string): Promise<LatestEpisodeRow[]> {
  return prisma.$queryRaw<LatestEpisodeRow[]>`
    SELECT DISTINCT ON (e."personId") e."personId" AS "personId", e."status"::text AS "status",
           e."destinationCountry" AS "destinationCountry"
    FROM "MigrationEpisode" e JOIN "Person" p ON p."id" = e."personId"
    WHERE p."villageId" = ${villageId}::uuid
    ORDER BY e."personId", e."createdAt" DESC, e."id" DESC`;
}

/**
 * Prisma `where` for a village's registry: people with at least one episode, narrowed by their current status and
 * destination (of the latest episode) and by name, or by exact NIK when the search is 16 digits.
 */
export async function registryWhere(
  prisma: PrismaClient,
  villageId: string,
  filter: RegistryFilter | null | undefined,
) {
  const where: Prisma.PersonWhereInput = { villageId, episodes: { some: {} } };
  if (filter?.status || filter?.destinationCountry) {
    const rows = await latestEpisodes(prisma, villageId);
    where.id = {
      in: rows
        .filter(
          (r) =>
            (!filter.status || r.status === filter.status) &&
            (!filter.destinationCountry || r.destinationCountry === filter.destinationCountry),
        )
        .map((r) => r.personId),
    };
  }
  const search = filter?.search?.trim();
  if (search) {
    where.OR = isNik(search)
      ? [{ nikHash: hashNik(search) }]
      : [{ fullName: { contains: search, mode: "insensitive" } }];
  }
  return where;
}

export interface RegistrySummary {
  total: number;
  byStatus: { status: MigrationStatus; count: number }[];
  byDestination: { destinationCountry: string; prospective: number; abroad: number; returned: number; total: number }[];
}

/** Counts of people by current status and by destination of their latest episode. */
export async function summarizeRegistry(prisma: PrismaClient, villageId: string): Promise<RegistrySummary> {
  const rows = await latestEpisodes(prisma, villageId);
  const byStatus = new Map<MigrationStatus, number>([
    ["PROSPECTIVE", 0],
    ["ABROAD", 0],
    ["RETURNED", 0],
  ]);
  const byDestination = new Map<string, RegistrySummary["byDestination"][number]>();
  for (const r of rows) {
    byStatus.set(r.status, (byStatus.get(r.status) ?? 0) + 1);
    const d = byDestination.get(r.destinationCountry) ?? {
      destinationCountry: r.destinationCountry,
      prospective: 0,
      abroad: 0,
      returned: 0,
      total: 0,
    };
    if (r.status === "PROSPECTIVE") d.prospective += 1;
    else if (r.status === "ABROAD") d.abroad += 1;
    else d.returned += 1;
    d.total += 1;
    byDestination.set(r.destinationCountry, d);
  }
  return {
    total: rows.length,
    byStatus: [...byStatus].map(([status, count]) => ({ status, count })),
    byDestination: [...byDestination.values()].sort(
      (a, b) => b.total - a.total || a.destinationCountry.localeCompare(b.destinationCountry),
    ),
  };
}
