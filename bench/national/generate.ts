// `npm run bench:generate`: a national-scale data set for the benchmark, reproducible from a seed number, written
// into BENCH_DATABASE_URL (PostgreSQL) with batched multi-row inserts. At scale 1: 2,000+ villages in real provinces
// and regencies, 20,000 businesses, 200,000 products, 50,000 households, 1,000,000 remittances and 5,000,000 ledger
// postings. BENCH_SCALE shrinks or grows every count (the tests use a tiny scale); BENCH_SEED picks the data.
//
// Speed: the ledger's row triggers (cached balance, append-only guard, balance check at commit) would make five
// million single-row updates, so the generator writes with triggers off (session_replication_role = replica), then
// sets every cached balance with one UPDATE and checks the invariants the triggers protect before it reports done.
import { categories } from "@desa-migran/api/seed/data/categories";
import { corridors } from "@desa-migran/api/seed/data/currencies";
import { createIdFactory, createRandom, slugify } from "@desa-migran/api/seed/random";
import { applyMigrations } from "@desa-migran/db/migrate";
import pg from "pg";

import { productWords, provinces, regencies, villageNameParts } from "./regions.ts";

export interface GenerateOptions {
  url: string;
  seed?: number;
  scale?: number;
  /** Drop everything in the database's public schema first. */
  reset?: boolean;
  log?: (line: string) => void;
}

export interface GeneratedCounts {
  villages: number;
  businesses: number;
  products: number;
  households: number;
  remittances: number;
  postings: number;
  rounds: number;
  pledges: number;
}

const BATCH = 5_000;
const MONTHS = 12;

/** A one-line progress bar on stderr (only when it is a terminal; a log line per table otherwise). */
function progress(label: string, total: number, log: (line: string) => void) {
  const tty = process.stderr.isTTY;
  const started = Date.now();
  let shown = -1;
  return {
    tick(done: number) {
      if (!tty) return;
      const percent = Math.floor((done / Math.max(total, 1)) * 100);
      if (percent === shown) return;
      shown = percent;
      const bar = "#".repeat(Math.floor(percent / 4)).padEnd(25, ".");
      process.stderr.write(`\r  ${label.padEnd(16)} [${bar}] ${String(percent).padStart(3)}% ${done}/${total}`);
    },
    done() {
      if (tty) process.stderr.write("\r\x1b[K");
      log(
        `  ${label.padEnd(16)} ${total.toLocaleString("en")} rows in ${((Date.now() - started) / 1000).toFixed(1)} s`,
      );
    },
  };
}

type Column = [name: string, pgType: string];

/** Inserts rows in batches through `unnest` of one array per column (one round trip per batch). */
async function insertRows(
  client: pg.Client,
  table: string,
  columns: Column[],
  rows: Iterable<unknown[]>,
  total: number,
  log: (line: string) => void,
): Promise<void> {
  const bar = progress(table, total, log);
  const names = columns.map(([name]) => `"${name}"`).join(", ");
  const params = columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(", ");
  const sql = `INSERT INTO "${table}" (${names}) SELECT * FROM unnest(${params})`;
  let batch: unknown[][] = columns.map(() => []);
  let size = 0;
  let done = 0;
  const flush = async () => {
    if (size === 0) return;
    await client.query(sql, batch);
    done += size;
    bar.tick(done);
    batch = columns.map(() => []);
    size = 0;
  };
  for (const row of rows) {
    for (let i = 0; i < columns.length; i++) batch[i]!.push(row[i]);
    if (++size === BATCH) await flush();
  }
  await flush();
  bar.done();
}

export async function generateNationalData(options: GenerateOptions): Promise<GeneratedCounts> {
  const log = options.log ?? ((line: string) => console.log(line));
  const scale = options.scale ?? 1;
  const seed = options.seed ?? 1;
  const count = (n: number, min = 1) => Math.max(min, Math.round(n * scale));
  const wanted = {
    villages: count(2_000, 3),
    businesses: count(20_000, 6),
    products: count(200_000, 12),
    households: count(50_000, 6),
    remittances: count(1_000_000, 24),
  };

  const admin = new pg.Client({ connectionString: options.url });
  await admin.connect();
  try {
    if (options.reset) await admin.query("DROP SCHEMA public CASCADE; CREATE SCHEMA public");
    const { rows } = await admin.query<{ n: string }>(
      "SELECT count(*)::text AS n FROM pg_tables WHERE schemaname = 'public' AND tablename = 'Village'",
    );
    if (rows[0]?.n === "1") {
      const villages = await admin.query<{ n: string }>('SELECT count(*)::text AS n FROM "Village"');
      if (villages.rows[0]?.n !== "0") {
        throw new Error("The benchmark database already holds data: use an empty database or BENCH_RESET=1.");
      }
    }
  } finally {
    await admin.end();
  }
  await applyMigrations({ url: options.url });

  const random = createRandom(seed);
  const newId = createIdFactory(seed);
  const client = new pg.Client({ connectionString: options.url });
  await client.connect();
  const insert = (table: string, columns: Column[], rows: Iterable<unknown[]>, total: number) =>
    insertRows(client, table, columns, rows, total, log);

  try {
    await client.query("BEGIN");
    // Triggers off for this transaction's session: see the header comment. Constraints (CHECKs, FKs) still hold.
    await client.query("SET LOCAL session_replication_role = replica");
    const now = new Date("2026-11-28T00:00:00.000Z");

    // ── Geography ──
    const provinceIds = new Map(Object.keys(provinces).map((code) => [code, newId()]));
    await insert(
      "Province",
      [
        ["id", "uuid"],
        ["code", "varchar"],
        ["name", "varchar"],
      ],
      [...provinceIds].map(([code, id]) => [id, code, provinces[code]]),
      provinceIds.size,
    );
    const regencyIds = new Map(Object.keys(regencies).map((code) => [code, newId()]));
    await insert(
      "Regency",
      [
        ["id", "uuid"],
        ["code", "varchar"],
        ["name", "varchar"],
        ["provinceId", "uuid"],
      ],
      [...regencyIds].map(([code, id]) => [id, code, regencies[code], provinceIds.get(code.slice(0, 2))]),
      regencyIds.size,
    );

    const regencyCodes = [...regencyIds.keys()];
    const villages: { id: string; code: string; name: string; cooperativeId: string }[] = [];
    const usedCodes = new Set<string>();
    while (villages.length < wanted.villages) {
      const regency = regencyCodes[villages.length % regencyCodes.length]!;
      const code = `${regency}${String(random.int(1, 30)).padStart(2, "0")}2${String(random.int(1, 999)).padStart(3, "0")}`;
      if (usedCodes.has(code)) continue;
      usedCodes.add(code);
      const name = `${random.pick(villageNameParts.first)}${random.pick(villageNameParts.second)}`;
      villages.push({ id: newId(), code, name, cooperativeId: newId() });
    }
    await insert(
      "Village",
      [
        ["id", "uuid"],
        ["code", "varchar"],
        ["slug", "varchar"],
        ["name", "varchar"],
        ["districtName", "varchar"],
        ["population", "int4"],
        ["regencyId", "uuid"],
      ],
      villages.map((v) => [
        v.id,
        v.code,
        `${slugify(v.name)}-${v.code}`,
        v.name,
        `${random.pick(villageNameParts.first)}${random.pick(villageNameParts.second)}`,
        random.int(1_500, 12_000),
        regencyIds.get(v.code.slice(0, 4)),
      ]),
      villages.length,
    );
    await insert(
      "Cooperative",
      [
        ["id", "uuid"],
        ["villageId", "uuid"],
        ["name", "varchar"],
        ["slug", "varchar"],
        ["legalNumber", "varchar"],
        ["foundedAt", "date"],
        ["simpananPokokIdr", "int8"],
        ["simpananWajibIdr", "int8"],
        ["shuReservePct", "int4"],
        ["shuMembersPct", "int4"],
        ["shuBoardPct", "int4"],
        ["shuStaffPct", "int4"],
        ["shuEducationPct", "int4"],
        ["shuSocialPct", "int4"],
      ],
      villages.map((v) => [
        v.cooperativeId,
        v.id,
        `Koperasi Desa ${v.name}`,
        `koperasi-${slugify(v.name)}-${v.code}`,
        `AHU-${v.code}.AH.01.26`,
        "2025-07-21",
        "100000",
        "20000",
        40,
        40,
        5,
        5,
        5,
        5,
      ]),
      villages.length,
    );

    // ── Catalogue ──
    const categoryIds = new Map(categories.map((c) => [c.slug, newId()]));
    await insert(
      "ProductCategory",
      [
        ["id", "uuid"],
        ["slug", "varchar"],
        ["nameId", "varchar"],
        ["nameEn", "varchar"],
        ["parentId", "uuid"],
      ],
      [...categories]
        .sort((a, b) => Number(Boolean(a.parent)) - Number(Boolean(b.parent)))
        .map((c) => [categoryIds.get(c.slug), c.slug, c.nameId, c.nameEn, c.parent ? categoryIds.get(c.parent) : null]),
      categories.length,
    );
    const leafCategories = [...categoryIds.values()];

    const businesses = Array.from({ length: wanted.businesses }, (_, i) => {
      const village = villages[Math.floor(random.next() ** 1.5 * villages.length)]!;
      return { id: newId(), ownerId: newId(), village, n: i + 1, accountId: newId() };
    });
    await insert(
      "User",
      [
        ["id", "uuid"],
        ["email", "varchar"],
        ["passwordHash", "varchar"],
        ["name", "varchar"],
      ],
      businesses.map((b) => [b.ownerId, `pemilik-${b.n}@bench.desamigran.id`, "!", `Pemilik usaha ${b.n}`]),
      businesses.length,
    );
    const storyWords =
      "Sepulang dari luar negeri tabungan dipakai untuk membeli alat dan bahan lalu usaha tumbuh bersama tetangga".split(
        " ",
      );
    const story = () =>
      Array.from({ length: random.int(300, 1_000) }, () => random.pick(storyWords))
        .join(" ")
        .slice(0, 7_900);
    await insert(
      "Business",
      [
        ["id", "uuid"],
        ["slug", "varchar"],
        ["name", "varchar"],
        ["story", "varchar"],
        ["ownerId", "uuid"],
        ["villageId", "uuid"],
        ["cooperativeId", "uuid"],
        ["employees", "int4"],
        ["foundedAt", "date"],
      ],
      businesses.map((b) => {
        const name = `${random.pick(productWords.kind)} ${b.village.name} ${b.n}`;
        return [
          b.id,
          `${slugify(name)}`,
          name,
          story(),
          b.ownerId,
          b.village.id,
          b.village.cooperativeId,
          random.int(1, 12),
          "2024-01-15",
        ];
      }),
      businesses.length,
    );

    function* products() {
      for (let i = 0; i < wanted.products; i++) {
        const business = businesses[i % businesses.length]!;
        const name = `${random.pick(productWords.kind)} ${random.pick(productWords.detail)} ${random.pick(productWords.detail)}`;
        const published = random.chance(0.92);
        const created = new Date(now.getTime() - random.int(0, 365 * 86_400) * 1_000);
        yield [
          newId(),
          business.id,
          random.pick(leafCategories),
          `${slugify(name)}-${i + 1}`,
          name,
          `${name} buatan ${business.village.name}, dikemas rapi dan tahan lama.`,
          String(random.int(5, 400) * 1_000),
          random.chance(0.1) ? 0 : random.int(1, 300),
          random.pick(productWords.units),
          published ? "PUBLISHED" : "DRAFT",
          published ? created : null,
          created,
          created,
        ];
      }
    }
    await insert(
      "Product",
      [
        ["id", "uuid"],
        ["businessId", "uuid"],
        ["categoryId", "uuid"],
        ["slug", "varchar"],
        ["name", "varchar"],
        ["description", "varchar"],
        ["priceIdr", "int8"],
        ["stock", "int4"],
        ["unit", "varchar"],
        ["status", '"ProductStatus"'],
        ["publishedAt", "timestamptz"],
        ["createdAt", "timestamptz"],
        ["updatedAt", "timestamptz"],
      ],
      products(),
      wanted.products,
    );

    // ── Households, wallets and remittances ──
    const households = Array.from({ length: wanted.households }, (_, i) => ({
      id: newId(),
      walletId: newId(),
      village: villages[i % villages.length]!,
      n: i + 1,
      wallet: 0n,
    }));
    await insert(
      "Household",
      [
        ["id", "uuid"],
        ["villageId", "uuid"],
        ["name", "varchar"],
        ["declaredAnnualIncomeIdr", "int8"],
      ],
      households.map((h) => [h.id, h.village.id, `Keluarga ${h.n}`, String(random.int(30, 200) * 1_000_000)]),
      households.length,
    );
    const externalId = newId();
    const accounts: unknown[][] = [
      [externalId, "external:world:IDR", "EXTERNAL", "Dunia luar (IDR)", true, null, null],
      ...households.map((h) => [
        h.walletId,
        `household:${h.id}:wallet`,
        "HOUSEHOLD_WALLET",
        `Dompet Keluarga ${h.n}`,
        false,
        h.id,
        null,
      ]),
      ...businesses.map((b) => [
        b.accountId,
        `business:${b.id}:operating`,
        "BUSINESS_OPERATING",
        `Kas usaha ${b.n}`,
        false,
        null,
        b.id,
      ]),
    ];
    await insert(
      "Account",
      [
        ["id", "uuid"],
        ["key", "varchar"],
        ["kind", '"AccountKind"'],
        ["name", "varchar"],
        ["allowNegative", "bool"],
        ["householdId", "uuid"],
        ["businessId", "uuid"],
      ],
      accounts,
      accounts.length,
    );

    const corridorList = Object.values(corridors);
    const entries: unknown[][] = [];
    const postings: unknown[][] = [];
    const remittances: unknown[][] = [];
    const allocations: unknown[][] = [];
    const flushLedger = async () => {
      await insertRows(
        client,
        "JournalEntry",
        [
          ["id", "uuid"],
          ["idempotencyKey", "varchar"],
          ["requestHash", "varchar"],
          ["kind", "varchar"],
          ["memo", "varchar"],
          ["createdAt", "timestamptz"],
        ],
        entries,
        entries.length,
        () => {},
      );
      await insertRows(
        client,
        "Posting",
        [
          ["id", "uuid"],
          ["entryId", "uuid"],
          ["accountId", "uuid"],
          ["amount", "int8"],
          ["currency", "bpchar"],
          ["createdAt", "timestamptz"],
        ],
        postings,
        postings.length,
        () => {},
      );
      entries.length = 0;
      postings.length = 0;
    };
    const post = (kind: string, memo: string, at: Date, legs: [string, bigint][]) => {
      const entryId = newId();
      entries.push([entryId, `bench:${entryId}`, "0".repeat(64), kind, memo, at]);
      for (const [accountId, amount] of legs) postings.push([newId(), entryId, accountId, String(amount), "IDR", at]);
      return entryId;
    };

    const remittanceBar = progress("Remittance", wanted.remittances, log);
    let postingCount = 0;
    for (let i = 0; i < wanted.remittances; i++) {
      const household = households[i % households.length]!;
      const corridor = corridorList[household.n % corridorList.length]!;
      const monthsAgo = random.int(0, MONTHS - 1);
      const receivedOn = new Date(Date.UTC(2026, 10 - monthsAgo, random.int(1, 28)));
      const amountIdr = BigInt(random.int(15, 60) * 100_000);
      const rate = corridor.baseRate;
      const amountMinor = BigInt(Math.round((Number(amountIdr) / rate) * 10 ** corridor.decimals));
      const kept = (amountIdr * BigInt(random.int(0, 4))) / 10n;
      const entryId =
        kept > 0n
          ? post("REMITTANCE", `Kiriman ${corridor.currency}`, receivedOn, [
              [externalId, -kept],
              [household.walletId, kept],
            ])
          : null;
      household.wallet += kept;
      const remittanceId = newId();
      remittances.push([
        remittanceId,
        household.id,
        String(amountMinor),
        corridor.currency,
        String(rate),
        String(amountIdr),
        corridor.country,
        random.pick(["BANK", "POS", "APP", "CASH"]),
        receivedOn,
        `bench-remittance-${i}`,
        entryId,
        receivedOn,
      ]);
      allocations.push([newId(), remittanceId, String(amountIdr - kept), String(kept), "0", receivedOn]);
      if (remittances.length >= BATCH * 4) {
        postingCount += postings.length;
        await flushLedger();
        await insertRows(client, "Remittance", remittanceColumns, remittances, remittances.length, () => {});
        await insertRows(client, "RemittanceAllocation", allocationColumns, allocations, allocations.length, () => {});
        remittances.length = 0;
        allocations.length = 0;
        remittanceBar.tick(i + 1);
      }
    }
    postingCount += postings.length;
    await flushLedger();
    await insertRows(client, "Remittance", remittanceColumns, remittances, remittances.length, () => {});
    await insertRows(client, "RemittanceAllocation", allocationColumns, allocations, allocations.length, () => {});
    remittanceBar.done();

    // Order payments settled to businesses: buyers' money from outside into each business's operating account,
    // enough of them that the ledger reaches its five million postings at scale 1.
    const settlements = Math.max(0, Math.round((5_000_000 * scale - postingCount) / 2));
    const settlementBar = progress("Posting", settlements * 2, log);
    for (let i = 0; i < settlements; i++) {
      const business = businesses[i % businesses.length]!;
      const amount = BigInt(random.int(10, 500) * 1_000);
      post("ORDER_SETTLEMENT", "Pembayaran pesanan", new Date(now.getTime() - random.int(0, 364) * 86_400_000), [
        [externalId, -amount],
        [business.accountId, amount],
      ]);
      if (postings.length >= BATCH * 8) {
        postingCount += postings.length;
        await flushLedger();
        settlementBar.tick(i * 2);
      }
    }
    postingCount += postings.length;
    await flushLedger();
    settlementBar.done();

    // ── Funding rounds: one business in twenty raises money, pledged by households of its village ──
    const rounds = businesses
      .filter((_, i) => i % 20 === 0)
      .map((b, i) => ({
        id: newId(),
        escrowId: newId(),
        business: b,
        n: i + 1,
        target: BigInt(random.int(50, 500) * 1_000_000),
        raised: 0n,
      }));
    await insert(
      "FundingRound",
      [
        ["id", "uuid"],
        ["slug", "varchar"],
        ["businessId", "uuid"],
        ["cooperativeId", "uuid"],
        ["title", "varchar"],
        ["purpose", "varchar"],
        ["instrument", '"FundingInstrument"'],
        ["isPublic", "bool"],
        ["targetIdr", "int8"],
        ["minTicketIdr", "int8"],
        ["maxTicketIdr", "int8"],
        ["returnBps", "int4"],
        ["tenorMonths", "int4"],
        ["status", '"FundingRoundStatus"'],
        ["opensAt", "timestamptz"],
        ["closesAt", "timestamptz"],
      ],
      rounds.map((r) => [
        r.id,
        `putaran-${r.n}-${r.business.village.code}`,
        r.business.id,
        r.business.village.cooperativeId,
        `Modal usaha ${r.n}`,
        "Membeli alat produksi dan bahan baku untuk melayani pesanan yang terus bertambah.",
        "PROFIT_SHARE",
        true,
        String(r.target),
        "100000",
        "50000000",
        1_500,
        12,
        "OPEN",
        new Date("2026-11-01T00:00:00.000Z"),
        new Date("2027-06-30T00:00:00.000Z"),
      ]),
      rounds.length,
    );
    await insert(
      "Account",
      [
        ["id", "uuid"],
        ["key", "varchar"],
        ["kind", '"AccountKind"'],
        ["name", "varchar"],
        ["roundId", "uuid"],
      ],
      rounds.map((r) => [
        r.escrowId,
        `round:${r.id}:escrow`,
        "ROUND_ESCROW",
        `Eskro putaran: Modal usaha ${r.n}`,
        r.id,
      ]),
      rounds.length,
    );
    // Households of a village are those whose index is the village's modulo the village count.
    const villageIndex = new Map(villages.map((v, i) => [v.id, i]));
    const pledges: unknown[][] = [];
    for (const round of rounds) {
      const first = villageIndex.get(round.business.village.id)!;
      for (let h = first; h < households.length; h += villages.length) {
        const household = households[h]!;
        const amount = BigInt(random.int(1, 20) * 100_000);
        if (!random.chance(0.5) || household.wallet < amount || round.raised + amount > round.target) continue;
        const at = new Date(Date.UTC(2026, 10, random.int(1, 27)));
        const entryId = post("PLEDGE", `Investasi ke putaran Modal usaha ${round.n}`, at, [
          [household.walletId, -amount],
          [round.escrowId, amount],
        ]);
        household.wallet -= amount;
        round.raised += amount;
        pledges.push([newId(), round.id, household.id, String(amount), entryId, "2026-12-1", at]);
      }
    }
    postingCount += postings.length;
    await flushLedger();
    await insert(
      "Pledge",
      [
        ["id", "uuid"],
        ["roundId", "uuid"],
        ["householdId", "uuid"],
        ["amountIdr", "int8"],
        ["journalEntryId", "uuid"],
        ["disclosureVersion", "varchar"],
        ["createdAt", "timestamptz"],
      ],
      pledges,
      pledges.length,
    );

    await client.query(`UPDATE "Account" a SET "balance" = s.total
      FROM (SELECT "accountId", sum("amount") AS total FROM "Posting" GROUP BY "accountId") s WHERE s."accountId" = a."id"`);
    const unbalanced = await client.query(`SELECT count(*)::int AS n FROM (SELECT "entryId" FROM "Posting"
      GROUP BY "entryId" HAVING sum("amount") <> 0) u`);
    const negative = await client.query(
      `SELECT count(*)::int AS n FROM "Account" WHERE "balance" < 0 AND NOT "allowNegative"`,
    );
    if (unbalanced.rows[0].n !== 0 || negative.rows[0].n !== 0) {
      throw new Error(
        `generated ledger is inconsistent: ${unbalanced.rows[0].n} unbalanced entries, ${negative.rows[0].n} negative accounts`,
      );
    }
    // The search documents are kept by statement triggers, which were off: build them with the triggers' own functions.
    log("  search documents ...");
    await client.query(`SELECT search_refresh_villages(array(SELECT id FROM "Village")),
      search_refresh_businesses(array(SELECT id FROM "Business")), search_refresh_products(array(SELECT id FROM "Product"))`);
    // So are the catalogue's counts (migration *_catalogue_counts) and the remittance aggregates' village cells
    // (migration *_remittance_cells, built for today's window).
    await client.query(`SELECT catalogue_counts_refresh(ARRAY(SELECT "id" FROM "ProductCategory"))::text`);
    log("  remittance cells ...");
    await client.query(`SELECT remittance_cells_rebuild(
      (date_trunc('month', now() AT TIME ZONE 'UTC') - interval '11 months')::date)::text`);
    await client.query("COMMIT");
    log("  ANALYZE ...");
    await client.query("ANALYZE");
    return {
      villages: villages.length,
      businesses: businesses.length,
      products: wanted.products,
      households: households.length,
      remittances: wanted.remittances,
      postings: postingCount,
      rounds: rounds.length,
      pledges: pledges.length,
    };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

const remittanceColumns: Column[] = [
  ["id", "uuid"],
  ["householdId", "uuid"],
  ["amountMinor", "int8"],
  ["currency", "bpchar"],
  ["rate", "numeric"],
  ["amountIdr", "int8"],
  ["corridorCountry", "bpchar"],
  ["channel", '"RemittanceChannel"'],
  ["receivedOn", "date"],
  ["idempotencyKey", "varchar"],
  ["journalEntryId", "uuid"],
  ["createdAt", "timestamptz"],
];
const allocationColumns: Column[] = [
  ["id", "uuid"],
  ["remittanceId", "uuid"],
  ["consumptionIdr", "int8"],
  ["savingsIdr", "int8"],
  ["investmentIdr", "int8"],
  ["createdAt", "timestamptz"],
];

if (import.meta.main) {
  const url = process.env.BENCH_DATABASE_URL;
  if (!url) {
    console.error(
      "Set BENCH_DATABASE_URL to an empty PostgreSQL database, e.g.\n" +
        "  createdb -h 127.0.0.1 -U postgres bench && BENCH_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/bench npm run bench:generate",
    );
    process.exit(2);
  }
  const started = Date.now();
  const counts = await generateNationalData({
    url,
    seed: Number(process.env.BENCH_SEED ?? 1),
    scale: Number(process.env.BENCH_SCALE ?? 1),
    reset: process.env.BENCH_RESET === "1",
  });
  console.log(`Generated in ${((Date.now() - started) / 1000).toFixed(0)} s: ${JSON.stringify(counts)}`);
}
