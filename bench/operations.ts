// The operations the benchmark measures: the GraphQL documents the web app sends (same selections), with
// variables read from the benchmark database so every run asks for real rows.
import { createHash, randomBytes } from "node:crypto";

import pg from "pg";

export interface Operation {
  name: string;
  /** GraphQL operation name: the static-yoga baseline replays the recorded response by it. */
  operationName: string;
  query: string;
  variables: Record<string, unknown>;
  /** Sent as the session cookie (a household member's statement). */
  cookie?: string;
}

export interface Fixtures {
  productSlug: string;
  villageCode: string;
  provinceId: string;
  categoryId: string;
  walletAccountId: string;
  sessionToken: string;
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
  ];
}

/**
 * Reads the variables from the database and signs in a household member of the household with the longest
 * statement (a session row made directly, as the API's sign-in would store it: only the token's hash).
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
    const token = randomBytes(32).toString("base64url");
    const person = await one<{ id: string }>(`INSERT INTO "Person" (id, "villageId", "fullName")
      VALUES (gen_random_uuid(), '${wallet.villageId}', 'Anggota keluarga (benchmark)') RETURNING id`);
    const user = await one<{ id: string }>(`INSERT INTO "User" (id, email, "passwordHash", name, "personId")
      VALUES (gen_random_uuid(), 'bench-' || gen_random_uuid() || '@bench.desamigran.id', '!', 'Benchmark', '${person.id}')
      RETURNING id`);
    await client.query(
      `INSERT INTO "HouseholdMember" (id, "householdId", "personId", relationship)
      VALUES (gen_random_uuid(), $1, $2, 'HEAD')`,
      [wallet.householdId, person.id],
    );
    await client.query(
      `INSERT INTO "Session" (id, "tokenHash", "userId", "expiresAt")
      VALUES (gen_random_uuid(), $1, $2, now() + interval '1 day')`,
      [createHash("sha256").update(token).digest("hex"), user.id],
    );
    return {
      productSlug: product.slug,
      villageCode: village.code,
      provinceId: globalId("Province", province.id),
      categoryId: globalId("ProductCategory", category.id),
      walletAccountId: wallet.id,
      sessionToken: token,
    };
  } finally {
    await client.end();
  }
}
