// Counts the SQL statements each operation costs, with Prisma's query log events, and checks the count does not
// grow with the page size: 1 item or 50 must cost the same number of statements (no N+1). Every query the web app
// sends is checked, with its statement budget, by web-operation-statements.test.ts; this file keeps what that
// test cannot vary: lists the web reads at a fixed size (search, a village's businesses, featured products) and
// the partner API's lists (regions with stats, organizations, programs).
import { PrismaClient } from "@desa-migran/db";
import { createTestDatabase, type TestDatabase } from "@desa-migran/db/testing";
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { demoSeedTemplate } from "../seed/template.ts";
import { createSession } from "../src/modules/auth/sessions.ts";
import { createApi } from "../src/yoga.ts";

const CATALOGUE_SEARCH = `query($first: Int) {
  products(first: $first, filter: { search: "keripik" }) { totalCount edges { node {
    name highlight(query: "keripik") { name { matches { start length } } snippet { text } }
    business { name village { name } } category { name } } } }
  search(query: "keripik") { businesses(first: $first) { totalCount edges { node { name village { name } } } } } }`;
const VILLAGE_PAGE = `query($first: Int, $slug: String) { village(slug: $slug) { name
  businesses(first: $first) { totalCount edges { node { name ownerName products(first: 3) { edges { node { name } } } } } }
  cooperatives { name memberCount }
  stats { summary { remitted { amount } productiveShareBps businesses jobs } remittanceInflow { month corridorCountry amount { amount } } } } }`;
const REGION_AGGREGATES = `query($first: Int) { regencies(first: $first) { edges { node { name
  stats { summary { remitted { amount } receivingHouseholds repaymentRateBps } remittanceInflow { month households } } } } } }`;
const PROVINCES_ALL = `{ provinces { name stats { summary { remitted { amount } jobs } remittanceInflow { month corridorCountry } } } }`;
const PROVINCE_ONE = `query($id: ID!) { node(id: $id) { ... on Province { name stats { summary { remitted { amount } jobs } remittanceInflow { month corridorCountry } } } } }`;
const FEATURED = `query($first: Int) { featuredProducts(first: $first) { edges { node { name business { name village { name } } } } } }`;
const ORGANIZATIONS = `query($first: Int) { organizations(first: $first) { edges { node { name
  programs(first: 5) { totalCount edges { node { title enrolledCount village { name } } } } } } } }`;
const PROGRAMS = `query($first: Int) { programs(first: $first) { edges { node { title enrolledCount organization { name } village { name regency { name } } } } } }`;

describe("SQL statements per operation do not grow with the page size", () => {
  let database: TestDatabase;
  let prisma: PrismaClient;
  let statements = 0;
  let yoga: ReturnType<typeof createApi>;
  let villageSlug: string;
  let provinceId: string;
  const measured: Record<string, [number, number]> = {};

  beforeAll(async () => {
    database = await createTestDatabase({ prepared: await demoSeedTemplate() });
    // createPrismaClient only takes log levels (stdout), not event emitters, so this client is built here.
    const logging = new PrismaClient({
      adapter: new PrismaPg({ connectionString: database.url, max: 2 }),
      log: [{ emit: "event", level: "query" }],
    });
    logging.$on("query", () => {
      statements += 1;
    });
    prisma = logging as unknown as PrismaClient;
    yoga = createApi({ prisma, production: false, rateLimit: false });
    // The village with the most businesses, so that first: 50 really returns many.
    const village = await prisma.village.findFirstOrThrow({ orderBy: { businesses: { _count: "desc" } } });
    const province = await prisma.province.findFirstOrThrow({
      where: { regencies: { some: { villages: { some: {} } } } },
    });
    villageSlug = village.slug;
    provinceId = Buffer.from(`Province:${province.id}`).toString("base64");
  });
  afterAll(async () => {
    console.log("SQL statements per operation [first: 1, first: 50]:", JSON.stringify(measured));
    await prisma?.$disconnect();
    await database?.cleanup();
  });

  /** Runs the operation and returns how many SQL statements it cost (and how many items it returned). */
  async function count(query: string, variables: Record<string, unknown>, session?: string) {
    statements = 0;
    const response = await yoga.fetch("http://localhost/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", ...(session ? { cookie: `dm_session=${session}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: unknown; errors?: unknown[] };
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    return { statements, body: JSON.stringify(body.data) };
  }

  async function compare(name: string, query: string, variables: Record<string, unknown> = {}) {
    await count(query, { ...variables, first: 50 }); // warm-up: caches, prepared statements
    const one = await count(query, { ...variables, first: 1 });
    const fifty = await count(query, { ...variables, first: 50 });
    measured[name] = [one.statements, fifty.statements];
    expect(fifty.body.length, `${name}: first: 50 should return more than first: 1`).toBeGreaterThan(one.body.length);
    expect(fifty.statements, name).toBe(one.statements);
  }

  it("catalogue search: ranked products and businesses with highlights", async () => {
    // given the seeded catalogue; when "keripik" is searched for 1 and then 50 results; then both cost the same
    // (per list: the ranked page of ids, its rows with their relations, the total)
    await compare("catalogueSearch", CATALOGUE_SEARCH);
  });

  it("village page: businesses, cooperatives and stats", async () => {
    await compare("villagePage", VILLAGE_PAGE, { slug: villageSlug });
  });

  it("partner aggregates: regency stats, and every province's stats cost what one province's cost", async () => {
    await compare("regencyAggregates", REGION_AGGREGATES);
    // given five provinces or so; when all of them or one of them is read with stats
    await count(PROVINCES_ALL, {});
    const all = await count(PROVINCES_ALL, {});
    const one = await count(PROVINCE_ONE, { id: provinceId });
    measured.provinces = [one.statements, all.statements];
    // then the statement count is the same
    expect(all.statements).toBe(one.statements);
  });

  it("featured products", async () => {
    await compare("featuredProducts", FEATURED);
  });

  it("organizations with their programs, and programs with organization and village", async () => {
    // (only a handful of seeded rows: the comparison still catches a per-item statement)
    await count(ORGANIZATIONS, { first: 4 });
    const one = await count(ORGANIZATIONS, { first: 1 });
    const four = await count(ORGANIZATIONS, { first: 4 });
    measured.organizations = [one.statements, four.statements];
    expect(four.statements).toBe(one.statements);
    await compare("programs", PROGRAMS);
  });
  it("merging a guest cart at sign-in: one line or ten cost the same", async () => {
    // given ten products on sale and two new accounts with empty carts
    const products = await prisma.product.findMany({
      where: { status: "PUBLISHED", stock: { gt: 0 }, business: { status: "ACTIVE" } },
      orderBy: { slug: "asc" },
      take: 10,
      select: { id: true },
    });
    expect(products).toHaveLength(10);
    const lines = products.map((p) => ({ productId: Buffer.from(`Product:${p.id}`).toString("base64"), quantity: 1 }));
    const MERGE = `mutation($input: MergeGuestCartInput!) { mergeGuestCart(input: $input) { __typename
      ... on MutationMergeGuestCartSuccess { data { cart { itemCount } } } } }`;
    const merge = async (size: number) => {
      const user = await prisma.user.create({
        data: { email: `tamu-${size}-${Date.now()}@contoh.id`, passwordHash: "!", name: "Tamu" },
      });
      const { token } = await createSession(prisma, user.id);
      const result = await count(MERGE, { input: { lines: lines.slice(0, size) } }, token);
      expect(result.body).toContain(`"itemCount":${size}`);
      return result.statements;
    };
    // when a guest cart of one line and one of ten join them; then both cost the same
    const one = await merge(1);
    const ten = await merge(10);
    measured.mergeGuestCart = [one, ten];
    expect(ten).toBe(one);
  });
});
