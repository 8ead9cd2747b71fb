// Demo data for Desa Migran, in Bahasa Indonesia. Deterministic (seeded PRNG, fixed "today" 2026-11-28) and
// idempotent: it never runs over a database that already has data.
//
// Rows without money are inserted in batches (createMany). Every rupiah moves through the app's own services
// (recordRemittance, depositSavings, pledge, disburseRound, repay, placeOrder and the order's steps), replayed in
// date order and back-dated, so the seeded ledger obeys the same rules as the API's. Everything runs in ONE
// transaction, so a failure leaves the database empty and the next start seeds again.
import type { Prisma, PrismaClient } from "@desa-migran/db";

import { hashPassword } from "../src/modules/auth/passwords.ts";
import { reviewFundingRound, submitFundingRound } from "../src/modules/funding/review.ts";
import { createFundingRound } from "../src/modules/funding/service.ts";
import { recordRemittance } from "../src/modules/households/service.ts";
import { CURRENT_DISCLOSURE } from "../src/modules/investments/disclosure.ts";
import { disburseRound, pledge, repay } from "../src/modules/investments/service.ts";
import { accounts } from "../src/modules/ledger/accounts.ts";
import {
  cancelOrder,
  confirmOrder,
  confirmReceipt,
  deliverOrder,
  placeOrder,
  shipOrder,
} from "../src/modules/orders/service.ts";
import { buildStaticQris } from "../src/modules/payments/qris.ts";
import { confirmPayment } from "../src/modules/payments/treasury.ts";
import { CERTIFICATE_ALPHABET, CERTIFICATE_CODE_LENGTH } from "../src/modules/programs/certificate-code.ts";
import { PROGRAM_CONSENT } from "../src/modules/programs/consent.ts";
import { depositSavings } from "../src/modules/savings/service.ts";
import { businesses } from "./data/businesses.ts";
import { cases } from "./data/cases.ts";
import { categories } from "./data/categories.ts";
import { cooperatives, villageOfficers } from "./data/cooperatives.ts";
import { extraMembers, households, pastEpisodes, prospectiveEpisodes } from "./data/households.ts";
import { orders as orderSeeds, recipients } from "./data/orders.ts";
import { organizations, programs } from "./data/organizations.ts";
import { products } from "./data/products.ts";
import { rounds } from "./data/rounds.ts";
import { stories } from "./data/stories.ts";
import { provinces, regencies, villageLinks, villages } from "./data/villages.ts";
import { DEMO_PASSWORD, demoAccounts } from "./demo-accounts.ts";
import { seedMigrationDesk } from "./migration-desk.ts";
import { seedNetwork } from "./network.ts";
import { addMonths, at, createIdFactory, createRandom, day, isoDay, slugify, TODAY } from "./random.ts";
import { monthlyRemittances } from "./remittances.ts";
import { seedVillageHouseholds } from "./village-households.ts";
import { seedWholesale } from "./wholesale.ts";

type Tx = Prisma.TransactionClient;

export interface SeedResult {
  seeded: boolean;
  counts?: Record<string, number>;
}

/** OWASP Argon2id parameters (Argon2id is the library's default algorithm). */

/** Months of simpanan wajib recorded, for members of a migrant household (the remittance route). */
const WAJIB_MONTHS = ["2026-10", "2026-11"];

const rupiah = (n: bigint) => `Rp ${n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ".")}`;

function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`seed data: ${what} not found`);
  return value;
}

/** The officer role a seeded title names ("Bendahara" is the treasurer), as the payments migration maps old rows. */
function officerRole(title: string): "CHAIR" | "SECRETARY" | "TREASURER" | "SUPERVISOR" | "OTHER" {
  const t = title.toLowerCase();
  if (t.includes("bendahara")) return "TREASURER";
  if (t.startsWith("ketua")) return "CHAIR";
  if (t.startsWith("sekretaris")) return "SECRETARY";
  if (t.startsWith("pengawas")) return "SUPERVISOR";
  return "OTHER";
}

export async function seedDemoData(prisma: PrismaClient): Promise<SeedResult> {
  if (await prisma.village.findFirst({ select: { id: true } })) return { seeded: false };

  // Hash once (Argon2id is deliberately slow) and give every demo user the same hash.
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  return prisma.$transaction(
    async (tx) => {
      // Two processes starting on the same empty database: the second waits here, then sees the data.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(20261128)`;
      if (await tx.village.findFirst({ select: { id: true } })) return { seeded: false };
      const counts = await insertAll(tx, passwordHash);
      return { seeded: true, counts };
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}

async function insertAll(tx: Tx, passwordHash: string): Promise<Record<string, number>> {
  // SEED_TIMING=1 prints when each phase ends (ms since the start), to measure on a slow embedded database.
  const t0 = performance.now();
  const mark = (phase: string) => {
    if (process.env.SEED_TIMING) console.log(`seed: ${phase} ${Math.round(performance.now() - t0)} ms`);
  };
  const id = createIdFactory(0x5eed);
  const rng = createRandom(20261128);

  // ── Geography ──
  const provinceId = new Map(provinces.map((p) => [p.code, id()]));
  const regencyId = new Map(regencies.map((r) => [r.code, id()]));
  const villageId = new Map(villages.map((v) => [v.key, id()]));
  await tx.province.createMany({
    data: provinces.map((p) => ({ id: must(provinceId.get(p.code), p.code), code: p.code, name: p.name })),
  });
  await tx.regency.createMany({
    data: regencies.map((r) => ({
      id: must(regencyId.get(r.code), r.code),
      code: r.code,
      name: r.name,
      kind: "KABUPATEN" as const,
      provinceId: must(provinceId.get(r.provinceCode), r.provinceCode),
    })),
  });
  await tx.village.createMany({
    data: villages.map((v) => ({
      id: must(villageId.get(v.key), v.key),
      code: v.code,
      slug: v.slug,
      name: v.name,
      districtName: v.districtName,
      description: v.description,
      population: v.population,
      regencyId: must(regencyId.get(v.regencyCode), v.regencyCode),
      createdAt: at("2025-06-02"),
    })),
  });
  const vid = (key: string) => must(villageId.get(key), `village ${key}`);

  // ── People ──
  const persons: Prisma.PersonCreateManyInput[] = [];
  const addPerson = (villageKey: string, fullName: string, gender: "FEMALE" | "MALE", birthYear: number) => {
    const personId = id();
    persons.push({
      id: personId,
      villageId: vid(villageKey),
      fullName,
      gender,
      birthDate: day(
        `${birthYear}-${String(rng.int(1, 12)).padStart(2, "0")}-${String(rng.int(1, 28)).padStart(2, "0")}`,
      ),
      phone: rng.chance(0.6) ? `+62812${String(rng.int(10_000_000, 99_999_999))}` : null,
      createdAt: at("2025-06-10", rng.int(8, 16)),
    });
    return personId;
  };
  const gender = (g: "F" | "M") => (g === "F" ? ("FEMALE" as const) : ("MALE" as const));

  const ownerPersonId = new Map(
    businesses.map((b) => [b.slug, addPerson(b.villageKey, b.owner.name, b.owner.gender, b.owner.birthYear)]),
  );
  const memberPersonId = new Map<string, string>(); // "h01:0" -> person id
  for (const h of households) {
    h.members.forEach(([name, g, year], i) =>
      memberPersonId.set(`${h.key}:${i}`, addPerson(h.villageKey, name, gender(g), year)),
    );
  }
  const extraPersonIds = new Map<string, string[]>();
  for (const [villageKey, list] of Object.entries(extraMembers)) {
    extraPersonIds.set(
      villageKey,
      list.map(([name, g, year]) => addPerson(villageKey, name, gender(g), year)),
    );
  }
  const coopOfficerPersonIds = new Map<string, string[]>();
  for (const c of cooperatives) {
    coopOfficerPersonIds.set(
      c.slug,
      c.officers.map((o) => addPerson(c.villageKey, o.name, o.gender, o.birthYear)),
    );
  }
  await tx.person.createMany({ data: persons });
  const personRef = (ref: string): string =>
    ref.startsWith("owner:") ? must(ownerPersonId.get(ref.slice(6)), ref) : must(memberPersonId.get(ref), ref);

  // ── Users ──
  const users: Prisma.UserCreateManyInput[] = [];
  const addUser = (email: string, name: string, extra: Partial<Prisma.UserCreateManyInput> = {}) => {
    const userId = id();
    users.push({
      id: userId,
      email,
      name,
      passwordHash,
      locale: "id",
      createdAt: at("2025-07-01", rng.int(8, 17)),
      ...extra,
    });
    return userId;
  };
  const emailFor = (name: string, domain: string) =>
    `${slugify(name.replace(/^(Hj|H|Dr)\. /, "")).replace(/-/g, ".")}@${domain}`;
  addUser(demoAccounts.admin.email, demoAccounts.admin.name, { isPlatformAdmin: true });
  addUser(demoAccounts.buyer.email, demoAccounts.buyer.name);
  const ownerUserId = new Map(
    businesses.map((b) => [
      b.slug,
      addUser(b.owner.email ?? emailFor(b.owner.name, "purna.desamigran.id"), b.owner.name, {
        personId: must(ownerPersonId.get(b.slug), b.slug),
      }),
    ]),
  );
  const householdUserId = new Map<string, string>();
  for (const h of households) {
    if (!h.user) continue;
    const member = must(h.members[h.user.member], `${h.key} user member`);
    householdUserId.set(h.key, addUser(h.user.email, member[0], { personId: personRef(`${h.key}:${h.user.member}`) }));
  }
  const coopOfficerUserIds = new Map<string, string[]>();
  for (const c of cooperatives) {
    const personIds = must(coopOfficerPersonIds.get(c.slug), c.slug);
    coopOfficerUserIds.set(
      c.slug,
      c.officers.map((o, i) =>
        addUser(o.email ?? emailFor(o.name, `${c.code.toLowerCase()}.koperasi.desamigran.id`), o.name, {
          personId: must(personIds[i], o.name),
        }),
      ),
    );
  }
  const villageOfficerUserIds = new Map<string, string[]>();
  for (const o of villageOfficers) {
    const userId = addUser(o.email ?? emailFor(o.name, `${o.villageKey}.desa.desamigran.id`), o.name);
    villageOfficerUserIds.set(o.villageKey, [...(villageOfficerUserIds.get(o.villageKey) ?? []), userId]);
  }
  const villageOfficerId = (villageKey: string) =>
    must(villageOfficerUserIds.get(villageKey)?.[0], `officer of ${villageKey}`);
  const orgOwnerUserId = new Map(organizations.map((o) => [o.slug, addUser(o.owner.email, o.owner.name)]));
  await tx.user.createMany({ data: users });

  // ── Migration episodes (each with the person's consent) ──
  const episodes: Prisma.MigrationEpisodeCreateManyInput[] = [];
  const consentOn = () => at(addMonths("2025-07-01", rng.int(0, 5), rng.int(1, 28)), rng.int(8, 15));
  for (const b of businesses) {
    episodes.push({
      id: id(),
      personId: must(ownerPersonId.get(b.slug), b.slug),
      status: "RETURNED",
      destinationCountry: b.abroad.country,
      jobSector: b.abroad.sector,
      departedAt: day(b.abroad.departedAt),
      returnedAt: day(b.abroad.returnedAt),
      consentGivenAt: consentOn(),
      recordedById: villageOfficerId(b.villageKey),
      createdAt: at("2025-08-01"),
    });
  }
  for (const [hKey, member, country, sector, departed, returned] of pastEpisodes) {
    const h = must(
      households.find((x) => x.key === hKey),
      hKey,
    );
    episodes.push({
      id: id(),
      personId: personRef(`${hKey}:${member}`),
      status: "RETURNED",
      destinationCountry: country,
      jobSector: sector,
      departedAt: day(departed),
      returnedAt: day(returned),
      consentGivenAt: consentOn(),
      recordedById: villageOfficerId(h.villageKey),
      createdAt: at("2025-08-02"),
    });
  }
  for (const h of households) {
    episodes.push({
      id: id(),
      personId: personRef(`${h.key}:${h.abroad.member}`),
      status: "ABROAD",
      destinationCountry: h.abroad.country,
      jobSector: h.abroad.sector,
      placementAgency: h.abroad.agency,
      departedAt: day(h.abroad.departedAt),
      consentGivenAt: consentOn(),
      recordedById: villageOfficerId(h.villageKey),
      createdAt: at("2025-08-03"),
    });
  }
  for (const [hKey, member, country, sector, planned, procedural] of prospectiveEpisodes) {
    const h = must(
      households.find((x) => x.key === hKey),
      hKey,
    );
    episodes.push({
      id: id(),
      personId: personRef(`${hKey}:${member}`),
      status: "PROSPECTIVE",
      destinationCountry: country,
      jobSector: sector,
      procedural,
      plannedDepartureAt: day(planned),
      consentGivenAt: at(addMonths("2026-06-01", rng.int(0, 4), rng.int(1, 28))),
      recordedById: villageOfficerId(h.villageKey),
      createdAt: at("2026-06-15"),
    });
  }
  await tx.migrationEpisode.createMany({ data: episodes });

  // ── Households ──
  const householdId = new Map(households.map((h) => [h.key, id()]));
  const hid = (key: string) => must(householdId.get(key), `household ${key}`);
  await tx.household.createMany({
    data: households.map((h) => ({
      id: hid(h.key),
      villageId: vid(h.villageKey),
      name: h.name,
      declaredAnnualIncomeIdr: BigInt(h.declaredAnnualIncomeIdr),
      createdAt: at("2025-11-20", rng.int(8, 17)),
    })),
  });
  await tx.householdMember.createMany({
    data: households.flatMap((h) =>
      h.members.map(([, , , relationship], i) => ({
        id: id(),
        householdId: hid(h.key),
        personId: personRef(`${h.key}:${i}`),
        relationship,
      })),
    ),
  });
  /** The household whose wallet pays for a person, if any. */
  const personHousehold = new Map<string, string>();
  for (const h of households) h.members.forEach((_, i) => personHousehold.set(personRef(`${h.key}:${i}`), h.key));

  // ── Cooperatives and officers ──
  const cooperativeId = new Map(cooperatives.map((c) => [c.slug, id()]));
  const coopOfVillage = new Map(cooperatives.map((c) => [c.villageKey, c]));
  await tx.cooperative.createMany({
    data: cooperatives.map((c) => ({
      id: must(cooperativeId.get(c.slug), c.slug),
      villageId: vid(c.villageKey),
      name: c.name,
      slug: c.slug,
      legalNumber: c.legalNumber,
      foundedAt: day(c.foundedAt),
      description: c.description,
      simpananPokokIdr: c.simpananPokokIdr,
      simpananWajibIdr: c.simpananWajibIdr,
      marketplaceFeeBps: c.marketplaceFeeBps,
      shuReservePct: c.shu.reserve,
      shuMembersPct: c.shu.members,
      shuBoardPct: c.shu.board,
      shuStaffPct: c.shu.staff,
      shuEducationPct: c.shu.education,
      shuSocialPct: c.shu.social,
      shuJuaPctOfMembers: c.shuJuaPctOfMembers,
      contactPhone: `+62813${String(24_000_000 + cooperatives.indexOf(c) * 130_531).padStart(8, "0")}`,
      createdAt: at("2025-07-25"),
    })),
  });
  await tx.cooperativeOfficer.createMany({
    data: cooperatives.flatMap((c) =>
      c.officers.map((o, i) => ({
        id: id(),
        userId: must(coopOfficerUserIds.get(c.slug)?.[i], o.name),
        cooperativeId: must(cooperativeId.get(c.slug), c.slug),
        title: o.title,
        role: officerRole(o.title),
        createdAt: at("2025-07-26"),
      })),
    ),
  });
  // Payment channels: a demo QRIS and a bank account per cooperative (made-up numbers; real ones are set by officers).
  for (const [i, c] of cooperatives.entries()) {
    const coopId = must(cooperativeId.get(c.slug), c.slug);
    const merchantId = `ID10250000${String(i + 1).padStart(5, "0")}`;
    await tx.cooperative.update({
      where: { id: coopId },
      data: { qrisPayload: buildStaticQris({ name: c.name.toUpperCase(), city: "INDONESIA", merchantId }) },
    });
    await tx.cooperativeBankAccount.create({
      data: {
        cooperativeId: coopId,
        bankName: "BRI",
        accountNumber: `0123-01-${String(400_000 + i * 7_919).padStart(6, "0")}-30-${i + 1}`,
        holderName: c.name,
        createdAt: at("2025-07-26"),
      },
    });
  }
  await tx.villageOfficer.createMany({
    data: villageOfficers.map((o) => ({
      id: id(),
      userId: must(users.find((u) => u.name === o.name)?.id, o.name),
      villageId: vid(o.villageKey),
      title: o.title,
      createdAt: at("2025-06-05"),
    })),
  });
  await tx.meeting.createMany({
    data: cooperatives.map((c, i) => ({
      id: id(),
      cooperativeId: must(cooperativeId.get(c.slug), c.slug),
      kind: "ANNUAL" as const,
      title: `Rapat Anggota Tahunan Tahun Buku 2026`,
      fiscalYear: 2026,
      scheduledAt: at(`2027-02-${String(13 + i).padStart(2, "0")}`, 9),
      location: `Balai Desa ${
        must(
          villages.find((v) => v.key === c.villageKey),
          c.villageKey,
        ).name
      }`,
      online: i % 2 === 0,
      status: "SCHEDULED" as const,
      calledById: must(coopOfficerUserIds.get(c.slug)?.[0], c.slug),
      createdAt: at("2026-11-10"),
    })),
  });

  // ── Memberships: officers, business owners, household adults at home, other villagers ──
  const memberships: (Prisma.MembershipCreateManyInput & { coop: (typeof cooperatives)[number] })[] = [];
  const membershipOf = new Map<string, string>(); // `${coopSlug}:${personId}` -> membership id
  for (const c of cooperatives) {
    const abroadIds = new Set(households.map((h) => personRef(`${h.key}:${h.abroad.member}`)));
    const candidates = [
      ...must(coopOfficerPersonIds.get(c.slug), c.slug),
      ...businesses.filter((b) => b.villageKey === c.villageKey).map((b) => personRef(`owner:${b.slug}`)),
      ...households
        .filter((h) => h.villageKey === c.villageKey)
        .flatMap((h) => h.members.map((m, i) => ({ m, ref: personRef(`${h.key}:${i}`) })))
        .filter(({ m, ref }) => (m[3] === "HEAD" || m[3] === "SPOUSE") && !abroadIds.has(ref))
        .map(({ ref }) => ref),
      ...(extraPersonIds.get(c.villageKey) ?? []),
    ];
    if (candidates.length < 10) throw new Error(`seed data: ${c.slug} has only ${candidates.length} members`);
    const founded = day(c.foundedAt).getTime();
    const span = day("2026-10-31").getTime() - founded;
    candidates.forEach((personId, i) => {
      // The first nine are founders; the rest joined later, in member-number order.
      const joinedAt =
        i < 9
          ? at(c.foundedAt, 10)
          : new Date(founded + Math.floor((span * (i - 8)) / (candidates.length - 7)) + rng.int(0, 5) * 86_400_000);
      const membershipId = id();
      membershipOf.set(`${c.slug}:${personId}`, membershipId);
      memberships.push({
        id: membershipId,
        cooperativeId: must(cooperativeId.get(c.slug), c.slug),
        personId,
        memberNumber: `${c.code}-${String(i + 1).padStart(4, "0")}`,
        status: "ACTIVE",
        joinedAt,
        coop: c,
      });
    });
  }
  await tx.membership.createMany({ data: memberships.map(({ coop: _coop, ...m }) => m) });

  // ── Catalogue ──
  const categoryId = new Map(categories.map((c) => [c.slug, id()]));
  await tx.productCategory.createMany({
    data: [...categories]
      .sort((a, b) => Number(Boolean(a.parent)) - Number(Boolean(b.parent)))
      .map((c) => ({
        id: must(categoryId.get(c.slug), c.slug),
        slug: c.slug,
        nameId: c.nameId,
        nameEn: c.nameEn,
        parentId: c.parent ? must(categoryId.get(c.parent), c.parent) : null,
      })),
  });
  const businessId = new Map(businesses.map((b) => [b.slug, id()]));
  const bid = (slug: string) => must(businessId.get(slug), `business ${slug}`);
  // Trust states to show: one business still waits for its cooperative's answer (and for returnee verification),
  // one was accepted but its owner is not verified yet; every other one was verified by a village officer (or, where
  // the village has none on the platform, by the cooperative's chair) and accepted by the cooperative.
  const pendingBusiness = "mangga-gincu-pak-daskan";
  const unverifiedBusinesses = new Set([pendingBusiness, "batik-dermayon-warsini"]);
  const coopIdOf = (villageKey: string) =>
    must(cooperativeId.get(must(coopOfVillage.get(villageKey), villageKey).slug), villageKey);
  const chairOf = (villageKey: string) =>
    must(coopOfficerUserIds.get(must(coopOfVillage.get(villageKey), villageKey).slug)?.[0], `chair in ${villageKey}`);
  const verifierOf = (villageKey: string) =>
    users.find((u) => u.name === villageOfficers.find((o) => o.villageKey === villageKey)?.name)?.id ??
    chairOf(villageKey);
  const verifiedAt = at("2025-09-05", 10);
  await tx.business.createMany({
    data: businesses.map((b) => ({
      id: bid(b.slug),
      slug: b.slug,
      name: b.name,
      story: b.story,
      ownerId: must(ownerUserId.get(b.slug), b.slug),
      ownerPersonId: must(ownerPersonId.get(b.slug), b.slug),
      villageId: vid(b.villageKey),
      cooperativeId: b.slug === pendingBusiness ? null : coopIdOf(b.villageKey),
      employees: b.employees,
      status: "ACTIVE" as const,
      foundedAt: day(b.foundedAt),
      returneeVerifiedAt: unverifiedBusinesses.has(b.slug) ? null : verifiedAt,
      returneeVerifiedById: unverifiedBusinesses.has(b.slug) ? null : verifierOf(b.villageKey),
      createdAt: at("2025-09-01", rng.int(8, 17)),
    })),
  });
  await tx.cooperativeRequest.createMany({
    data: businesses.map((b) => {
      const pending = b.slug === pendingBusiness;
      return {
        id: id(),
        businessId: bid(b.slug),
        cooperativeId: coopIdOf(b.villageKey),
        status: pending ? ("PENDING" as const) : ("ACCEPTED" as const),
        message: pending
          ? "Kami ingin menjual mangga gincu lewat koperasi dan ikut pelatihan pengemasan."
          : "Mohon diterima sebagai usaha mitra koperasi.",
        requestedById: must(ownerUserId.get(b.slug), b.slug),
        decidedById: pending ? null : chairOf(b.villageKey),
        reason: pending ? null : "Usaha aktif, pemilik anggota koperasi.",
        createdAt: pending ? at("2026-11-20", 9) : at("2025-09-02", 9),
        decidedAt: pending ? null : at("2025-09-03", 10),
      };
    }),
  });
  await tx.auditLog.createMany({
    data: businesses
      .filter((b) => !unverifiedBusinesses.has(b.slug))
      .map((b) => ({
        id: id(),
        actorUserId: verifierOf(b.villageKey),
        action: "business.returnee.verify",
        targetType: "Business",
        targetId: bid(b.slug),
        data: {
          personId: must(ownerPersonId.get(b.slug), b.slug),
          note: "Paspor dan surat kepulangan BP2MI diperiksa.",
        },
        createdAt: verifiedAt,
      })),
  });
  // How each business delivers: everyone lets buyers collect (at the workshop, or at the cooperative for the
  // businesses that sell from its shop), delivers itself around its own regency and neighbouring ones of the province,
  // and most send further with a courier. Deterministic (no draws from rng: the figures after this stay as they were).
  const COURIER_SETS = [["JNE", "J&T Express"], ["JNE", "SiCepat"], ["Pos Indonesia"], ["J&T Express", "AnterAja"]];
  const villageOf = new Map(villages.map((v) => [v.key, v]));
  for (const [i, b] of businesses.entries()) {
    const village = must(villageOf.get(b.villageKey), b.villageKey);
    const atCooperative = i % 3 === 2 && b.slug !== pendingBusiness;
    const home = must(
      regencies.find((r) => r.code === village.regencyCode),
      village.regencyCode,
    );
    const neighbours = regencies.filter((r) => r.provinceCode === home.provinceCode && r.code !== home.code);
    await tx.business.update({
      where: { id: bid(b.slug) },
      data: { contactPhone: `+62812${String(31_000_000 + i * 104_729).padStart(8, "0")}` },
    });
    await tx.deliverySettings.create({
      data: {
        businessId: bid(b.slug),
        pickupEnabled: true,
        pickupPlace: atCooperative ? "COOPERATIVE" : "BUSINESS",
        pickupAddress: atCooperative
          ? `Toko koperasi, Balai Desa ${village.name}, Kec. ${village.districtName}, ${home.name}`
          : `Rumah produksi ${b.name}, Desa ${village.name}, Kec. ${village.districtName}, ${home.name}`,
        pickupHours: atCooperative ? "Senin–Jumat 08.00–15.00" : "Senin–Sabtu 08.00–16.00",
        ownDeliveryEnabled: true,
        courierEnabled: i % 5 !== 4,
        courierNames: COURIER_SETS[i % COURIER_SETS.length]!,
        courierRateIdr: BigInt(18_000 + (i % 4) * 2_000),
      },
    });
    await tx.deliveryRate.createMany({
      data: [
        { businessId: bid(b.slug), regencyId: must(regencyId.get(home.code), home.code), rateIdr: 10_000n },
        ...neighbours.map((r) => ({
          businessId: bid(b.slug),
          regencyId: must(regencyId.get(r.code), r.code),
          rateIdr: 25_000n,
        })),
      ],
    });
  }
  const productSlugs = new Set<string>();
  const productRows: Prisma.ProductCreateManyInput[] = products.map((p) => {
    // The product name alone where it is unique, else followed by the business.
    let slug = slugify(p.name);
    if (productSlugs.has(slug)) slug = slugify(`${p.name} ${p.business}`).slice(0, 150);
    productSlugs.add(slug);
    const createdAt = at(addMonths("2025-10-01", rng.int(0, 11), rng.int(1, 28)), rng.int(8, 20));
    const published = !p.draft;
    return {
      id: id(),
      businessId: bid(p.business),
      categoryId: must(categoryId.get(p.category), p.category),
      slug,
      name: p.name,
      description: p.description,
      priceIdr: BigInt(p.priceIdr),
      stock: p.stock,
      unit: p.unit,
      weightGrams: p.weightGrams ?? null,
      imageUrls: [`/images/products/${slug}.svg`],
      status: published ? ("PUBLISHED" as const) : ("DRAFT" as const),
      publishedAt: published ? new Date(createdAt.getTime() + rng.int(1, 5) * 86_400_000) : null,
      createdAt,
      updatedAt: createdAt,
    };
  });
  await tx.product.createMany({ data: productRows });

  // ── Partners ──
  const organizationId = new Map(organizations.map((o) => [o.slug, id()]));
  await tx.organization.createMany({
    data: organizations.map((o) => ({
      id: must(organizationId.get(o.slug), o.slug),
      slug: o.slug,
      name: o.name,
      kind: o.kind,
      website: o.website ?? null,
      description: o.description,
      createdAt: at("2026-04-01"),
    })),
  });
  await tx.organizationMember.createMany({
    data: organizations.map((o) => ({
      id: id(),
      organizationId: must(organizationId.get(o.slug), o.slug),
      userId: must(orgOwnerUserId.get(o.slug), o.slug),
      role: "OWNER" as const,
    })),
  });
  const programId = new Map(programs.map((p) => [p.slug, id()]));
  await tx.program.createMany({
    data: programs.map((p) => ({
      id: must(programId.get(p.slug), p.slug),
      slug: p.slug,
      organizationId: must(organizationId.get(p.organization), p.organization),
      villageId: p.villageKey ? vid(p.villageKey) : null,
      kind: p.kind,
      title: p.title,
      description: p.description,
      teaches: p.teaches ?? "",
      online: p.online ?? false,
      venue: p.venue ?? "",
      schedule: p.schedule ?? "",
      capacity: p.capacity ?? null,
      startsOn: day(p.startsOn),
      endsOn: p.endsOn ? day(p.endsOn) : null,
      createdAt: at(addMonths(p.startsOn, -1)),
    })),
  });
  const certificateRandom = createRandom(0xce27);
  const enrolments = programs.flatMap((p) =>
    p.enrolments.map(([ref, status, consent]) => {
      const applied = status === "APPLIED" || status === "REJECTED";
      const completedOn = p.endsOn ?? p.startsOn;
      return {
        id: id(),
        programId: must(programId.get(p.slug), p.slug),
        personId: personRef(ref),
        status,
        consentGivenAt: at(consent, 10),
        // The people who applied themselves (to a program of this platform) accepted its consent text.
        consentVersion: applied ? PROGRAM_CONSENT.version : null,
        enrolledById: applied ? null : must(orgOwnerUserId.get(p.organization), p.organization),
        decidedAt: status === "APPLIED" ? null : at(consent, 15),
        completedAt: status === "COMPLETED" ? at(completedOn, 16) : null,
        certificateCode:
          status === "COMPLETED"
            ? Array.from({ length: CERTIFICATE_CODE_LENGTH }, () =>
                certificateRandom.pick([...CERTIFICATE_ALPHABET]),
              ).join("")
            : null,
        createdAt: at(consent, 11),
      };
    }),
  );
  await tx.enrolment.createMany({ data: enrolments });
  // A certificate prints the participant's name as it stood at completion.
  await tx.$executeRaw`
    UPDATE "Enrolment" e SET "certificateName" = p."fullName" FROM "Person" p
    WHERE p."id" = e."personId" AND e."status" = 'COMPLETED'`;

  // ── Network of villages ──
  const authorId = (ref: string) =>
    ref.startsWith("owner:") ? must(ownerUserId.get(ref.slice(6)), ref) : villageOfficerId(ref.slice(8));
  await tx.story.createMany({
    data: stories.map((s) => ({
      id: id(),
      slug: s.slug,
      villageId: vid(s.villageKey),
      authorId: authorId(s.author),
      kind: s.kind,
      title: s.title,
      body: s.body,
      coverImageUrl: null,
      status: s.publishedOn ? ("PUBLISHED" as const) : ("DRAFT" as const),
      publishedAt: s.publishedOn ? at(s.publishedOn, 10) : null,
      createdAt: at(s.publishedOn ?? "2026-11-25", 8),
    })),
  });
  await tx.villageLink.createMany({
    data: villageLinks.map((l) => ({
      id: id(),
      fromVillageId: vid(l.from),
      toVillageId: vid(l.to),
      kind: l.kind,
      note: l.note,
      createdAt: at("2026-02-01"),
    })),
  });
  await seedNetwork(tx, { vid, villageOfficerId, id });

  // ── Protection cases (confidential) with their status history ──
  const caseRows: Prisma.ProtectionCaseCreateManyInput[] = [];
  const caseEvents: Prisma.ProtectionCaseEventCreateManyInput[] = [];
  for (const c of cases) {
    const caseId = id();
    const handler = villageOfficerId(c.villageKey);
    const first = must(c.events[0], "first event");
    const last = must(c.events[c.events.length - 1], "last event");
    const referred = c.events.find(([s]) => s === "REFERRED");
    const closed = last[0] === "RESOLVED" || last[0] === "CLOSED_UNRESOLVED";
    caseRows.push({
      id: caseId,
      personId: personRef(c.person),
      villageId: vid(c.villageKey),
      type: c.type,
      status: last[0],
      summary: c.summary,
      countryOfIncident: c.countryOfIncident ?? null,
      handlerId: handler,
      reportedById: handler,
      referralAgency: referred ? (c.referralAgency ?? null) : null,
      referredAt: referred ? at(referred[1], 14) : null,
      openedAt: at(first[1], 10),
      closedAt: closed ? at(last[1], 15) : null,
    });
    c.events.forEach(([status, on, note], i) =>
      caseEvents.push({ id: id(), caseId, status, note, actorId: handler, createdAt: at(on, 10 + i) }),
    );
  }
  await tx.protectionCase.createMany({ data: caseRows });
  await tx.protectionCaseEvent.createMany({ data: caseEvents });

  mark("reference data");
  // ── Money ──
  // Every rupiah moves through the app's own services (the flows the API runs), inside this transaction, in the
  // order it happened: remittances, simpanan, pledges, disbursements, instalments and orders are put on one
  // timeline and replayed oldest first, each booked at its own date. So the rules are the app's rules (a wallet
  // cannot pay more than it holds at that moment, a round takes pledges only while open and becomes FUNDED at its
  // target, a delivered order settles to the seller less the cooperative's fee), and balances are as they stood.
  const timeline: { at: Date; seq: number; run: () => Promise<unknown> }[] = [];
  const schedule = (when: Date, run: () => Promise<unknown>) => {
    if (when.getTime() >= TODAY.getTime())
      throw new Error(`seed data: ${when.toISOString()} is not before the seed's today`);
    timeline.push({ at: when, seq: timeline.length, run });
  };
  const householdOf = (hKey: string) =>
    must(
      households.find((h) => h.key === hKey),
      `household ${hKey}`,
    );
  const walletBalance = async (hKey: string) =>
    (
      await tx.account.findUnique({
        where: { key: accounts.householdWallet(hid(hKey), householdOf(hKey).name).key },
        select: { balance: true },
      })
    )?.balance ?? 0n;
  const treasurerOf = (villageKey: string) =>
    must(
      coopOfficerUserIds.get(must(coopOfVillage.get(villageKey), villageKey).slug)?.[1],
      `treasurer in ${villageKey}`,
    );

  // Remittances: a year per household; the savings and investment parts go to the household wallet.
  let remittanceCount = 0;
  for (const h of households) {
    const ids = { householdId: hid(h.key), senderPersonId: personRef(`${h.key}:${h.abroad.member}`) };
    // Recorded by the family's own account, or by the village's migration desk for families without one.
    const recorder = householdUserId.get(h.key) ?? villageOfficerId(h.villageKey);
    for (const { at: when, input } of monthlyRemittances(h, ids, rng)) {
      schedule(when, () => recordRemittance(tx, input, recorder, { at: when }));
      remittanceCount += 1;
    }
  }

  // Cooperative savings: simpanan pokok on joining, and for members of a migrant household the last two months of
  // simpanan wajib; each from the member's household wallet when it holds enough at that moment, otherwise in cash
  // at the cooperative's counter (founders joined before the first remittance arrived).
  let savingsPayments = 0;
  for (const m of memberships) {
    const hKey = personHousehold.get(m.personId);
    const deposit = (kind: "POKOK" | "WAJIB", amountIdr: bigint, label: string, when: Date) => {
      savingsPayments += 1;
      schedule(when, async () => {
        const fromWallet = hKey !== undefined && (await walletBalance(hKey)) >= amountIdr;
        const actor = (fromWallet ? householdUserId.get(hKey) : undefined) ?? treasurerOf(m.coop.villageKey);
        const channel = fromWallet ? ("HOUSEHOLD_WALLET" as const) : ("CASH" as const);
        const input = {
          membershipId: must(m.id, m.memberNumber),
          kind,
          amountIdr,
          channel,
          idempotencyKey: `seed:${m.memberNumber}:${label}`,
        };
        return depositSavings(tx, input, actor, { at: when });
      });
    };
    const joinedAt = new Date(m.joinedAt ?? 0);
    deposit("POKOK", m.coop.simpananPokokIdr, "pokok", new Date(joinedAt.getTime() + 2 * 3_600_000));
    for (const ym of WAJIB_MONTHS) {
      if (!hKey || joinedAt > day(`${ym}-01`)) continue;
      deposit(
        "WAJIB",
        m.coop.simpananWajibIdr,
        `wajib-${ym}`,
        at(`${ym}-${String(rng.int(5, 20)).padStart(2, "0")}`, rng.int(9, 15)),
      );
    }
  }

  /**
   * Rounds still in the cooperative's review, made through the review services: one waiting for the Juntinyuat
   * officers, one returned to the demo entrepreneur with comments, one approved and ready to open.
   */
  async function seedRoundsInReview(db: Tx) {
    const juntinyuat = coopIdOf("juntinyuat");
    const [chair, treasurer] = [chairOf("juntinyuat"), treasurerOf("juntinyuat")];
    const ticked = { businessVerified: true, useOfFunds: true, repaymentPlan: true, withinLimits: true };
    const draft = (business: string, title: string, purpose: string, targetIdr: bigint) =>
      createFundingRound(db, {
        businessId: bid(business),
        cooperativeId: juntinyuat,
        title,
        purpose,
        instrument: "PROFIT_SHARE",
        isPublic: true,
        targetIdr,
        minTicketIdr: 250_000n,
        maxTicketIdr: 5_000_000n,
        returnBps: 2500,
        tenorMonths: 12,
        opensAt: at("2026-12-15", 8),
        closesAt: at("2027-01-31", 23, 59),
      });
    const submit = (roundId: string, business: string, on: string) =>
      submitFundingRound(db, roundId, must(ownerUserId.get(business), business), "", { at: at(on, 9) });

    const waiting = await draft(
      "terasi-ikan-asin-bu-casmini",
      "Freezer dan rak pengering untuk terasi Bu Casmini",
      "Freezer 500 liter untuk menyimpan rebon segar dan dua rak pengering tertutup agar terasi tidak terkena hujan. " +
        "Investor menerima 25% laba bersih selama 12 bulan.",
      18_000_000n,
    );
    await submit(waiting.id, "terasi-ikan-asin-bu-casmini", "2026-11-25");

    const returned = await draft(
      "keripik-singkong-mbak-siti",
      "Mobil bak untuk distribusi Keripik Singkong Mbak Siti",
      "Mobil bak bekas untuk mengantar keripik ke toko oleh-oleh di Indramayu dan Cirebon.",
      150_000_000n,
    );
    await submit(returned.id, "keripik-singkong-mbak-siti", "2026-11-21");
    await reviewFundingRound(
      db,
      {
        roundId: returned.id,
        approve: false,
        comment:
          "Target terlalu besar dibanding penjualan enam bulan terakhir. Mohon turunkan target atau lampirkan " +
          "kontrak dengan toko oleh-oleh.",
        checklist: { ...ticked, repaymentPlan: false },
      },
      chair,
      { at: at("2026-11-24", 10) },
    );

    const approved = await draft(
      "keripik-singkong-mbak-siti",
      "Sertifikasi halal dan kemasan baru Keripik Singkong Mbak Siti",
      "Biaya sertifikasi halal, desain dan cetak kemasan standing pouch untuk dijual di minimarket.",
      10_000_000n,
    );
    await submit(approved.id, "keripik-singkong-mbak-siti", "2026-11-18");
    for (const [officer, on] of [
      [chair, "2026-11-20"],
      [treasurer, "2026-11-22"],
    ] as const) {
      await reviewFundingRound(
        db,
        { roundId: approved.id, approve: true, comment: "Sesuai daftar periksa.", checklist: ticked },
        officer,
        { at: at(on, 10) },
      );
    }
    return 3;
  }

  /**
   * The review history the seeded rounds went through before opening (submitted, two officers' approvals, opened),
   * and for a members-only round the extraordinary meeting (RALB) whose carried motion approved it.
   */
  async function seedRoundApprovals(db: Tx) {
    const events: Prisma.FundingRoundEventCreateManyInput[] = [];
    for (const r of rounds) {
      const b = must(
        businesses.find((x) => x.slug === r.business),
        r.business,
      );
      const owner = must(ownerUserId.get(b.slug), b.slug);
      const [chair, treasurer] = [chairOf(b.villageKey), treasurerOf(b.villageKey)];
      const checklist = { businessVerified: true, useOfFunds: true, repaymentPlan: true, withinLimits: true };
      const on = (daysBefore: number, hour: number) =>
        new Date(at(r.opensAt, hour).getTime() - daysBefore * 86_400_000);
      events.push(
        { id: id(), roundId: rid(r.slug), kind: "SUBMITTED", actorId: owner, createdAt: on(14, 9) },
        {
          id: id(),
          roundId: rid(r.slug),
          kind: "OFFICER_APPROVED",
          actorId: chair,
          comment: "Rencana penggunaan dana jelas; riwayat pesanan mendukung rencana pembayaran.",
          checklist,
          createdAt: on(10, 10),
        },
        {
          id: id(),
          roundId: rid(r.slug),
          kind: "OFFICER_APPROVED",
          actorId: treasurer,
          comment: "Syarat dalam batas anggaran dasar koperasi.",
          checklist,
          createdAt: on(9, 11),
        },
        { id: id(), roundId: rid(r.slug), kind: "APPROVED", actorId: treasurer, createdAt: on(9, 11) },
        { id: id(), roundId: rid(r.slug), kind: "OPENED", actorId: owner, createdAt: at(r.opensAt, 8) },
      );
      if (!r.isPublic) await seedRoundMeeting(db, r, b.villageKey, on(12, 9));
    }
    await db.fundingRoundEvent.createMany({ data: events });
  }

  /** An RALB, held with quorum, whose members present carried the motion approving a members-only round. */
  async function seedRoundMeeting(db: Tx, r: (typeof rounds)[number], villageKey: string, heldAt: Date) {
    const coop = must(coopOfVillage.get(villageKey), villageKey);
    const coopId = coopIdOf(villageKey);
    const members = memberships.filter((m) => m.cooperativeId === coopId && new Date(m.joinedAt!) < heldAt);
    const present = members.slice(0, Math.floor(members.length / 2) + 1);
    const meetingId = id();
    const motionId = id();
    await db.meeting.create({
      data: {
        id: meetingId,
        cooperativeId: coopId,
        kind: "EXTRAORDINARY",
        title: `Rapat Anggota Luar Biasa: ${r.title}`.slice(0, 200),
        scheduledAt: heldAt,
        location: `Kantor ${coop.name}`.slice(0, 200),
        status: "CLOSED",
        calledById: chairOf(villageKey),
        openedAt: heldAt,
        closedAt: new Date(heldAt.getTime() + 2 * 3_600_000),
        memberCount: members.length,
        quorumMet: true,
        createdAt: new Date(heldAt.getTime() - 14 * 86_400_000),
      },
    });
    await db.motion.create({
      data: {
        id: motionId,
        meetingId,
        position: 1,
        title: `Menyetujui putaran pendanaan khusus anggota "${r.title}"`.slice(0, 200),
        status: "CARRIED",
        kind: "APPROVE_FUNDING_ROUND",
        fundingRoundId: rid(r.slug),
      },
    });
    await db.meetingAttendance.createMany({
      data: present.map((m) => ({
        id: id(),
        meetingId,
        membershipId: m.id!,
        recordedById: chairOf(villageKey),
        recordedAt: heldAt,
      })),
    });
    await db.vote.createMany({
      data: present.map((m, i) => ({
        id: id(),
        motionId,
        membershipId: m.id!,
        choice: i % 7 === 6 ? ("ABSTAIN" as const) : ("YES" as const),
        castAt: new Date(heldAt.getTime() + 3_600_000),
      })),
    });
  }

  // Funding rounds are created OPEN with their historical window; pledges made while they were open take them to
  // FUNDED at the target, a disbursement to REPAYING, then the instalments paid (one round is in arrears).
  const roundId = new Map(rounds.map((r) => [r.slug, id()]));
  const rid = (slug: string) => must(roundId.get(slug), `round ${slug}`);
  await tx.fundingRound.createMany({
    data: rounds.map((r) => {
      const b = must(
        businesses.find((x) => x.slug === r.business),
        r.business,
      );
      return {
        id: rid(r.slug),
        slug: r.slug,
        businessId: bid(r.business),
        cooperativeId: must(cooperativeId.get(must(coopOfVillage.get(b.villageKey), b.villageKey).slug), b.villageKey),
        title: r.title,
        purpose: r.purpose,
        instrument: r.instrument,
        isPublic: r.isPublic,
        targetIdr: BigInt(r.targetIdr),
        minTicketIdr: BigInt(r.minTicketIdr),
        maxTicketIdr: BigInt(r.maxTicketIdr),
        returnBps: r.returnBps,
        tenorMonths: r.tenorMonths,
        status: "OPEN" as const,
        opensAt: at(r.opensAt, 8),
        closesAt: at(r.closesAt, 23, 59),
        createdAt: at(addMonths(r.opensAt, 0, 1), 8),
      };
    }),
  });

  await seedRoundApprovals(tx);

  let pledgeCount = 0;
  const schedules: Prisma.RepaymentScheduleCreateManyInput[] = [];
  let repaymentCount = 0;
  for (const r of rounds) {
    const b = must(
      businesses.find((x) => x.slug === r.business),
      r.business,
    );
    const treasurer = treasurerOf(b.villageKey);
    const coop = must(coopOfVillage.get(b.villageKey), b.villageKey);
    for (const [hKey, amount, on] of r.pledges) {
      // pledge() enforces tickets, the target, the window and the OJK cap; a members-only round is the data's word.
      if (
        !r.isPublic &&
        !householdOf(hKey).members.some((_, i) => membershipOf.has(`${coop.slug}:${personRef(`${hKey}:${i}`)}`))
      )
        throw new Error(`seed data: ${hKey} is not a member of ${coop.slug} (member-only round ${r.slug})`);
      const when = at(on, 20);
      const input = {
        roundId: rid(r.slug),
        householdId: hid(hKey),
        amountIdr: BigInt(amount),
        idempotencyKey: `seed:${r.slug}:${hKey}`,
        acceptedDisclosureVersion: CURRENT_DISCLOSURE.version,
      };
      schedule(when, async () => {
        // The ledger would refuse it too, but only as a failed CHECK that aborts the transaction: say why instead.
        const balance = await walletBalance(hKey);
        if (balance < input.amountIdr)
          throw new Error(
            `seed data: ${hKey} holds ${rupiah(balance)} on ${on}, cannot pledge ${rupiah(input.amountIdr)} to ${r.slug}`,
          );
        return pledge(tx, input, householdUserId.get(hKey) ?? treasurer, when);
      });
      pledgeCount += 1;
    }

    // Disbursed rounds: the escrow goes to the business's operating account and the instalments are paid from it.
    // (What the business spends and earns outside the marketplace has no flow in the app, so it is not invented here.)
    const plan = r.repayment;
    if (!plan) continue;
    schedule(at(plan.disbursedOn, 10), () =>
      disburseRound(tx, rid(r.slug), treasurer, { at: at(plan.disbursedOn, 10) }),
    );
    // Flat schedule: principal split evenly (remainder on the last instalment), return = yearly rate / 12.
    const target = BigInt(r.targetIdr);
    const tenor = BigInt(r.tenorMonths);
    const principal = target / tenor;
    const monthlyReturn = (target * BigInt(r.returnBps)) / 10_000n / 12n;
    const rows = Array.from({ length: r.tenorMonths }, (_, i) => ({
      id: id(),
      roundId: rid(r.slug),
      sequence: i + 1,
      dueOn: day(addMonths(plan.firstDueOn, i)),
      principalIdr: i === r.tenorMonths - 1 ? target - principal * (tenor - 1n) : principal,
      returnIdr: monthlyReturn,
    }));
    schedules.push(...rows);
    for (const [i, paidOn] of plan.paidOn.entries()) {
      const row = must(rows[i], `instalment ${i + 1}`);
      const amountIdr = row.principalIdr + row.returnIdr;
      const input = {
        roundId: rid(r.slug),
        amountIdr,
        kind: "INSTALMENT" as const,
        scheduleId: row.id,
        idempotencyKey: `seed:${r.slug}:${row.sequence}`,
      };
      schedule(at(paidOn, 14), () => repay(tx, input, treasurer, { at: at(paidOn, 14) }));
      repaymentCount += 1;
    }
  }
  await tx.repaymentSchedule.createMany({ data: schedules });

  // Orders: the buyer fills a cart, checks out, and the seller takes each order as far as it has gone today.
  const userIdByEmail = new Map(users.map((u) => [u.email, must(u.id, u.email)]));
  const sellerOf = new Map(
    businesses.map((b) => [bid(b.slug), { id: must(ownerUserId.get(b.slug), b.slug), isPlatformAdmin: false }]),
  );
  const productByKey = new Map(productRows.map((p) => [`${p.businessId}:${p.name}`, p]));
  const laterOn = (iso: string, days: number, hourWib: number) =>
    at(isoDay(new Date(day(iso).getTime() + days * 86_400_000)), hourWib);
  let checkoutCount = 0;
  for (const [n, o] of orderSeeds.entries()) {
    const buyerId = must(userIdByEmail.get(o.buyer), `buyer ${o.buyer}`);
    const buyer = { id: buyerId, isPlatformAdmin: false };
    const placedAt = at(o.placedOn, o.hourWib);
    const lines = o.lines.map(([business, name, quantity]) => {
      const product = must(productByKey.get(`${bid(business)}:${name}`), `product ${name}`);
      if (!product.publishedAt || product.publishedAt > placedAt)
        throw new Error(`seed data: ${name} is not on sale on ${o.placedOn}`);
      return {
        userId: buyerId,
        productId: must(product.id, name),
        quantity,
        addedAt: new Date(placedAt.getTime() - 15 * 60_000),
      };
    });
    // One checkout makes one order per business; each later step applies to all of them.
    const placed: { id: string; seller: { id: string; isPlatformAdmin: boolean } }[] = [];
    const placedCheckout = { id: "" };
    const step = (when: Date, run: (order: (typeof placed)[number], booking: { at: Date }) => Promise<unknown>) =>
      schedule(when, async () => {
        for (const order of placed) await run(order, { at: when });
      });
    schedule(placedAt, async () => {
      await tx.cartItem.createMany({ data: lines });
      const { checkout } = await placeOrder(
        tx,
        buyerId,
        {
          idempotencyKey: `seed:checkout:${n + 1}`,
          paymentMethod: o.paymentMethod,
          ...must(recipients[o.buyer], `recipient ${o.buyer}`),
        },
        { at: placedAt },
      );
      placedCheckout.id = checkout.id;
      const made = await tx.order.findMany({
        where: { checkoutId: checkout.id },
        orderBy: { number: "asc" },
        select: { id: true, businessId: true },
      });
      placed.push(...made.map((x) => ({ id: x.id, seller: must(sellerOf.get(x.businessId), x.businessId) })));
    });
    checkoutCount += 1;
    // Each cooperative's treasurer confirms its transfer two hours later; cash on delivery is paid when delivered.
    if (o.paymentMethod === "BANK_TRANSFER") {
      const confirmedAt = new Date(placedAt.getTime() + 2 * 3_600_000);
      schedule(confirmedAt, async () => {
        const payments = await tx.payment.findMany({
          where: { checkoutId: placedCheckout.id },
          select: { id: true, cooperativeId: true },
          orderBy: { reference: "asc" },
        });
        for (const payment of payments) {
          const treasurer = await tx.cooperativeOfficer.findFirstOrThrow({
            where: { cooperativeId: payment.cooperativeId!, role: "TREASURER" },
            select: { userId: true },
          });
          await confirmPayment(tx, payment.id, { id: treasurer.userId, isPlatformAdmin: false }, { at: confirmedAt });
        }
      });
    }
    if (o.outcome === "CANCELLED") {
      step(new Date(placedAt.getTime() + 14 * 3_600_000), (x, b) =>
        cancelOrder(tx, x.id, o.cancelReason ?? "Dibatalkan pembeli.", buyer, b),
      );
      continue;
    }
    if (o.outcome === "PAID") continue;
    step(laterOn(o.placedOn, 1, 9), (x, b) => confirmOrder(tx, x.id, b));
    if (o.outcome === "CONFIRMED") continue;
    step(laterOn(o.placedOn, 2, 14), (x, b) => shipOrder(tx, x.id, {}, b));
    if (o.outcome === "SHIPPED") continue;
    // The buyer confirms a paid order's receipt; the seller records a cash-on-delivery handover (and the cash).
    step(laterOn(o.placedOn, 5, 11), (x, b) =>
      o.paymentMethod === "CASH_ON_DELIVERY" ? deliverOrder(tx, x.id, x.seller, b) : confirmReceipt(tx, x.id, buyer, b),
    );
  }

  // Wholesale between villages: tiers on a few products and one paid order between two villages' cooperatives.
  await seedWholesale(tx, {
    productId: (business, name) => must(productByKey.get(`${bid(business)}:${name}`)?.id, `product ${name}`),
    cooperativeId: (slug) => must(cooperativeId.get(slug), `cooperative ${slug}`),
    userId: (email) => must(userIdByEmail.get(email), `user ${email}`),
    schedule,
  });

  // Replay the year, oldest first (ties in the order they were scheduled).
  timeline.sort((a, b) => a.at.getTime() - b.at.getTime() || a.seq - b.seq);
  for (const event of timeline) await event.run();
  mark(`money (${timeline.length} flows)`);

  // The rounds must stand where the data says, reached through the flows alone.
  const reached = await tx.fundingRound.findMany({ select: { slug: true, status: true } });
  for (const r of rounds) {
    const status = reached.find((x) => x.slug === r.slug)?.status;
    if (status !== r.status) throw new Error(`seed data: round ${r.slug} ended ${status}, expected ${r.status}`);
  }

  const updates = rounds.flatMap((r) =>
    (r.updates ?? []).map((u) => ({
      id: id(),
      roundId: rid(r.slug),
      authorId: must(ownerUserId.get(r.business), r.business),
      title: u.title,
      body: u.body,
      createdAt: at(u.on, 16),
    })),
  );
  await tx.fundingRoundUpdate.createMany({ data: updates });
  const inReview = await seedRoundsInReview(tx);

  // ── Last year's RAT (fiscal year 2025), held and closed: attendance recorded, quorum met, the annual report and
  // its surplus (SHU) adopted by a CARRIED motion, so the year's SHU may be run for exactly that surplus. Inserted
  // last so that the ids of everything above stay as they were. ──
  const ratMeetings: Prisma.MeetingCreateManyInput[] = [];
  const ratMotions: Prisma.MotionCreateManyInput[] = [];
  const ratAttendance: Prisma.MeetingAttendanceCreateManyInput[] = [];
  const ratVotes: Prisma.VoteCreateManyInput[] = [];
  cooperatives.forEach((c, i) => {
    const coopId = must(cooperativeId.get(c.slug), c.slug);
    const chair = must(coopOfficerUserIds.get(c.slug)?.[0], c.slug);
    const heldAt = at(`2026-02-${String(14 + i).padStart(2, "0")}`, 9);
    const closedAt = new Date(heldAt.getTime() + 3 * 3_600_000);
    // Members then: those who had joined by the day of the meeting, in member-number order.
    const then = memberships.filter((m) => m.coop.slug === c.slug && (m.joinedAt as Date) <= heldAt);
    const present = then.slice(0, Math.ceil(then.length * 0.7)); // well over the by-law's 50%
    const meetingId = id();
    ratMeetings.push({
      id: meetingId,
      cooperativeId: coopId,
      kind: "ANNUAL",
      title: "Rapat Anggota Tahunan Tahun Buku 2025",
      fiscalYear: 2025,
      scheduledAt: heldAt,
      openedAt: heldAt,
      closedAt,
      location: `Balai Desa ${
        must(
          villages.find((v) => v.key === c.villageKey),
          c.villageKey,
        ).name
      }`,
      online: false,
      status: "CLOSED",
      calledById: chair,
      memberCount: then.length,
      quorumMet: true,
      createdAt: at("2026-01-20", 10),
    });
    const surplusIdr = BigInt(12_500_000 + i * 4_750_000 + then.length * 125_000);
    const motionIds = [id(), id()];
    ratMotions.push(
      {
        id: motionIds[0]!,
        meetingId,
        position: 1,
        title: "Pengesahan laporan pertanggungjawaban pengurus tahun buku 2025",
        description: "Laporan kegiatan, keuangan dan pengawasan koperasi selama tahun buku 2025.",
        status: "CARRIED",
      },
      {
        id: motionIds[1]!,
        meetingId,
        position: 2,
        title: "Pengesahan laporan tahunan dan SHU tahun buku 2025",
        description: `Sisa hasil usaha tahun buku 2025 sebesar ${rupiah(surplusIdr)}, dibagi menurut anggaran dasar.`,
        status: "CARRIED",
        kind: "ADOPT_ANNUAL_REPORT",
        surplusIdr,
      },
    );
    present.forEach((m, k) => {
      ratAttendance.push({
        id: id(),
        meetingId,
        membershipId: m.id!,
        recordedById: chair,
        recordedAt: new Date(heldAt.getTime() + k * 20_000),
      });
      for (const motionId of motionIds)
        ratVotes.push({
          id: id(),
          motionId,
          membershipId: m.id!,
          choice: k % 10 === 7 ? "NO" : k % 10 === 9 ? "ABSTAIN" : "YES",
          castAt: new Date(heldAt.getTime() + 3_600_000 + k * 15_000),
        });
    });
  });
  await tx.meeting.createMany({ data: ratMeetings });
  await tx.motion.createMany({ data: ratMotions });
  await tx.meetingAttendance.createMany({ data: ratAttendance });
  await tx.vote.createMany({ data: ratVotes });

  await seedMigrationDesk(tx);

  // ── The rest of each village's migrant families (30 to 60 a village), after everything else ──
  const generated = await seedVillageHouseholds(tx, households, { villageId: vid, officerId: villageOfficerId });
  mark("village households");

  const journalEntries = await tx.journalEntry.count();
  const distributions = await tx.distribution.count();
  const orderCount = await tx.order.count();

  return {
    provinces: provinces.length,
    regencies: regencies.length,
    villages: villages.length,
    users: users.length,
    persons: persons.length + generated.persons,
    migrationEpisodes: episodes.length,
    households: households.length + generated.households,
    householdMembers: households.reduce((n, h) => n + h.members.length, 0) + generated.members,
    cooperatives: cooperatives.length,
    memberships: memberships.length,
    businesses: businesses.length,
    productCategories: categories.length,
    products: productRows.length,
    remittances: remittanceCount + generated.remittances,
    savingsPayments,
    fundingRounds: rounds.length + inReview,
    pledges: pledgeCount,
    repaymentSchedules: schedules.length,
    repayments: repaymentCount,
    distributions,
    checkouts: checkoutCount,
    orders: orderCount,
    journalEntries,
    organizations: organizations.length,
    programs: programs.length,
    enrolments: enrolments.length,
    stories: stories.length,
    villageLinks: villageLinks.length,
    protectionCases: caseRows.length,
    meetings: cooperatives.length + ratMeetings.length,
    meetingAttendance: ratAttendance.length,
  };
}
