// Baseline: a hand-written node:http + pg endpoint answering each benchmark operation with the best single SQL
// statement we can write (PostgreSQL builds the JSON), no GraphQL at all. bench/run.ts checks that its answers equal
// the API's, so the comparison is for the same work. Operations without a handler here are compared with the
// static-yoga baseline only (the results say which).
// Usage (started by bench/run.ts): node bench/baselines/raw-pg.ts <database url>; prints its port.
import { createServer } from "node:http";

import { DUE_WINDOW_DAYS } from "@desa-migran/api/funding/schedule";
import { EMBEDDED_APPLICATION_NAME } from "@desa-migran/db/embedded";
import { CUSTOM_PLANS, statementNames } from "@desa-migran/db/statement-names";
import pg from "pg";

// Embedded PGlite serves one connection at a time (as the API's own pool does there, packages/db).
const url = process.argv[2]!;
const embedded = url.includes(`application_name=${EMBEDDED_APPLICATION_NAME}`);
const pool = new pg.Pool({ connectionString: url, max: embedded ? 1 : 10, ...(embedded ? {} : CUSTOM_PLANS) });
// Prepared once per connection and planned for each run's values, as the API's own statements are (packages/db),
// so neither side pays for work the other skips.
const nameOf = embedded ? () => "" : statementNames();
// The database going away at the end of a run (a dropped test database) must not crash the baseline first.
pool.on("error", () => {});

// Pothos' Prisma connections encode a string cursor as base64("GPC:S:" + id).
const CURSOR = `encode(convert_to('GPC:S:' || %s, 'UTF8'), 'base64')`;
const cursorOf = (column: string) => CURSOR.replace("%s", column);

/** The API's search words: lower case, letters and digits, no repeats, at most 8 (search/service.ts). */
const searchWords = (text: string) =>
  [
    ...new Set(
      text
        .normalize("NFKC")
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean)
        .map((word) => word.slice(0, 40)),
    ),
  ].slice(0, 8);

const MONEY = (column: string) => `json_build_object('amount', (${column})::text, 'currency', 'IDR')`;

/** The catalogue: one statement for the page (+1 row to know hasNextPage) and the total count. */
function catalogueSql(filter: Record<string, unknown>): [string, unknown[]] {
  const params: unknown[] = [];
  const where = [`p.status = 'PUBLISHED'`, `b.status = 'ACTIVE'`];
  if (filter.inStock) where.push("p.stock > 0");
  if (typeof filter.categoryId === "string") {
    params.push(Buffer.from(filter.categoryId, "base64").toString().split(":")[1]);
    where.push(`p."categoryId" = $${params.length}::uuid`);
  }
  if (typeof filter.minPriceIdr === "string") {
    params.push(filter.minPriceIdr);
    where.push(`p."priceIdr" >= $${params.length}::bigint`);
  }
  if (typeof filter.maxPriceIdr === "string") {
    params.push(filter.maxPriceIdr);
    where.push(`p."priceIdr" <= $${params.length}::bigint`);
  }
  // Search as the API does (apps/api/src/modules/search/service.ts): every word by stem, prefix or trigram, best first.
  const words = typeof filter.search === "string" ? searchWords(filter.search) : [];
  let join = "";
  // The sort key (highest first, then the id), kept as column k so the page can be numbered after its LIMIT.
  let key = `p."publishedAt"`;
  if (words.length > 0) {
    join = `JOIN "ProductSearch" s ON s."productId" = p.id`;
    const queries = words.map((word) => {
      params.push(word);
      const n = params.length;
      const query = `(to_tsquery('indonesian', $${n}::text || ':*') || to_tsquery('simple', $${n}::text || ':*'))`;
      const match = word.length >= 3 ? `(s.vector @@ ${query} OR $${n}::text <<% s.terms)` : `s.vector @@ ${query}`;
      where.push(match);
      return { n, query };
    });
    // As the API's relevance(): a word the full text matched counts as fully similar, typos by their similarity.
    const similarity = queries
      .map(
        ({ n, query }) =>
          `CASE WHEN s.vector @@ ${query} THEN 1.0 ELSE strict_word_similarity($${n}::text, s.terms) END`,
      )
      .join(" + ");
    const rank = `ts_rank(s.vector, ${queries.map(({ query }) => query).join(" || ")}) + 0.5 * (${similarity}) / ${words.length}`;
    key = `(${rank})`;
  }
  const from = `FROM "Product" p JOIN "Business" b ON b.id = p."businessId" ${join} WHERE ${where.join(" AND ")}`;
  // The whole catalogue's or one category's total is the kept count, as the API reads it (commerce/catalogue-count.ts);
  // any other filter counts the matching products.
  const narrowed = Object.entries(filter).some(
    ([name, value]) => name !== "categoryId" && value != null && value !== false && value !== "",
  );
  const total = narrowed
    ? `(SELECT count(*) ${from})`
    : `(SELECT coalesce(sum("products"), 0)::int FROM "CatalogueCount"${typeof filter.categoryId === "string" ? ` WHERE "categoryId" = $1::uuid` : ""})`;
  const sql = `WITH page AS (
      SELECT p.id, p.name, p.slug, p."priceIdr", p.unit, p.stock, p."imageUrls"[1] AS "imageUrl",
             ${key} AS k, b.name AS "businessName", v.name AS "villageName"
      ${from.replace(" WHERE", ` JOIN "Village" v ON v.id = b."villageId" WHERE`)}
      ORDER BY k DESC, p.id ASC LIMIT 25),
    numbered AS (SELECT *, row_number() OVER (ORDER BY k DESC, id ASC) AS n FROM page)
    SELECT json_build_object('data', json_build_object('products', json_build_object(
      'totalCount', ${total},
      'pageInfo', json_build_object(
        'startCursor', (SELECT ${cursorOf("id::text")} FROM numbered WHERE n = 1),
        'endCursor', (SELECT ${cursorOf("id::text")} FROM numbered WHERE n = LEAST(24, (SELECT count(*) FROM numbered))),
        'hasNextPage', (SELECT count(*) > 24 FROM numbered),
        'hasPreviousPage', false),
      'edges', COALESCE((SELECT json_agg(json_build_object('node', json_build_object(
        'id', encode(convert_to('Product:' || id, 'UTF8'), 'base64'), 'name', name, 'slug', slug,
        'priceIdr', ${MONEY('"priceIdr"')}, 'unit', unit, 'stock', stock, 'imageUrl', "imageUrl",
        'business', json_build_object('name', "businessName", 'village', json_build_object('name', "villageName"))))
        ORDER BY n) FROM numbered WHERE n <= 24), '[]'::json)))) AS body`;
  return [sql, params];
}

const productSql = `SELECT json_build_object('data', json_build_object('product', (
  SELECT json_build_object('id', encode(convert_to('Product:' || p.id, 'UTF8'), 'base64'), 'name', p.name,
    'slug', p.slug, 'description', p.description, 'priceIdr', ${MONEY('p."priceIdr"')}, 'unit', p.unit,
    'stock', p.stock, 'weightGrams', p."weightGrams",
    'publishedAt', to_char(p."publishedAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
    'imageUrls', to_json(p."imageUrls"),
    'category', json_build_object('name', c."nameId", 'slug', c.slug),
    'business', json_build_object('name', b.name, 'slug', b.slug, 'story', b.story,
      'village', json_build_object('name', v.name, 'code', v.code, 'regency', json_build_object('name', r.name)),
      'cooperative', CASE WHEN co.id IS NULL THEN NULL ELSE json_build_object('name', co.name) END,
      'products', json_build_object('edges', COALESCE((SELECT json_agg(json_build_object('node', json_build_object(
          'id', encode(convert_to('Product:' || o.id, 'UTF8'), 'base64'), 'name', o.name, 'slug', o.slug,
          'priceIdr', ${MONEY('o."priceIdr"')}, 'unit', o.unit)) ORDER BY o."publishedAt" DESC, o.id)
        FROM (SELECT * FROM "Product" o WHERE o."businessId" = b.id AND o.status = 'PUBLISHED'
              ORDER BY o."publishedAt" DESC, o.id LIMIT 5) o), '[]'::json))))
  FROM "Product" p JOIN "ProductCategory" c ON c.id = p."categoryId" JOIN "Business" b ON b.id = p."businessId"
  JOIN "Village" v ON v.id = b."villageId" JOIN "Regency" r ON r.id = v."regencyId"
  LEFT JOIN "Cooperative" co ON co.id = b."cooperativeId"
  WHERE p.slug = $1 AND p.status = 'PUBLISHED'))) AS body`;

/**
 * A region's stats as the API publishes them (apps/api/src/modules/aggregates): the remittance figures from its kept
 * cells for the current window, active businesses and jobs, and its funding rounds' money. `region` is SQL giving
 * the region's id, `villages` SQL selecting its village ids.
 */
const statsSql = (kind: string, region: string, villages: string) => `json_build_object(
  'summary', (SELECT json_build_object(
      'remitted', ${MONEY("t.a")},
      'productiveShareBps', CASE WHEN t.a = 0 THEN NULL ELSE (t.p * 10000 / t.a)::int END,
      'businesses', bz.n, 'jobs', bz.jobs,
      'fundsRaised', ${MONEY("f.raised")},
      'repaymentRateBps', CASE WHEN f.due = 0 THEN NULL ELSE (f.paid * 10000 / f.due)::int END)
    FROM (SELECT coalesce(sum(c."amountIdr"), 0)::bigint AS a, coalesce(sum(c."productiveIdr"), 0)::bigint AS p
          FROM "RemittanceCell" c WHERE c."regionKind" = '${kind}' AND c."regionId" = ${region} AND c."month" = ''
            AND c."windowStart" = ${WINDOW}) t,
         (SELECT count(*)::int AS n, coalesce(sum(b."employees"), 0)::int AS jobs FROM "Business" b
          WHERE b."villageId" IN (${villages}) AND b."status" = 'ACTIVE') bz,
         (SELECT coalesce(sum((SELECT sum(pl."amountIdr") FROM "Pledge" pl WHERE pl."roundId" = fr."id" AND pl."status" = 'ACTIVE')), 0)::bigint AS raised,
                 coalesce(sum((SELECT sum(s."principalIdr" + s."returnIdr") FROM "RepaymentSchedule" s WHERE s."roundId" = fr."id" AND s."dueOn" <= now())), 0)::bigint AS due,
                 coalesce(sum((SELECT sum(rp."amountIdr") FROM "Repayment" rp WHERE rp."roundId" = fr."id" AND rp."kind" = 'INSTALMENT')), 0)::bigint AS paid
          FROM "FundingRound" fr JOIN "Business" b ON b."id" = fr."businessId" WHERE b."villageId" IN (${villages})) f),
  'remittanceInflow', COALESCE((SELECT json_agg(json_build_object('month', x."month", 'corridorCountry', x."corridorCountry",
      'amount', ${MONEY("x.a")}, 'transfers', x.t, 'households', x.h) ORDER BY x."month", x."corridorCountry")
    FROM (SELECT c."month", c."corridorCountry", sum(c."amountIdr")::bigint AS a, sum(c."transfers")::int AS t,
                 sum(c."households")::int AS h
          FROM "RemittanceCell" c WHERE c."regionKind" = '${kind}' AND c."regionId" = ${region} AND c."month" <> ''
            AND c."windowStart" = ${WINDOW} GROUP BY 1, 2) x), '[]'::json))`;
/** The window the API reads: twelve months up to this one, in UTC. */
const WINDOW = `(date_trunc('month', now() AT TIME ZONE 'UTC') - interval '11 months')::date`;

const provinceSql = `SELECT json_build_object('data', json_build_object('node', (
  SELECT json_build_object('__typename', 'Province', 'name', pr."name", 'stats', ${statsSql(
    "province",
    "$1::uuid",
    `SELECT v."id" FROM "Village" v JOIN "Regency" g ON g."id" = v."regencyId" WHERE g."provinceId" = $1::uuid`,
  )}) FROM "Province" pr WHERE pr."id" = $1::uuid))) AS body`;

const villageSql = `SELECT json_build_object('data', json_build_object('village', (
  SELECT json_build_object('id', encode(convert_to('Village:' || v."id", 'UTF8'), 'base64'), 'name', v."name",
    'code', v."code", 'regency', json_build_object('name', g."name", 'province', json_build_object('name', pr."name")),
    'businesses', json_build_object(
      'totalCount', (SELECT count(*) FROM "Business" b WHERE b."villageId" = v."id" AND b."status" = 'ACTIVE'),
      'edges', COALESCE((SELECT json_agg(json_build_object('node', json_build_object('name', b."name", 'slug', b."slug"))
          ORDER BY b."name") FROM (SELECT "name", "slug" FROM "Business" b WHERE b."villageId" = v."id"
          AND b."status" = 'ACTIVE' ORDER BY b."name" LIMIT 12) b), '[]'::json)),
    'stats', ${statsSql("village", 'v."id"', `SELECT "id" FROM "Village" WHERE "code" = $1`)})
  FROM "Village" v JOIN "Regency" g ON g."id" = v."regencyId" JOIN "Province" pr ON pr."id" = g."provinceId"
  WHERE v."code" = $1))) AS body`;

const ISO = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * The funding-round page: totals from the active pledges, the schedule with what was paid against each instalment
 * and its status on today's date in WIB (funding/schedule.ts), the record so far, history and news.
 */
const roundSql = `WITH r AS (SELECT * FROM "FundingRound" WHERE slug = $1),
  today AS (SELECT (now() AT TIME ZONE 'Asia/Jakarta')::date AS day),
  inst AS (SELECT rs.sequence, rs."dueOn", rs."principalIdr" + rs."returnIdr" AS amount,
      COALESCE((SELECT sum(p."amountIdr") FROM "Repayment" p WHERE p."scheduleId" = rs.id), 0) AS paid
    FROM "RepaymentSchedule" rs JOIN r ON rs."roundId" = r.id),
  d AS (SELECT COALESCE(sum(amount) FILTER (WHERE "dueOn" < day), 0) AS due,
      COALESCE(sum(least(paid, amount)) FILTER (WHERE "dueOn" < day), 0) AS paid_on_due,
      COALESCE(sum(paid), 0) AS paid_total, count(*) FILTER (WHERE "dueOn" < day AND paid < amount)::int AS overdue
    FROM inst, today)
  SELECT json_build_object('data', json_build_object('fundingRound', (
  SELECT json_build_object('id', encode(convert_to('FundingRound:' || r.id, 'UTF8'), 'base64'), 'slug', r.slug,
    'title', r.title, 'purpose', r.purpose, 'status', r.status, 'instrument', r.instrument, 'isPublic', r."isPublic",
    'returnBps', r."returnBps", 'tenorMonths', r."tenorMonths", 'opensAt', ${ISO('r."opensAt"')},
    'closesAt', ${ISO('r."closesAt"')},
    'progressBps', CASE WHEN r."targetIdr" > 0 THEN floor(t.raised * 10000 / r."targetIdr")::int ELSE 0 END,
    'investorCount', t.investors, 'target', ${MONEY('r."targetIdr"')}, 'raised', ${MONEY("t.raised")},
    'minTicket', ${MONEY('r."minTicketIdr"')}, 'maxTicket', ${MONEY('r."maxTicketIdr"')},
    'business', json_build_object('name', b.name, 'slug', b.slug, 'ownerName', o.name,
      'village', json_build_object('name', v.name, 'code', v.code)),
    'cooperative', json_build_object('name', c.name, 'slug', c.slug),
    'schedule', COALESCE((SELECT json_agg(json_build_object('sequence', i.sequence,
        'dueOn', ${ISO('i."dueOn"::timestamp')}, 'amount', ${MONEY("i.amount")}, 'paid', ${MONEY("i.paid")},
        'status', CASE WHEN i.paid >= i.amount THEN 'PAID' WHEN i."dueOn" < today.day THEN 'OVERDUE'
          WHEN i."dueOn" <= today.day + ${DUE_WINDOW_DAYS} THEN 'DUE' ELSE 'UPCOMING' END) ORDER BY i.sequence)
      FROM inst i, today), '[]'::json),
    'repaymentRecord', json_build_object('dueToDate', ${MONEY("d.due")}, 'paidOnDue', ${MONEY("d.paid_on_due")},
      'paidTotal', ${MONEY("d.paid_total")}, 'arrears', ${MONEY("d.due - d.paid_on_due")},
      'rateBps', CASE WHEN d.due = 0 THEN NULL ELSE floor(d.paid_on_due * 10000 / d.due)::int END,
      'overdueCount', d.overdue),
    'history', COALESCE((SELECT json_agg(json_build_object('kind', e.kind, 'at', ${ISO('e."createdAt"')},
        'actorName', a.name, 'comment', e.comment) ORDER BY e."createdAt", e.id)
      FROM "FundingRoundEvent" e LEFT JOIN "User" a ON a.id = e."actorId" WHERE e."roundId" = r.id), '[]'::json),
    'updates', json_build_object('totalCount', (SELECT count(*) FROM "FundingRoundUpdate" WHERE "roundId" = r.id),
      'edges', COALESCE((SELECT json_agg(json_build_object('node', json_build_object(
          'id', encode(convert_to('FundingRoundUpdate:' || u.id, 'UTF8'), 'base64'), 'title', u.title, 'body', u.body,
          'createdAt', ${ISO('u."createdAt"')}, 'authorName', u."authorName")) ORDER BY u."createdAt" DESC, u.id DESC)
        FROM (SELECT n.*, w.name AS "authorName" FROM "FundingRoundUpdate" n JOIN "User" w ON w.id = n."authorId"
          WHERE n."roundId" = r.id ORDER BY n."createdAt" DESC, n.id DESC LIMIT 50) u), '[]'::json)))
  FROM r JOIN "Business" b ON b.id = r."businessId" JOIN "User" o ON o.id = b."ownerId"
    JOIN "Village" v ON v.id = b."villageId" JOIN "Cooperative" c ON c.id = r."cooperativeId",
    LATERAL (SELECT COALESCE(sum("amountIdr"), 0) AS raised, count(DISTINCT "householdId")::int AS investors
      FROM "Pledge" WHERE "roundId" = r.id AND status = 'ACTIVE') t, d))) AS body`;

// ── Writes: the rows the API writes for the same request, in one statement, without the API's rule checks (ticket
// range, target, caps, delivery quotes) and idempotent replays: the floor a write cannot go below. The person is the
// session cookie's, looked up by the token's hash in the same statement.
const SESSION_USER = `SELECT "userId" AS id FROM "Session"
  WHERE "tokenHash" = encode(sha256(convert_to($1, 'UTF8')), 'hex') AND "expiresAt" > now()`;

const addToCartSql = `WITH u AS (${SESSION_USER}),
  c AS (INSERT INTO "CartItem" (id, "userId", "productId", quantity) SELECT gen_random_uuid(), u.id, $2::uuid, $3 FROM u
    ON CONFLICT ("userId", "productId") DO UPDATE SET quantity = "CartItem".quantity + EXCLUDED.quantity RETURNING 1)
  SELECT json_build_object('data', json_build_object('addToCart', json_build_object('__typename',
    CASE WHEN EXISTS (SELECT 1 FROM c) THEN 'MutationAddToCartSuccess' ELSE 'ForbiddenError' END))) AS body`;

const checkoutSql = `WITH u AS (${SESSION_USER}),
  items AS (DELETE FROM "CartItem" c USING u WHERE c."userId" = u.id RETURNING c."productId", c.quantity),
  sold AS (UPDATE "Product" p SET stock = p.stock - i.quantity FROM items i
    WHERE p.id = i."productId" AND p.status = 'PUBLISHED' AND p.stock >= i.quantity
    RETURNING p.id, p.name, p."priceIdr", p."businessId", i.quantity),
  ck AS (INSERT INTO "Checkout" (id, "buyerId", "idempotencyKey", "totalIdr", "paymentMethod", "recipientName", phone,
      address)
    SELECT gen_random_uuid(), u.id, $2, (SELECT sum("priceIdr" * quantity) FROM sold), $3::"PaymentMethod", $4, $5, $6
    FROM u WHERE EXISTS (SELECT 1 FROM sold) RETURNING id, "buyerId"),
  o AS (INSERT INTO "Order" (id, number, "checkoutId", "businessId", "buyerId", "subtotalIdr", "deliveryMethod")
    SELECT gen_random_uuid(), 'DM-' || substr(md5(random()::text), 1, 16), ck.id, s."businessId", ck."buyerId",
      sum(s."priceIdr" * s.quantity), 'PICKUP'
    FROM ck, sold s GROUP BY ck.id, ck."buyerId", s."businessId" RETURNING id, "businessId"),
  l AS (INSERT INTO "OrderLine" (id, "orderId", "productId", "productName", "unitPriceIdr", quantity, "lineTotalIdr")
    SELECT gen_random_uuid(), o.id, s.id, s.name, s."priceIdr", s.quantity, s."priceIdr" * s.quantity
    FROM o JOIN sold s ON s."businessId" = o."businessId" RETURNING 1)
  SELECT json_build_object('data', json_build_object('placeOrder', CASE WHEN EXISTS (SELECT 1 FROM o)
    THEN json_build_object('__typename', 'MutationPlaceOrderSuccess', 'data', json_build_object('replayed', false,
      'checkout', json_build_object('orders', (SELECT json_agg(json_build_object('id',
        encode(convert_to('Order:' || o.id, 'UTF8'), 'base64'))) FROM o))))
    ELSE json_build_object('__typename', 'EmptyCartError', 'message', 'Keranjang kosong') END)) AS body`;

const pledgeSql = `WITH u AS (${SESSION_USER}),
  r AS (SELECT id, title FROM "FundingRound" WHERE id = $2::uuid AND status = 'OPEN' FOR UPDATE),
  h AS (SELECT h.id FROM "Household" h JOIN "HouseholdMember" m ON m."householdId" = h.id
    JOIN "User" us ON us."personId" = m."personId" JOIN u ON u.id = us.id WHERE h.id = $3::uuid FOR UPDATE OF h),
  e AS (INSERT INTO "JournalEntry" (id, "idempotencyKey", "requestHash", kind, memo)
    SELECT gen_random_uuid(), 'pledge:' || $5, repeat('0', 64), 'PLEDGE', 'Investasi ke putaran ' || r.title FROM r, h
    RETURNING id),
  p AS (INSERT INTO "Posting" (id, "entryId", "accountId", amount, currency)
    SELECT gen_random_uuid(), e.id, a.id, CASE WHEN a.kind = 'HOUSEHOLD_WALLET' THEN -$4::bigint ELSE $4::bigint END,
      'IDR'
    FROM e, "Account" a WHERE a.key IN ('household:' || $3 || ':wallet', 'round:' || $2 || ':escrow') RETURNING 1),
  pl AS (INSERT INTO "Pledge" (id, "roundId", "householdId", "amountIdr", "journalEntryId", "disclosureVersion")
    SELECT gen_random_uuid(), r.id, h.id, $4::bigint, e.id, $6 FROM r, h, e RETURNING id, "amountIdr")
  SELECT json_build_object('data', json_build_object('pledgeToRound', COALESCE((SELECT json_build_object(
    '__typename', 'MutationPledgeToRoundSuccess', 'data', json_build_object('pledge', json_build_object(
      'id', encode(convert_to('Pledge:' || pl.id, 'UTF8'), 'base64'), 'roundTitle', r.title,
      'amount', json_build_object('amount', pl."amountIdr"::text)))) FROM pl, r),
    json_build_object('__typename', 'ForbiddenError', 'message', 'Tidak boleh')))) AS body`;

const localId = (id: unknown) => Buffer.from(String(id), "base64").toString().split(":")[1];

type Handler = (variables: Record<string, unknown>, sessionToken: string) => [string, unknown[]];
const handlers: Record<string, Handler> = {
  BenchCatalogue: (v) => catalogueSql((v.filter ?? {}) as Record<string, unknown>),
  BenchCatalogueFiltered: (v) => catalogueSql((v.filter ?? {}) as Record<string, unknown>),
  BenchCatalogueSearch: (v) => catalogueSql((v.filter ?? {}) as Record<string, unknown>),
  BenchCatalogueSearchTypo: (v) => catalogueSql((v.filter ?? {}) as Record<string, unknown>),
  BenchProduct: (v) => [productSql, [v.slug]],
  BenchProvince: (v) => [provinceSql, [localId(v.id)]],
  BenchVillage: (v) => [villageSql, [v.code]],
  BenchRound: (v) => [roundSql, [v.slug]],
  BenchAddToCart: (v, token) => {
    const input = v.input as { productId: string; quantity: number };
    return [addToCartSql, [token, localId(input.productId), input.quantity]];
  },
  BenchCheckout: (v, token) => {
    const input = v.input as Record<string, string>;
    return [
      checkoutSql,
      [token, input.idempotencyKey, input.paymentMethod, input.recipientName, input.phone, input.address],
    ];
  },
  BenchPledge: (v, token) => {
    const input = v.input as Record<string, string>;
    return [
      pledgeSql,
      [
        token,
        localId(input.roundId),
        localId(input.householdId),
        input.amountIdr,
        input.idempotencyKey,
        input.acceptedDisclosureVersion,
      ],
    ];
  },
};

const server = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on("data", (chunk: Buffer) => chunks.push(chunk));
  request.on("end", () => {
    const body = JSON.parse(Buffer.concat(chunks).toString() || "{}") as {
      operationName?: string;
      variables?: Record<string, unknown>;
    };
    const handler = handlers[body.operationName ?? ""];
    if (!handler) {
      response.writeHead(404).end();
      return;
    }
    const token = /(?:^|;\s*)dm_session=([^;]+)/.exec(request.headers.cookie ?? "")?.[1] ?? "";
    const [sql, params] = handler(body.variables ?? {}, token);
    const text = sql.replace(/\) AS body$/, ")::text AS body");
    pool.query<{ body: string }>({ name: nameOf({ sql: text }), text, values: params }).then(
      ({ rows }) => {
        // Every statement answers one row; none means the database did not run it (counted as an error, not a crash).
        if (rows[0]) response.writeHead(200, { "content-type": "application/json" }).end(rows[0].body);
        else response.writeHead(500, { "content-type": "text/plain" }).end(`${body.operationName}: no row`);
      },
      (error: Error) => {
        response.writeHead(500, { "content-type": "text/plain" }).end(error.message);
      },
    );
  });
});
server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  console.log(
    JSON.stringify({
      port: typeof address === "object" && address ? address.port : 0,
      operations: Object.keys(handlers),
    }),
  );
});
process.once("SIGTERM", () => server.close(() => void pool.end().then(() => process.exit(0))));
