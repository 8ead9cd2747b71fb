// The operations the benchmark measures: the GraphQL documents the web app sends (same selections), with
// variables read from the benchmark database so every run asks for real rows.
import { createHash, randomBytes } from "node:crypto";

import { CURRENT_DISCLOSURE } from "@desa-migran/api/investments/disclosure";
import pg from "pg";

import { FRESH_KEY } from "./load.ts";

export interface Operation {
  name: string;
  /** GraphQL operation name: the static-yoga baseline replays the recorded response by it. */
  operationName: string;
  query: string;
  variables: Record<string, unknown>;
  /** Sent as the session cookie (a household member's statement). */
  cookie?: string;
  /**
   * A write: every request carries a fresh idempotency key (FRESH_KEY in the variables), so answers differ by their
   * ids; the baselines are checked for the same typename instead of the same answer.
   */
  write?: boolean;
  /** Sent on each connection before this operation, in turn (a checkout first puts the product in the cart). */
  before?: { operationName: string; query: string; variables: Record<string, unknown> }[];
  /** One session per connection: each buyer has their own cart. */
  cookies?: string[];
}

export interface Fixtures {
  productSlug: string;
  villageCode: string;
  provinceId: string;
  categoryId: string;
  walletAccountId: string;
  sessionToken: string;
  roundSlug: string;
  pledgeRoundId: string;
  /** The pledging household and its member's session. */
  householdId: string;
  pledgerToken: string;
  hotProductId: string;
  buyerTokens: string[];
}

const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString("base64");

const CARD = `id name slug priceIdr { amount currency } unit stock imageUrl business { name village { name } }`;
const PAGE_INFO = `pageInfo { startCursor endCursor hasNextPage hasPreviousPage }`;

export function buildOperations(f: Fixtures): Operation[] {
  const catalogue = (operationName: string, filter: Record<string, unknown>) => ({
    operationName,
    query: `query ${operationName}($filter: ProductFilter, $first: Int) {
      products(filter: $filter, first: $first) { totalCount ${PAGE_INFO} edges { node { ${CARD} } } } }`,
    variables: { filter, first: 24 },
  });
  return [
    { name: "catalogue (24, newest)", ...catalogue("BenchCatalogue", {}) },
    {
      name: "catalogue filtered (category, price, in stock)",
      ...catalogue("BenchCatalogueFiltered", {
        categoryId: f.categoryId,
        minPriceIdr: "20000",
        maxPriceIdr: "200000",
        inStock: true,
      }),
    },
    { name: "catalogue search 'kopi'", ...catalogue("BenchCatalogueSearch", { search: "kopi" }) },
    // Two words, the first misspelt as people write it: full text cannot find it, trigrams must (issue #12).
    {
      name: "catalogue search 'kripik pedas' (typo)",
      ...catalogue("BenchCatalogueSearchTypo", { search: "kripik pedas" }),
    },
    {
      name: "product page",
      operationName: "BenchProduct",
      query: `query BenchProduct($slug: String!) { product(slug: $slug) { id name slug description
        priceIdr { amount currency } unit stock weightGrams publishedAt imageUrls category { name slug }
        business { name slug story village { name code regency { name } } cooperative { name }
          products(first: 5) { edges { node { id name slug priceIdr { amount currency } unit } } } } } }`,
      variables: { slug: f.productSlug },
    },
    {
      name: "village page with aggregates",
      operationName: "BenchVillage",
      query: `query BenchVillage($code: String) { village(code: $code) { id name code
        regency { name province { name } }
        businesses(first: 12) { totalCount edges { node { name slug } } }
        stats { summary { remitted { amount currency } productiveShareBps businesses jobs
          fundsRaised { amount currency } repaymentRateBps }
          remittanceInflow { month corridorCountry amount { amount currency } transfers households } } } }`,
      variables: { code: f.villageCode },
    },
    {
      name: "partner: province aggregates",
      operationName: "BenchProvince",
      query: `query BenchProvince($id: ID!) { node(id: $id) { __typename ... on Province { name stats {
        summary { remitted { amount currency } productiveShareBps businesses jobs fundsRaised { amount currency }
          repaymentRateBps }
        remittanceInflow { month corridorCountry amount { amount currency } transfers households } } } } }`,
      variables: { id: f.provinceId },
    },
    {
      name: "household statement (signed in)",
      operationName: "BenchStatement",
      query: `query BenchStatement($id: ID!) { node(id: $id) { __typename ... on Account { id name kind
        balance { amount currency }
        statement(first: 25) { ${PAGE_INFO} edges { cursor node { createdAt kind memo amount { amount currency }
          balance { amount currency } } } } } } }`,
      variables: { id: globalId("Account", f.walletAccountId) },
      cookie: `dm_session=${f.sessionToken}`,
    },
    {
      name: "funding-round page",
      operationName: "BenchRound",
      // The web's round page (routes/pendanaan/[slug]) without its signed-in viewer part.
      query: `query BenchRound($slug: String!) { fundingRound(slug: $slug) { id slug title purpose status instrument
        isPublic returnBps tenorMonths opensAt closesAt progressBps investorCount target { amount currency }
        raised { amount currency } minTicket { amount currency } maxTicket { amount currency }
        business { name slug ownerName village { name code } } cooperative { name slug }
        schedule { sequence dueOn amount { amount currency } paid { amount currency } status }
        repaymentRecord { dueToDate { amount currency } paidOnDue { amount currency } paidTotal { amount currency }
          arrears { amount currency } rateBps overdueCount }
        history { kind at actorName comment }
        updates(first: 50) { totalCount edges { node { id title body createdAt authorName } } } } }`,
      variables: { slug: f.roundSlug },
    },
    {
      // Every pledge goes to one round from one household: both rows are locked, so pledges run one at a time.
      name: "pledge (one round, one household)",
      operationName: "BenchPledge",
      query: `mutation BenchPledge($input: PledgeInput!) { pledgeToRound(input: $input) { __typename
        ... on MutationPledgeToRoundSuccess { data { pledge { id roundTitle amount { amount } } } }
        ... on Error { message } } }`,
      variables: {
        input: {
          roundId: f.pledgeRoundId,
          householdId: f.householdId,
          amountIdr: "100000",
          idempotencyKey: FRESH_KEY,
          acceptedDisclosureVersion: CURRENT_DISCLOSURE.version,
        },
      },
      cookie: `dm_session=${f.pledgerToken}`,
      write: true,
    },
    {
      // Each connection is a buyer who puts the same product in the cart and checks out: the product's row is the
      // contended lock.
      name: "checkout (add to cart + place order, 8 buyers, one product)",
      operationName: "BenchCheckout",
      query: `mutation BenchCheckout($input: PlaceOrderInput!) { placeOrder(input: $input) { __typename
        ... on MutationPlaceOrderSuccess { data { replayed checkout { orders { id } } } }
        ... on Error { message } } }`,
      variables: {
        input: {
          idempotencyKey: FRESH_KEY,
          paymentMethod: "BANK_TRANSFER",
          recipientName: "Pembeli Benchmark",
          phone: "081234567890",
          address: "Jl. Benchmark 1",
        },
      },
      before: [
        {
          operationName: "BenchAddToCart",
          query: `mutation BenchAddToCart($input: AddToCartInput!) { addToCart(input: $input) { __typename } }`,
          variables: { input: { productId: f.hotProductId, quantity: 1 } },
        },
      ],
      cookies: f.buyerTokens.map((token) => `dm_session=${token}`),
      write: true,
    },
  ];
}

/**
 * Reads the variables from the database and makes what the writes need: a signed-in member of the household with
 * the longest statement, a signed-in member of another household of its village with a members-only round for their
 * pledges, and eight signed-in buyers.
 */
export async function readFixtures(url: string): Promise<Fixtures> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const one = async <T extends pg.QueryResultRow>(sql: string): Promise<T> => {
      const { rows } = await client.query<T>(sql);
      if (!rows[0]) throw new Error(`benchmark fixture missing: ${sql}`);
      return rows[0];
    };
    const product = await one<{ slug: string }>(
      `SELECT slug FROM "Product" WHERE status = 'PUBLISHED' AND stock > 0 ORDER BY "publishedAt" DESC LIMIT 1`,
    );
    const village = await one<{
      code: string;
    }>(`SELECT v.code FROM "Village" v JOIN "Household" h ON h."villageId" = v.id
      GROUP BY v.code ORDER BY count(*) DESC, v.code LIMIT 1`);
    const province = await one<{ id: string }>(`SELECT p.id FROM "Province" p JOIN "Regency" r ON r."provinceId" = p.id
      JOIN "Village" v ON v."regencyId" = r.id GROUP BY p.id ORDER BY count(*) DESC LIMIT 1`);
    const category = await one<{ id: string }>(
      `SELECT "categoryId" AS id FROM "Product" GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`,
    );
    const wallet = await one<{
      id: string;
      householdId: string;
      villageId: string;
    }>(`SELECT a.id, a."householdId", h."villageId"
      FROM "Account" a JOIN "Household" h ON h.id = a."householdId" JOIN "Posting" p ON p."accountId" = a.id
      WHERE a.kind = 'HOUSEHOLD_WALLET' GROUP BY a.id, h."villageId" ORDER BY count(*) DESC LIMIT 1`);
    // A session row made directly, as the API's sign-in stores it: only the token's hash.
    const signIn = async (personId: string | null) => {
      const token = randomBytes(32).toString("base64url");
      const user = await one<{ id: string }>(`INSERT INTO "User" (id, email, "passwordHash", name, "personId")
        VALUES (gen_random_uuid(), 'bench-' || gen_random_uuid() || '@bench.desamigran.id', '!', 'Benchmark',
          ${personId ? `'${personId}'` : "NULL"}) RETURNING id`);
      await client.query(
        `INSERT INTO "Session" (id, "tokenHash", "userId", "expiresAt")
        VALUES (gen_random_uuid(), $1, $2, now() + interval '1 day')`,
        [createHash("sha256").update(token).digest("hex"), user.id],
      );
      return token;
    };
    const person = await one<{ id: string }>(`INSERT INTO "Person" (id, "villageId", "fullName")
      VALUES (gen_random_uuid(), '${wallet.villageId}', 'Anggota keluarga (benchmark)') RETURNING id`);
    await client.query(
      `INSERT INTO "HouseholdMember" (id, "householdId", "personId", relationship)
      VALUES (gen_random_uuid(), $1, $2, 'HEAD')`,
      [wallet.householdId, person.id],
    );
    const token = await signIn(person.id);

    // The page of the round with the most pledges.
    const round = await one<{ slug: string }>(`SELECT r.slug FROM "FundingRound" r JOIN "Pledge" p ON p."roundId" = r.id
      WHERE r.slug NOT LIKE 'bench-%'
      GROUP BY r.id ORDER BY count(*) DESC, r.slug LIMIT 1`);
    // Pledges come from another household of the same village (its statement grows with every pledge, which must
    // not change the statement measured above) and go to a members-only round of the village's cooperative (no OJK
    // cap to run into), with a target no run reaches, from a wallet topped up by a balanced entry (the ledger's
    // triggers keep the balances).
    const pledger = await one<{ id: string; householdId: string }>(`SELECT a.id, a."householdId" FROM "Account" a
      JOIN "Household" h ON h.id = a."householdId"
      WHERE a.kind = 'HOUSEHOLD_WALLET' AND h."villageId" = '${wallet.villageId}' AND a.id <> '${wallet.id}'
      ORDER BY a.id LIMIT 1`);
    const pledgerPerson = await one<{ id: string }>(`INSERT INTO "Person" (id, "villageId", "fullName")
      VALUES (gen_random_uuid(), '${wallet.villageId}', 'Penanam modal (benchmark)') RETURNING id`);
    await client.query(
      `INSERT INTO "HouseholdMember" (id, "householdId", "personId", relationship)
      VALUES (gen_random_uuid(), $1, $2, 'HEAD')`,
      [pledger.householdId, pledgerPerson.id],
    );
    const pledgerToken = await signIn(pledgerPerson.id);
    const cooperative = await one<{ id: string }>(
      `SELECT id FROM "Cooperative" WHERE "villageId" = '${wallet.villageId}'`,
    );
    await client.query(
      `INSERT INTO "Membership" (id, "cooperativeId", "personId", "memberNumber")
      VALUES (gen_random_uuid(), $1, $2, 'BENCH-' || substr(md5(random()::text), 1, 12))`,
      [cooperative.id, pledgerPerson.id],
    );
    const pledgeRound = await one<{ id: string }>(`INSERT INTO "FundingRound" (id, slug, "businessId", "cooperativeId",
        title, instrument, "isPublic", "targetIdr", "minTicketIdr", "maxTicketIdr", status, "opensAt", "closesAt")
      SELECT gen_random_uuid(), 'bench-' || gen_random_uuid(), b.id, '${cooperative.id}', 'Putaran benchmark',
        'COOPERATIVE_CAPITAL', false, 1000000000000000, 100000, 1000000000000000, 'OPEN', now() - interval '1 day',
        now() + interval '30 days'
      FROM "Business" b ORDER BY (b."cooperativeId" = '${cooperative.id}') DESC LIMIT 1 RETURNING id`);
    await client.query("BEGIN");
    const entry = await one<{
      id: string;
    }>(`INSERT INTO "JournalEntry" (id, "idempotencyKey", "requestHash", kind, memo)
      VALUES (gen_random_uuid(), 'bench:' || gen_random_uuid(), repeat('0', 64), 'REMITTANCE', 'Benchmark')
      RETURNING id`);
    await client.query(
      `INSERT INTO "Posting" (id, "entryId", "accountId", amount, currency)
      SELECT gen_random_uuid(), $1, id, CASE WHEN kind = 'EXTERNAL' THEN -10000000000000 ELSE 10000000000000 END, 'IDR'
      FROM "Account" WHERE key = 'external:world:IDR' OR id = $2`,
      [entry.id, pledger.id],
    );
    await client.query("COMMIT");

    // Checkout under contention: every buyer buys the same product, made here with stock for any run. Published long
    // ago, in another category and business, so no other operation's answer shows it (their answers must not change
    // while the checkouts sell it).
    const hot = await one<{ id: string }>(`INSERT INTO "Product" (id, "businessId", "categoryId", slug, name,
        "priceIdr", stock, unit, status, "publishedAt", "updatedAt")
      SELECT gen_random_uuid(), b.id, (SELECT "categoryId" FROM "Product" WHERE "categoryId" <> '${category.id}' LIMIT 1),
        'bench-' || gen_random_uuid(), 'Produk benchmark', 10000, 100000000, 'pcs', 'PUBLISHED', '2000-01-01', now()
      FROM "Business" b WHERE b.status = 'ACTIVE'
        AND b.id <> (SELECT "businessId" FROM "Product" WHERE slug = '${product.slug}') LIMIT 1 RETURNING id`);
    const buyerTokens: string[] = [];
    for (let i = 0; i < 8; i++) buyerTokens.push(await signIn(null));

    return {
      productSlug: product.slug,
      villageCode: village.code,
      provinceId: globalId("Province", province.id),
      categoryId: globalId("ProductCategory", category.id),
      walletAccountId: wallet.id,
      sessionToken: token,
      roundSlug: round.slug,
      pledgeRoundId: globalId("FundingRound", pledgeRound.id),
      householdId: globalId("Household", pledger.householdId),
      pledgerToken,
      hotProductId: globalId("Product", hot.id),
      buyerTokens,
    };
  } finally {
    await client.end();
  }
}
