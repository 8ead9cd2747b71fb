// Demo data for Desa Migran, in Bahasa Indonesia. Deterministic (seeded PRNG, fixed "today" 2026-11-28) and
// idempotent: it never runs over a database that already has data.
//
// Rows without money are inserted in batches (createMany). Every rupiah moves through the ledger's postEntry
// (balanced journal entries on accounts created on first use), and the money records (Remittance, Pledge,
// Repayment...) point at their journal entry. Everything runs in ONE transaction, so a failure leaves the
// database empty and the next start seeds again.
import { hash } from "@node-rs/argon2";
import type { Prisma, PrismaClient } from "@desa-migran/db";
import { postEntry, type AccountRef, type PostingInput } from "../../apps/api/src/modules/ledger/service.ts";
import { accounts } from "../../apps/api/src/modules/ledger/accounts.ts";
import { toRupiah } from "../../apps/api/src/modules/households/money.ts";
import { DEMO_PASSWORD, demoAccounts } from "./demo-accounts.ts";
import { at, addMonths, createIdFactory, createRandom, day, slugify } from "./random.ts";
import { provinces, regencies, villageLinks, villages } from "./data/villages.ts";
import { cooperatives, villageOfficers } from "./data/cooperatives.ts";
import { businesses } from "./data/businesses.ts";
import { categories } from "./data/categories.ts";
import { products } from "./data/products.ts";
import { extraMembers, households, pastEpisodes, prospectiveEpisodes } from "./data/households.ts";
import { corridors } from "./data/currencies.ts";
import { rounds } from "./data/rounds.ts";
import { organizations, programs } from "./data/organizations.ts";
import { stories } from "./data/stories.ts";
import { cases } from "./data/cases.ts";

type Tx = Prisma.TransactionClient;

export interface SeedResult {
  seeded: boolean;
  counts?: Record<string, number>;
}

/** OWASP Argon2id parameters (Argon2id is the library's default algorithm). */
const ARGON2_OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 };

/** Months of remittances: Dec 2025 - Nov 2026. Idul Fitri 2026 is about 20 March: March transfers peak. */
const REMITTANCE_MONTHS = Array.from({ length: 12 }, (_, i) => addMonths("2025-12-01", i));
const LEBARAN_MONTH = "2026-03";
/** Months of simpanan wajib recorded, for members who pay from a household wallet (the remittance route). */
const WAJIB_MONTHS = ["2026-10", "2026-11"];
/** OJK (POJK 57/2020): a retail investor earning up to Rp 500 million may put 5% of yearly income in public rounds. */
const OJK_CAP_BPS_LOW_INCOME = 500n;
const OJK_CAP_BPS_HIGH_INCOME = 1000n;
const OJK_INCOME_THRESHOLD = 500_000_000n;

const BULAN = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"];
const bulan = (ym: string) => `${BULAN[Number(ym.slice(5, 7)) - 1]} ${ym.slice(0, 4)}`;
const rupiah = (n: bigint) => `Rp ${n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ".")}`;

const EXTERNAL = accounts.external("IDR");

function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`seed data: ${what} not found`);
  return value;
}

/** Splits `amount` pro rata to `weights` with the largest-remainder method, so the parts sum exactly. */
export function splitProRata(amount: bigint, weights: bigint[]): bigint[] {
  const total = weights.reduce((a, b) => a + b, 0n);
  if (total <= 0n) throw new Error("splitProRata: weights must sum to more than zero");
  const parts = weights.map((w) => (amount * w) / total);
  let left = amount - parts.reduce((a, b) => a + b, 0n);
  const order = weights
    .map((w, i) => ({ i, rem: (amount * w) % total }))
    .sort((a, b) => (a.rem === b.rem ? a.i - b.i : a.rem > b.rem ? -1 : 1));
  for (const { i } of order) {
    if (left === 0n) break;
    parts[i] = must(parts[i], "part") + 1n;
    left -= 1n;
  }
  return parts;
}

export async function seedDemoData(prisma: PrismaClient): Promise<SeedResult> {
  if (await prisma.village.findFirst({ select: { id: true } })) return { seeded: false };

  // Hash once (Argon2id is deliberately slow) and give every demo user the same hash.
  const passwordHash = await hash(DEMO_PASSWORD, ARGON2_OPTIONS);

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
  await tx.province.createMany({ data: provinces.map((p) => ({ id: must(provinceId.get(p.code), p.code), code: p.code, name: p.name })) });
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
      birthDate: day(`${birthYear}-${String(rng.int(1, 12)).padStart(2, "0")}-${String(rng.int(1, 28)).padStart(2, "0")}`),
      phone: rng.chance(0.6) ? `+62812${String(rng.int(10_000_000, 99_999_999))}` : null,
      createdAt: at("2025-06-10", rng.int(8, 16)),
    });
    return personId;
  };
  const gender = (g: "F" | "M") => (g === "F" ? ("FEMALE" as const) : ("MALE" as const));

  const ownerPersonId = new Map(businesses.map((b) => [b.slug, addPerson(b.villageKey, b.owner.name, b.owner.gender, b.owner.birthYear)]));
  const memberPersonId = new Map<string, string>(); // "h01:0" -> person id
  for (const h of households) {
    h.members.forEach(([name, g, year], i) => memberPersonId.set(`${h.key}:${i}`, addPerson(h.villageKey, name, gender(g), year)));
  }
  const extraPersonIds = new Map<string, string[]>();
  for (const [villageKey, list] of Object.entries(extraMembers)) {
    extraPersonIds.set(villageKey, list.map(([name, g, year]) => addPerson(villageKey, name, gender(g), year)));
  }
  const coopOfficerPersonIds = new Map<string, string[]>();
  for (const c of cooperatives) {
    coopOfficerPersonIds.set(c.slug, c.officers.map((o) => addPerson(c.villageKey, o.name, o.gender, o.birthYear)));
  }
  await tx.person.createMany({ data: persons });
  const personRef = (ref: string): string =>
    ref.startsWith("owner:") ? must(ownerPersonId.get(ref.slice(6)), ref) : must(memberPersonId.get(ref), ref);

  // ── Users ──
  const users: Prisma.UserCreateManyInput[] = [];
  const addUser = (email: string, name: string, extra: Partial<Prisma.UserCreateManyInput> = {}) => {
    const userId = id();
    users.push({ id: userId, email, name, passwordHash, locale: "id", createdAt: at("2025-07-01", rng.int(8, 17)), ...extra });
    return userId;
  };
  const emailFor = (name: string, domain: string) => `${slugify(name.replace(/^(Hj|H|Dr)\. /, "")).replace(/-/g, ".")}@${domain}`;
  addUser(demoAccounts.admin.email, demoAccounts.admin.name, { isPlatformAdmin: true });
  addUser(demoAccounts.buyer.email, demoAccounts.buyer.name);
  const ownerUserId = new Map(
    businesses.map((b) => [b.slug, addUser(b.owner.email ?? emailFor(b.owner.name, "purna.desamigran.id"), b.owner.name, { personId: must(ownerPersonId.get(b.slug), b.slug) })]),
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
      c.officers.map((o, i) => addUser(o.email ?? emailFor(o.name, `${c.code.toLowerCase()}.koperasi.desamigran.id`), o.name, { personId: must(personIds[i], o.name) })),
    );
  }
  const villageOfficerUserIds = new Map<string, string[]>();
  for (const o of villageOfficers) {
    const userId = addUser(o.email ?? emailFor(o.name, `${o.villageKey}.desa.desamigran.id`), o.name);
    villageOfficerUserIds.set(o.villageKey, [...(villageOfficerUserIds.get(o.villageKey) ?? []), userId]);
  }
  const villageOfficerId = (villageKey: string) => must(villageOfficerUserIds.get(villageKey)?.[0], `officer of ${villageKey}`);
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
    const h = must(households.find((x) => x.key === hKey), hKey);
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
    const h = must(households.find((x) => x.key === hKey), hKey);
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
      h.members.map(([, , , relationship], i) => ({ id: id(), householdId: hid(h.key), personId: personRef(`${h.key}:${i}`), relationship })),
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
        createdAt: at("2025-07-26"),
      })),
    ),
  });
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
      location: `Balai Desa ${must(villages.find((v) => v.key === c.villageKey), c.villageKey).name}`,
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
      const joinedAt = i < 9 ? at(c.foundedAt, 10) : new Date(founded + Math.floor((span * (i - 8)) / (candidates.length - 7)) + rng.int(0, 5) * 86_400_000);
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
  await tx.business.createMany({
    data: businesses.map((b) => ({
      id: bid(b.slug),
      slug: b.slug,
      name: b.name,
      story: b.story,
      ownerId: must(ownerUserId.get(b.slug), b.slug),
      ownerPersonId: must(ownerPersonId.get(b.slug), b.slug),
      villageId: vid(b.villageKey),
      cooperativeId: must(cooperativeId.get(must(coopOfVillage.get(b.villageKey), b.villageKey).slug), b.villageKey),
      employees: b.employees,
      status: "ACTIVE" as const,
      foundedAt: day(b.foundedAt),
      createdAt: at("2025-09-01", rng.int(8, 17)),
    })),
  });
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
      capacity: p.capacity ?? null,
      startsOn: day(p.startsOn),
      endsOn: p.endsOn ? day(p.endsOn) : null,
      createdAt: at(addMonths(p.startsOn, -1)),
    })),
  });
  const enrolments = programs.flatMap((p) =>
    p.enrolments.map(([ref, status, consent]) => ({
      id: id(),
      programId: must(programId.get(p.slug), p.slug),
      personId: personRef(ref),
      status,
      consentGivenAt: at(consent, 10),
      enrolledById: must(orgOwnerUserId.get(p.organization), p.organization),
      createdAt: at(consent, 11),
    })),
  );
  await tx.enrolment.createMany({ data: enrolments });

  // ── Network of villages ──
  const authorId = (ref: string) => (ref.startsWith("owner:") ? must(ownerUserId.get(ref.slice(6)), ref) : villageOfficerId(ref.slice(8)));
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
    data: villageLinks.map((l) => ({ id: id(), fromVillageId: vid(l.from), toVillageId: vid(l.to), kind: l.kind, note: l.note, createdAt: at("2026-02-01") })),
  });

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
  // ── Money. Accounts are created on first use by postEntry. ──
  const wallet = (hKey: string): AccountRef => accounts.householdWallet(hid(hKey), must(households.find((h) => h.key === hKey), hKey).name);
  const walletBalance = new Map<string, bigint>();
  const moveWallet = (hKey: string, delta: bigint) => {
    const next = (walletBalance.get(hKey) ?? 0n) + delta;
    if (next < 0n) throw new Error(`seed data: wallet of ${hKey} would go negative`);
    walletBalance.set(hKey, next);
  };
  let entries = 0;
  const post = async (idempotencyKey: string, kind: string, memo: string, postings: PostingInput[], request: unknown, createdById?: string | null) => {
    entries += 1;
    const { entry } = await postEntry(tx, { idempotencyKey, kind, memo, postings, request, createdById: createdById ?? null });
    return entry;
  };

  // Remittances: a year per household, the savings and investment parts moved into the household wallet.
  let remittanceCount = 0;
  const remittanceRows: Prisma.RemittanceCreateManyInput[] = [];
  const allocationRows: Prisma.RemittanceAllocationCreateManyInput[] = [];
  for (const h of households) {
    const corridor = must(corridors[h.abroad.country], h.abroad.country);
    const sender = personRef(`${h.key}:${h.abroad.member}`);
    const senderName = must(h.members[h.abroad.member], "sender")[0];
    const recorder = householdUserId.get(h.key) ?? null;
    const channels = ["BANK", "POS", "APP", "CASH"] as const;
    for (const month of REMITTANCE_MONTHS) {
      const ym = month.slice(0, 7);
      const lebaran = ym === LEBARAN_MONTH;
      const factor = (lebaran ? 1.2 : 1) * (0.92 + rng.next() * 0.16);
      const major = Math.max(corridor.roundTo, Math.round((h.monthlyMajor * factor) / corridor.roundTo) * corridor.roundTo);
      const amountMinor = BigInt(major) * 10n ** BigInt(corridor.decimals);
      const rateDigits = corridor.baseRate < 100 ? 4 : 2;
      const rate = (corridor.baseRate * (0.985 + rng.next() * 0.03)).toFixed(rateDigits);
      const amountIdr = toRupiah(amountMinor, corridor.currency, rate);
      const savingsIdr = (amountIdr * BigInt(h.savingsPct)) / 100n;
      const investmentIdr = (amountIdr * BigInt(h.investmentPct)) / 100n;
      const consumptionIdr = amountIdr - savingsIdr - investmentIdr;
      const receivedOn = `${ym}-${String(lebaran ? rng.int(2, 9) : rng.int(3, ym === "2026-11" ? 25 : 14)).padStart(2, "0")}`;
      const channel = rng.chance(0.85) ? h.channel : rng.pick(channels.filter((c) => c !== h.channel));
      // Same key scheme as the app's recordRemittance: the journal entry's key is "remittance:<remittance key>".
      const key = `seed:${h.key}:${ym}`;
      const toWallet = savingsIdr + investmentIdr;
      const entry = await post(
        `remittance:${key}`,
        "REMITTANCE",
        `Remitansi ${bulan(ym)} dari ${senderName} (${corridor.country}): tabungan dan investasi ${rupiah(toWallet)} ke dompet keluarga`,
        [
          { account: EXTERNAL, amount: -toWallet },
          { account: wallet(h.key), amount: toWallet },
        ],
        { householdId: hid(h.key), amountMinor, currency: corridor.currency, rate, amountIdr, savingsIdr, investmentIdr, receivedOn },
        recorder,
      );
      moveWallet(h.key, toWallet);
      const remittanceId = id();
      remittanceRows.push({
        id: remittanceId,
        householdId: hid(h.key),
        senderPersonId: sender,
        amountMinor,
        currency: corridor.currency,
        rate,
        amountIdr,
        corridorCountry: corridor.country,
        channel,
        receivedOn: day(receivedOn),
        idempotencyKey: key,
        recordedById: recorder,
        journalEntryId: entry.id,
        createdAt: at(receivedOn, 19),
      });
      allocationRows.push({ id: id(), remittanceId, consumptionIdr, savingsIdr, investmentIdr, createdAt: at(receivedOn, 19, 5) });
      remittanceCount += 1;
    }
  }

  await tx.remittance.createMany({ data: remittanceRows });
  await tx.remittanceAllocation.createMany({ data: allocationRows });
  mark("remittances");

  // Cooperative savings: simpanan pokok on joining (from the household wallet where the member has one, otherwise
  // in cash, from the outside world), and the last two months of simpanan wajib paid from household wallets.
  let savingsPayments = 0;
  for (const m of memberships) {
    const hKey = personHousehold.get(m.personId);
    const source = hKey ? wallet(hKey) : EXTERNAL;
    const savingsAccount = (kind: "POKOK" | "WAJIB"): AccountRef => ({
      key: `membership:${m.id}:${kind}`,
      kind: "MEMBER_SAVINGS",
      savingsKind: kind,
      name: `Simpanan ${kind.toLowerCase()} ${m.memberNumber}`,
      membershipId: m.id,
    });
    const pay = async (kind: "POKOK" | "WAJIB", amount: bigint, label: string) => {
      if (hKey) moveWallet(hKey, -amount);
      await post(
        `seed:membership:${m.memberNumber}:${label}`,
        "MEMBER_SAVINGS_DEPOSIT",
        `Simpanan ${kind.toLowerCase()} ${m.memberNumber} ${kind === "WAJIB" ? bulan(label.slice(6)) : ""}`.trim(),
        [
          { account: source, amount: -amount },
          { account: savingsAccount(kind), amount },
        ],
        { membershipId: m.id, kind, amount, label },
        householdUserId.get(hKey ?? "") ?? null,
      );
      savingsPayments += 1;
    };
    await pay("POKOK", m.coop.simpananPokokIdr, "pokok");
    for (const ym of WAJIB_MONTHS) {
      if (!hKey || new Date(m.joinedAt ?? 0) > day(`${ym}-01`)) continue;
      await pay("WAJIB", m.coop.simpananWajibIdr, `wajib-${ym}`);
    }
  }

  mark("cooperative savings");
  // Funding rounds.
  const roundId = new Map(rounds.map((r) => [r.slug, id()]));
  await tx.fundingRound.createMany({
    data: rounds.map((r) => {
      const b = must(businesses.find((x) => x.slug === r.business), r.business);
      return {
        id: must(roundId.get(r.slug), r.slug),
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
        status: r.status,
        opensAt: at(r.opensAt, 8),
        closesAt: at(r.closesAt, 23, 59),
        createdAt: at(addMonths(r.opensAt, 0, 1), 8),
      };
    }),
  });

  const publicPledged = new Map<string, bigint>();
  const pledgeRows: { id: string; roundSlug: string; hKey: string; amount: bigint }[] = [];
  const pledgeInserts: Prisma.PledgeCreateManyInput[] = [];
  for (const r of rounds) {
    const rid = must(roundId.get(r.slug), r.slug);
    const b = must(businesses.find((x) => x.slug === r.business), r.business);
    const coop = must(coopOfVillage.get(b.villageKey), b.villageKey);
    const escrow = accounts.roundEscrow(rid, r.title);
    let total = 0n;
    for (const [hKey, amountNum, on] of r.pledges) {
      const amount = BigInt(amountNum);
      const h = must(households.find((x) => x.key === hKey), hKey);
      if (amount < BigInt(r.minTicketIdr) || amount > BigInt(r.maxTicketIdr)) throw new Error(`seed data: ticket out of range in ${r.slug}`);
      if (r.isPublic) {
        const income = BigInt(h.declaredAnnualIncomeIdr);
        const cap = (income * (income > OJK_INCOME_THRESHOLD ? OJK_CAP_BPS_HIGH_INCOME : OJK_CAP_BPS_LOW_INCOME)) / 10_000n;
        const sum = (publicPledged.get(hKey) ?? 0n) + amount;
        if (sum > cap) throw new Error(`seed data: ${hKey} exceeds the OJK cap in ${r.slug}`);
        publicPledged.set(hKey, sum);
      } else {
        const isMember = h.members.some((_, i) => membershipOf.has(`${coop.slug}:${personRef(`${hKey}:${i}`)}`));
        if (!isMember) throw new Error(`seed data: ${hKey} is not a member of ${coop.slug} (member-only round ${r.slug})`);
      }
      total += amount;
      moveWallet(hKey, -amount);
      const key = `seed:pledge:${r.slug}:${hKey}`;
      const entry = await post(
        key,
        "ROUND_PLEDGE",
        `Penyertaan ${rupiah(amount)} ke putaran "${r.title}"`.slice(0, 500),
        [
          { account: wallet(hKey), amount: -amount },
          { account: escrow, amount },
        ],
        { roundId: rid, householdId: hid(hKey), amount },
        householdUserId.get(hKey) ?? null,
      );
      const pledgeId = id();
      pledgeInserts.push({ id: pledgeId, roundId: rid, householdId: hid(hKey), amountIdr: amount, status: "ACTIVE", journalEntryId: entry.id, createdAt: at(on, 20) });
      pledgeRows.push({ id: pledgeId, roundSlug: r.slug, hKey, amount });
    }
    if (total > BigInt(r.targetIdr)) throw new Error(`seed data: ${r.slug} pledges exceed the target`);
    if (r.status !== "OPEN" && total !== BigInt(r.targetIdr)) throw new Error(`seed data: ${r.slug} is ${r.status} but not exactly at target`);
  }

  mark("pledges");
  await tx.pledge.createMany({ data: pledgeInserts });

  // Disbursed rounds: escrow -> business, the business spends it, then pays instalments that are distributed
  // pro rata to the investors' wallets. One round misses an instalment (arrears, shown honestly).
  const schedules: Prisma.RepaymentScheduleCreateManyInput[] = [];
  let repaymentCount = 0;
  const repaymentInserts: Prisma.RepaymentCreateManyInput[] = [];
  const distributionInserts: Prisma.DistributionCreateManyInput[] = [];
  let distributionCount = 0;
  for (const r of rounds) {
    const plan = r.repayment;
    if (!plan) continue;
    const rid = must(roundId.get(r.slug), r.slug);
    const b = must(businesses.find((x) => x.slug === r.business), r.business);
    const target = BigInt(r.targetIdr);
    const escrow = accounts.roundEscrow(rid, r.title);
    const operating = accounts.businessOperating(bid(r.business), b.name);
    const owner = must(ownerUserId.get(r.business), r.business);
    const coopOfficer = must(coopOfficerUserIds.get(must(coopOfVillage.get(b.villageKey), b.villageKey).slug)?.[1], "treasurer");

    await post(`seed:round:${r.slug}:disbursement`, "ROUND_DISBURSEMENT", `Pencairan dana putaran "${r.title}" ke ${b.name}`.slice(0, 500), [
      { account: escrow, amount: -target },
      { account: operating, amount: target },
    ], { roundId: rid, amount: target, on: plan.disbursedOn }, coopOfficer);
    await post(`seed:round:${r.slug}:purchase`, "BUSINESS_EXPENSE", `Pembelian peralatan untuk ${b.name} sesuai tujuan putaran`, [
      { account: operating, amount: -target },
      { account: EXTERNAL, amount: target },
    ], { businessId: bid(r.business), amount: target }, owner);

    // Flat schedule: principal split evenly (remainder on the last instalment), return = yearly rate / 12.
    const tenor = BigInt(r.tenorMonths);
    const principal = target / tenor;
    const monthlyReturn = (target * BigInt(r.returnBps)) / 10_000n / 12n;
    const rows = Array.from({ length: r.tenorMonths }, (_, i) => ({
      id: id(),
      roundId: rid,
      sequence: i + 1,
      dueOn: day(addMonths(plan.firstDueOn, i)),
      principalIdr: i === r.tenorMonths - 1 ? target - principal * (tenor - 1n) : principal,
      returnIdr: monthlyReturn,
    }));
    schedules.push(...rows);

    const pledges = pledgeRows.filter((p) => p.roundSlug === r.slug);
    for (const [i, paidOn] of plan.paidOn.entries()) {
      const row = must(rows[i], `instalment ${i + 1}`);
      const amount = row.principalIdr + row.returnIdr;
      const parts = splitProRata(amount, pledges.map((p) => p.amount));
      await post(`seed:round:${r.slug}:revenue:${row.sequence}`, "BUSINESS_REVENUE", `Setoran hasil penjualan ${b.name} untuk cicilan ke-${row.sequence}`, [
        { account: EXTERNAL, amount: -amount },
        { account: operating, amount },
      ], { businessId: bid(r.business), amount, sequence: row.sequence }, owner);
      const entry = await post(
        `seed:round:${r.slug}:repayment:${row.sequence}`,
        "ROUND_REPAYMENT",
        `Cicilan ke-${row.sequence} ${b.name} (${rupiah(amount)}), dibagi ke ${pledges.length} pemodal`,
        [
          { account: operating, amount: -amount },
          ...pledges.map((p, j) => ({ account: wallet(p.hKey), amount: must(parts[j], "part") })),
        ],
        { roundId: rid, scheduleId: row.id, amount, parts },
        coopOfficer,
      );
      pledges.forEach((p, j) => moveWallet(p.hKey, must(parts[j], "part")));
      const repaymentId = id();
      repaymentInserts.push({ id: repaymentId, roundId: rid, scheduleId: row.id, kind: "INSTALMENT", amountIdr: amount, paidAt: at(paidOn, 14), journalEntryId: entry.id });
      distributionInserts.push(...pledges.map((p, j) => ({ id: id(), repaymentId, pledgeId: p.id, amountIdr: must(parts[j], "part") })));
      repaymentCount += 1;
      distributionCount += pledges.length;
    }
  }

  mark("repayments");
  await tx.repaymentSchedule.createMany({ data: schedules });
  await tx.repayment.createMany({ data: repaymentInserts });
  await tx.distribution.createMany({ data: distributionInserts });

  const updates = rounds.flatMap((r) =>
    (r.updates ?? []).map((u) => ({
      id: id(),
      roundId: must(roundId.get(r.slug), r.slug),
      authorId: must(ownerUserId.get(r.business), r.business),
      title: u.title,
      body: u.body,
      createdAt: at(u.on, 16),
    })),
  );
  await tx.fundingRoundUpdate.createMany({ data: updates });

  return {
    provinces: provinces.length,
    regencies: regencies.length,
    villages: villages.length,
    users: users.length,
    persons: persons.length,
    migrationEpisodes: episodes.length,
    households: households.length,
    householdMembers: households.reduce((n, h) => n + h.members.length, 0),
    cooperatives: cooperatives.length,
    memberships: memberships.length,
    businesses: businesses.length,
    productCategories: categories.length,
    products: productRows.length,
    remittances: remittanceCount,
    savingsPayments,
    fundingRounds: rounds.length,
    pledges: pledgeRows.length,
    repaymentSchedules: schedules.length,
    repayments: repaymentCount,
    distributions: distributionCount,
    journalEntries: entries,
    organizations: organizations.length,
    programs: programs.length,
    enrolments: enrolments.length,
    stories: stories.length,
    villageLinks: villageLinks.length,
    protectionCases: caseRows.length,
  };
}
