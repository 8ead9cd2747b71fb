// The SQL statements each query the web app sends costs, counted with Prisma's query log events, for every
// operation in apps/web/src (listed from the source by web-operations.ts, so a new page cannot escape): at most
// one statement per root field plus one per requested `totalCount` (issue #14's budget), and the same count for
// 1 row as for 100. Each operation runs as the seeded user its page serves, on the demo seed, with no errors.
// Where an operation still costs more today, its row below holds a ceiling and the reason; the printed table shows
// every operation's count beside its budget.
import { PrismaClient } from "@desa-migran/db";
import { createTestDatabase, type TestDatabase } from "@desa-migran/db/testing";
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { type DemoAccountKey, demoAccounts } from "../seed/demo-accounts.ts";
import { demoSeedTemplate } from "../seed/template.ts";
import { createSession } from "../src/modules/auth/sessions.ts";
import { createApi } from "../src/yoga.ts";
import { globalId, type Seeded, seededRows } from "./web-operation-rows.ts";
import { listWebOperations } from "./web-operations.ts";

/** The largest page the API serves (builder.ts caps `first` at 100). */
const LARGEST_PAGE = 100;

interface Row {
  /** The seeded user whose page sends it; anonymous when absent. */
  as?: DemoAccountKey;
  /** Variables from the seeded rows; `size` is the page size (or number of ids) for operations that scale. */
  variables?: (seed: Seeded, size: number) => Record<string, unknown>;
  /** Whether `size` changes what the operation reads (beyond a `first` variable, which is detected). */
  scales?: boolean;
  /** Statements allowed above the budget today, and why. */
  ceiling?: [number, string];
}

const id = globalId;
// The variables many pages share.
const cooperativeSlug = (s: Seeded) => ({ slug: s.cooperative.slug });
const villageSlug = (s: Seeded) => ({ slug: s.village.slug });
const householdId = (s: Seeded) => ({ id: id("Household", s.household.id) });
const businessId = (s: Seeded) => ({ id: id("Business", s.business.id) });
const accountId = (s: Seeded) => ({ id: id("Account", s.householdAccount.id) });
const productId = (s: Seeded) => ({ id: id("Product", s.products[0]!.id) });
const membershipId = (s: Seeded) => ({ id: id("Membership", s.membership.id) });
const villageId = (s: Seeded) => ({ villageId: id("Village", s.village.id) });
const operations: Record<string, Row> = {
  // Public pages
  Home: { ceiling: [6, "the funding rounds' money figures are dataloader aggregates"] },
  CatalogueOptions: {},
  CatalogueProducts: {},
  CatalogueSearch: {
    ceiling: [5, "each search list counts its matches with its own raw SQL beside the ranked page"],
    variables: () => ({ query: "keripik" }),
  },
  ProductPage: { variables: (s) => ({ slug: s.products[0]!.slug }) },
  ProductCategories: {},
  BusinessPage: {
    ceiling: [4, "the owner's cooperative and village are read beside the business and its products"],
    variables: (s) => ({ slug: s.business.slug }),
  },
  VillageListProvinces: {},
  VillageList: {},
  VillagePage: {
    ceiling: [5, "the village's stats are dataloader aggregates beside the village query"],
    variables: (s) => ({ code: s.village.code }),
  },
  VillageStories: { variables: villageId },
  VillagePractices: { variables: villageId },
  NationalImpact: {},
  ProvinceImpact: {
    ceiling: [
      2,
      "the impact series is one aggregate statement (every metric, every quarter) beside the area's own row",
    ],
    variables: () => ({ code: "32" }),
  },
  RegencyImpact: {
    ceiling: [
      2,
      "the impact series is one aggregate statement (every metric, every quarter) beside the area's own row",
    ],
    variables: () => ({ code: "3212" }),
  },
  VillageImpact: {
    ceiling: [
      2,
      "the impact series is one aggregate statement (every metric, every quarter) beside the area's own row",
    ],
    variables: (s) => ({ code: s.village.code }),
  },
  StoryList: {},
  StoryPage: {
    ceiling: [2, "the author's business in the village is read by its own query"],
    variables: (s) => ({ slug: s.story.slug }),
  },
  StoryOfficerVillages: { as: "villageOfficer" },
  NetworkPage: {},
  NetworkLinks: { variables: (s) => ({ villageIds: [id("Village", s.village.id)] }) },
  NetworkPracticeSearch: { variables: () => ({ search: "layanan" }) },
  FundingRoundList: { ceiling: [4, "a round's raised total, investor count and progress are dataloader aggregates"] },
  FundingRoundPage: {
    ceiling: [5, "the round's money figures are dataloader aggregates; the viewer is a second root"],
    variables: (s) => ({ slug: s.round.slug }),
  },
  FundingRoundSlug: { variables: (s) => ({ id: id("FundingRound", s.round.id) }) },
  DeliveryRegencies: {},
  PartnerExampleProvinces: {},
  DevelopmentOutbox: { variables: () => ({ toEmail: demoAccounts.buyer.email }) },
  GuestCartProducts: {
    scales: true,
    variables: (s, size) => ({ ids: s.publishedProducts.slice(0, size).map((p) => id("Product", p.id)) }),
  },
  ProductForGuestCart: { variables: productId },
  // Any signed-in user
  Viewer: { as: "buyer" },
  HeaderViewer: {
    ceiling: [3, "the cart summary is read by the cart service apart from the viewer"],
    as: "buyer",
  },
  AccountSettings: { as: "buyer" },
  MessagePreferences: { ceiling: [2, "opt-outs are read apart from the viewer"], as: "buyer" },
  // Buyer
  CartPage: { ceiling: [2, "cart lines are read apart from the viewer"], as: "buyer" },
  CartDelivery: {
    ceiling: [3, "delivery settings are read by the delivery service, apart from the business"],
    as: "buyer",
    scales: true,
    variables: (s, size) => ({ ids: s.businesses.slice(0, size).map((b) => id("Business", b.id)) }),
  },
  MyOrdersPage: { as: "buyer" },
  OrdersById: {
    ceiling: [2, "the sellers' delivery settings are read by the delivery service, not joined"],
    as: "buyer",
    scales: true,
    variables: (s, size) => ({ ids: s.orders.slice(0, size).map((o) => id("Order", o.id)) }),
  },
  BuyerOrder: {
    ceiling: [2, "the seller's delivery settings are read by the delivery service, not joined"],
    as: "buyer",
    variables: (s) => ({ id: id("Order", s.orders[0]!.id) }),
  },
  BuyerOrderProblems: {
    ceiling: [2, "the order is read again for the problem list's fields its node query did not select"],
    as: "buyer",
    variables: (s) => ({ id: id("Order", s.problemOrder.id) }),
  },
  BuyerPayment: { as: "buyer", variables: (s) => ({ id: id("Payment", s.payment.id) }) },
  // Household member
  ViewerHouseholds: {
    as: "household",
  },
  Household: {
    ceiling: [2, "the household's accounts are read by their own query"],
    as: "household",
    variables: householdId,
  },
  HouseholdRemittances: {
    as: "household",
    variables: householdId,
  },
  HouseholdPortfolio: {
    as: "household",
    variables: householdId,
  },
  HouseholdInvestmentCap: {
    ceiling: [2, "the year's public-round pledges are summed by their own statement"],
    as: "household",
    variables: householdId,
  },
  OpenRounds: { ceiling: [4, "the rounds' money figures are dataloader aggregates"], as: "household" },
  PledgeRoundTickets: { as: "household", variables: (s) => ({ id: id("FundingRound", s.round.id) }) },
  AccountStatement: {
    ceiling: [3, "the account's owner and its region's time zone are read apart from the statement"],
    as: "household",
    variables: accountId,
  },
  AccountStatementCsv: {
    ceiling: [3, "the account's owner and its region's time zone are read apart from the statement"],
    as: "household",
    variables: accountId,
  },
  AccountTimeZone: {
    ceiling: [2, "the account's owner is read before its region's time zone"],
    as: "household",
    variables: accountId,
  },
  // Entrepreneur
  MyBusinesses: { as: "entrepreneur" },
  RegisterBusinessPlaces: { as: "entrepreneur" },
  BusinessOverview: { as: "entrepreneur", variables: businessId },
  OwnProducts: { as: "entrepreneur", variables: businessId },
  OwnProduct: { as: "entrepreneur", variables: productId },
  OwnProductPhotos: { as: "entrepreneur", variables: productId },
  OwnProductTiers: { as: "entrepreneur", variables: productId },
  OwnFundingRounds: {
    ceiling: [4, "the rounds' money figures are one raw aggregate beside the business"],
    as: "entrepreneur",
    variables: (s) => ({ slug: s.business.slug }),
  },
  MyDelivery: {
    ceiling: [3, "delivery settings are read by the delivery service, apart from the business"],
    as: "entrepreneur",
    variables: businessId,
  },
  IncomingOrders: {
    as: "entrepreneur",
    variables: businessId,
  },
  // Cooperative officer
  MyCooperatives: {
    as: "cooperativeOfficer",
  },
  CoopViewerRoles: {
    as: "cooperativeOfficer",
  },
  CoopBySlug: { as: "cooperativeOfficer", variables: cooperativeSlug },
  CoopOverview: {
    ceiling: [5, "the active-membership check and the ledger, savings and SHU sums are their own statements"],
    as: "cooperativeOfficer",
    variables: cooperativeSlug,
  },
  CoopBylaws: { as: "cooperativeOfficer", variables: cooperativeSlug },
  CoopMembers: {
    as: "cooperativeOfficer",
    variables: cooperativeSlug,
  },
  CoopMembersCsv: {
    ceiling: [
      4,
      "the cooperative and its village's region (the export's time zone) are read again beside the member rows",
    ],
    as: "cooperativeOfficer",
    variables: cooperativeSlug,
  },
  CoopMember: {
    ceiling: [2, "the savings postings are summed by their own statement"],
    as: "cooperativeOfficer",
    variables: membershipId,
  },
  MemberSavingsCsv: {
    ceiling: [
      4,
      "the membership, its cooperative's region (the export's time zone) and the rows are separate statements",
    ],
    as: "cooperativeOfficer",
    variables: membershipId,
  },
  SavingsReceipt: {
    ceiling: [3, "the receipt is built by a service from the journal entry and the membership"],
    as: "cooperativeOfficer",
    variables: (s) => ({ entryId: id("JournalEntry", s.savingsEntry.id) }),
  },
  CoopPublicLedger: {
    ceiling: [4, "the ledger and SHU sums are aggregate statements of their own"],
    as: "cooperativeOfficer",
    variables: cooperativeSlug,
  },
  CoopPaymentChannels: { as: "cooperativeOfficer", variables: cooperativeSlug },
  CoopPaymentQueue: { as: "cooperativeOfficer", variables: cooperativeSlug },
  CoopOrderProblems: { as: "cooperativeOfficer", variables: cooperativeSlug },
  CoopWholesaleTrade: {
    ceiling: [
      2,
      "the sales are orders of the cooperative's businesses bought by other cooperatives (no relation of the cooperative): their own statement",
    ],
    as: "cooperativeOfficer",
    variables: cooperativeSlug,
  },
  // An officer ordering another village's product wholesale: the product and the officer's cooperatives.
  WholesaleOrderPage: { as: "cooperativeOfficer", variables: (s) => ({ slug: s.products[0]!.slug }) },
  CoopMeetings: { as: "cooperativeOfficer", variables: cooperativeSlug },
  CoopMeeting: {
    ceiling: [
      7,
      "the viewer's active membership, attendance count and own attendance, votes, and the meetings module's officer lookup (meetings/permissions.ts) each cost a statement",
    ],
    as: "cooperativeOfficer",
    variables: (s) => ({ id: id("Meeting", s.meeting.id) }),
  },
  CoopRoundsForMotions: {
    as: "cooperativeOfficer",
    variables: cooperativeSlug,
  },
  CoopShuPage: {
    as: "cooperativeOfficer",
    variables: cooperativeSlug,
  },
  CoopShuAdoption: {
    ceiling: [4, "the active-membership check, the annual meeting and its motion are separate statements"],
    as: "cooperativeOfficer",
    variables: (s) => ({ slug: s.cooperative.slug, fiscalYear: new Date().getUTCFullYear() - 1 }),
  },
  CoopShuPreview: {
    ceiling: [2, "the members' SHU shares are computed by their own raw SQL"],
    as: "cooperativeOfficer",
    variables: (s) => ({
      cooperativeId: id("Cooperative", s.cooperative.id),
      fiscalYear: new Date().getUTCFullYear() - 1,
      surplusIdr: "10000000",
    }),
  },
  CoopReview: {
    as: "cooperativeOfficer",
    variables: cooperativeSlug,
  },
  // Village officer
  VillageOffices: { as: "villageOfficer" },
  VillageOfficeOverview: {
    ceiling: [3, "the village is found by its slug; the case and registry counts are their own statements"],
    as: "villageOfficer",
    variables: villageSlug,
  },
  VillageCases: {
    ceiling: [2, "the village is found by its slug before its cases are read"],
    as: "villageOfficer",
    variables: villageSlug,
  },
  ProtectionCaseDetail: {
    as: "villageOfficer",
    variables: (s) => ({ id: id("ProtectionCase", s.protectionCase.id) }),
  },
  VillageRegistry: {
    ceiling: [3, "the village is found by its slug and people are read again"],
    as: "villageOfficer",
    variables: villageSlug,
  },
  RegistryPerson: {
    ceiling: [2, "the person is read again for the fields its node query did not select"],
    as: "villageOfficer",
    variables: (s) => ({ id: id("Person", s.person.id) }),
  },
  MigrationDesk: {
    ceiling: [2, "the village is found by its slug before its prospective stints are read"],
    as: "villageOfficer",
    variables: villageSlug,
  },
  DeskStint: {
    as: "villageOfficer",
    variables: (s) => ({ id: id("MigrationEpisode", s.prospective.id) }),
  },
  VillageOfficeStories: {
    as: "villageOfficer",
    variables: (s) => ({ slug: s.village.slug, villageId: id("Village", s.village.id) }),
  },
  VillageOfficeNetwork: {
    ceiling: [3, "the village's pending requests, sent or received, are read by their own query"],
    as: "villageOfficer",
    variables: villageSlug,
  },
  VillageBusinessesToVerify: {
    as: "villageOfficer",
    variables: villageId,
  },
  ReturneeCandidates: {
    ceiling: [2, "the village is checked to exist before the candidate search"],
    as: "villageOfficer",
    variables: (s) => ({ villageId: id("Village", s.village.id), search: s.person.fullName.slice(0, 3) }),
  },
  // Partner
  PartnerKeys: { as: "partner" },
  // Safe-migration desk (issue #16): the platform admin's list of licensed agencies
  PlacementAgencyList: { as: "admin" },
  // Programs and certificates (issue #16)
  ProgramList: {},
  ProgramPage: { variables: (s) => ({ slug: s.program.slug }) },
  CertificatePage: { variables: (s) => ({ code: s.certificate.certificateCode! }) },
  PartnerPrograms: {
    ceiling: [5, "each organization's outcomes read its program IDs, then one aggregate over them (per organization)"],
    as: "partner",
  },
  PartnerProgram: {
    ceiling: [4, "the program's outcomes are one aggregate query, and the applicants' attendance one more query"],
    as: "partner",
    variables: (s) => ({ slug: s.program.slug }),
  },
};

const webQueries = listWebOperations().filter((operation) => operation.kind === "query");

describe("SQL statements of every web query", () => {
  let database: TestDatabase;
  let prisma: PrismaClient;
  let statements = 0;
  let sql: string[] = [];
  let yoga: ReturnType<typeof createApi>;
  let seed: Seeded;
  const cookies = new Map<DemoAccountKey, string>();
  const table: Record<string, string> = {};

  beforeAll(async () => {
    database = await createTestDatabase({ prepared: await demoSeedTemplate() });
    // createPrismaClient only takes log levels (stdout), not event emitters, so this client is built here.
    const logging = new PrismaClient({
      adapter: new PrismaPg({ connectionString: database.url, max: 2 }),
      log: [{ emit: "event", level: "query" }],
    });
    logging.$on("query", (event) => {
      statements += 1;
      if (process.env.SHOW_SQL) sql.push(event.query);
    });
    prisma = logging as unknown as PrismaClient;
    yoga = createApi({ prisma, production: false, rateLimit: false });
    seed = await seededRows(prisma);
    for (const account of Object.keys(demoAccounts) as DemoAccountKey[]) {
      const user = await prisma.user.findUniqueOrThrow({ where: { email: demoAccounts[account].email } });
      cookies.set(account, `dm_session=${(await createSession(prisma, user.id, "statements")).token}`);
    }
  });
  afterAll(async () => {
    console.log("SQL statements per web query (first: 1 / first: 100, budget):\n" + JSON.stringify(table, null, 1));
    await prisma?.$disconnect();
    await database?.cleanup();
  });

  /** Runs a document and returns how many SQL statements it cost. */
  async function run(document: string, variables: Record<string, unknown>, as?: DemoAccountKey) {
    statements = 0;
    sql = [];
    const response = await yoga.fetch("http://localhost/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", ...(as ? { cookie: cookies.get(as)! } : {}) },
      body: JSON.stringify({ query: document, variables }),
    });
    const body = (await response.json()) as { data?: unknown; errors?: unknown[] };
    return { statements, errors: body.errors, data: JSON.stringify(body.data) };
  }

  it("every web query has a row in the table", () => {
    const missing = webQueries.map((operation) => operation.name).filter((name) => !(name in operations));
    expect(missing, "web queries without a row in web-operation-statements.test.ts").toEqual([]);
  });

  it.each(webQueries)("$name ($file)", async (operation) => {
    const row = operations[operation.name];
    if (!row) return; // reported by the test above
    const pages = operation.variables.includes("first");
    const variablesFor = (size: number) => ({ ...(pages ? { first: size } : {}), ...row.variables?.(seed, size) });
    // The signed-in user's session costs the same whatever is asked: measured alone, then taken off.
    const overhead = (await run("{ __typename }", {}, row.as)).statements;
    await run(operation.document, variablesFor(LARGEST_PAGE), row.as); // warm-up: caches, prepared statements
    const one = await run(operation.document, variablesFor(1), row.as);
    if (process.env.SHOW_SQL === "*" || process.env.SHOW_SQL?.split(",").includes(operation.name))
      console.log(`SQL of ${operation.name}:\n${sql.join("\n")}`);
    expect(one.errors, JSON.stringify(one.errors)).toBeUndefined();
    const budget = operation.rootFields + operation.totalCounts;
    const cost = one.statements - overhead;
    let line = `${cost} (budget ${budget})`;
    if (pages || row.scales) {
      const many = await run(operation.document, variablesFor(LARGEST_PAGE), row.as);
      if (process.env.SHOW_SQL === "*" || process.env.SHOW_SQL?.split(",").includes(operation.name))
        console.log(`SQL of ${operation.name}:\n${sql.join("\n")}`);
      expect(many.errors, JSON.stringify(many.errors)).toBeUndefined();
      // Visible in the table: a page of 100 that reads no more rows than a page of 1 proves less.
      const sameRows = many.data.length === one.data.length ? ", same rows at both sizes" : "";
      line = `${cost} / ${many.statements - overhead} (budget ${budget}${sameRows})`;
      table[operation.name] = line;
      expect(many.statements, `${operation.name}: 1 row vs ${LARGEST_PAGE}`).toBe(one.statements);
    }
    table[operation.name] = row.ceiling ? `${line}, ceiling ${row.ceiling[0]}: ${row.ceiling[1]}` : line;
    expect(cost, `${operation.name}: statements`).toBeLessThanOrEqual(row.ceiling?.[0] ?? budget);
  });
});
