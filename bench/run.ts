// `npm run bench`: throughput and latency of the API's main reads and one money flow, on a fresh seeded embedded
// database (or TEST_DATABASE_URL), each printed with its ratio to a baseline measured in the same run
// (`{ __typename }`, which exercises HTTP, Yoga and context but no database), plus process memory.
import { performance } from "node:perf_hooks";

import { createTestDatabase } from "@desa-migran/db/testing";

import { startApiServer } from "../apps/api/src/server.ts";
import { demoSeedTemplate } from "../prisma/seed/template.ts";

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 400);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);

interface Result {
  name: string;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
}

async function measure(
  name: string,
  url: string,
  body: () => unknown,
  headers: Record<string, string> = {},
): Promise<Result> {
  const send = async () => {
    const started = performance.now();
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify(body()),
    });
    const json = (await response.json()) as { errors?: unknown };
    if (!response.ok || json.errors) throw new Error(`${name}: ${response.status} ${JSON.stringify(json.errors)}`);
    return performance.now() - started;
  };
  for (let i = 0; i < 20; i++) await send(); // warm-up: JIT, plan caches, pools
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next++ < REQUESTS) latencies.push(await send());
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!;
  return { name, rps: latencies.length / seconds, p50: at(0.5), p95: at(0.95), p99: at(0.99) };
}

const database = await createTestDatabase({ prepared: await demoSeedTemplate() });
const api = await startApiServer({ databaseUrl: database.url, port: 0, host: "127.0.0.1" });
const url = api.url.replace("localhost", "127.0.0.1");
const village = await database.prisma.village.findFirstOrThrow({ orderBy: { code: "asc" } });
const province = await database.prisma.province.findFirstOrThrow();
const provinceId = Buffer.from(`Province:${province.id}`).toString("base64");

const cases: [string, () => unknown][] = [
  ["baseline { __typename }", () => ({ query: "{ __typename }" })],
  [
    "catalogue: 24 products with business, village, category",
    () => ({
      query: `{ products(first: 24, filter: { inStock: true }) { totalCount edges { node { id name slug priceIdr { amount }
      unit imageUrl category { name } business { name village { name regency { name } } } } } } }`,
    }),
  ],
  [
    "catalogue search 'kopi'",
    () => ({ query: `{ products(first: 24, filter: { search: "kopi" }) { edges { node { id name } } } }` }),
  ],
  [
    "village page with businesses, cooperatives, stats",
    () => ({
      query: `query($code: String) { village(code: $code) { name businesses(first: 20) { totalCount edges { node { name products(first: 4) { edges { node { name } } } } } }
      cooperatives { name memberCount } stats { summary { remitted { amount } productiveShareBps businesses jobs fundsRaised { amount } repaymentRateBps }
      remittanceInflow { month corridorCountry amount { amount } } } } }`,
      variables: { code: village.code },
    }),
  ],
  [
    "partner aggregates for a province",
    () => ({
      query: `query($p: ID!) { node(id: $p) { ... on Province { stats { summary { remitted { amount } jobs } remittanceInflow { month amount { amount } } } } } }`,
      variables: { p: provinceId },
    }),
  ],
];

const rssBefore = process.memoryUsage().rss;
const results: Result[] = [];
for (const [name, body] of cases) results.push(await measure(name, url, body));
const baseline = results[0]!;

console.log(
  `\nDesa Migran API benchmark: ${REQUESTS} requests per case, ${CONCURRENCY} concurrent, database ${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "embedded PGlite"}`,
);
console.log(
  "case".padEnd(56),
  "req/s".padStart(8),
  "p50 ms".padStart(8),
  "p95 ms".padStart(8),
  "p99 ms".padStart(8),
  "  vs baseline",
);
for (const r of results) {
  console.log(
    r.name.padEnd(56),
    r.rps.toFixed(0).padStart(8),
    r.p50.toFixed(1).padStart(8),
    r.p95.toFixed(1).padStart(8),
    r.p99.toFixed(1).padStart(8),
    `  ${(baseline.rps / r.rps).toFixed(1)}x slower`,
  );
}
const rss = process.memoryUsage().rss;
console.log(
  `\nmemory: rss ${(rss / 2 ** 20).toFixed(0)} MiB (${((rss - rssBefore) / 2 ** 20).toFixed(0)} MiB grown during the run)`,
);

await api.stop();
await database.cleanup();
process.exit(0);
