// `npm run bench`: the API's main reads measured against baselines started in the same run, from a separate load
// process (autocannon, pinned to core 0; servers pinned to core 1 where the machine has two cores).
//   - the API: apps/api/src/server.ts in production mode;
//   - static-yoga: bare graphql-yoga on the committed SDL returning the API's recorded response (no database);
//   - raw-pg: node:http + pg answering with one hand-written SQL statement (bench/baselines/raw-pg.ts), whose
//     answers are checked equal to the API's before anything is timed.
// Data: BENCH_DATABASE_URL (PostgreSQL; generated at national scale first when empty, see bench/national) or, when
// unset, a fresh copy of the demo seed (TEST_DATABASE_URL's server, or embedded PGlite).
// Each operation: warm-up, then BENCH_ROUNDS (default 5) interleaved rounds API / baselines, median ratios; then a
// fixed-rate run at half the API's capacity (p50/p95/p99) and a one-client run. Results: bench/results/.
import { randomUUID } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import { isDeepStrictEqual } from "node:util";

import { demoSeedTemplate } from "@desa-migran/api/seed/template";
import { createTestDatabase } from "@desa-migran/db/testing";
import pg from "pg";
import { format, resolveConfig } from "prettier";

import { FRESH_KEY, median, runLoad } from "./load.ts";
import { generateNationalData } from "./national/generate.ts";
import { buildOperations, type Operation, readFixtures } from "./operations.ts";
import { measurePages, type PageRow } from "./pages.ts";
import { pinLoadGenerator, rssMiB, startServer, twoCores } from "./servers.ts";
import { type VitalsRow, vitalsSkipped } from "./vitals.ts";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 8);

pinLoadGenerator();

/** The request's JSON body; a write's FRESH_KEY placeholder is replaced by runLoad on every request. */
const bodyOf = (request: Pick<Operation, "operationName" | "query" | "variables">) =>
  JSON.stringify({ operationName: request.operationName, query: request.query, variables: request.variables });

/** One request as the load would send it: the steps before it first, as the first connection's person. */
async function post(url: string, operation: Operation) {
  const cookie = operation.cookie ?? operation.cookies?.[0];
  const send = (body: string) =>
    fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
      body: body.replaceAll(FRESH_KEY, randomUUID()),
    });
  const steps: { operationName: string; data: unknown }[] = [];
  for (const step of operation.before ?? []) {
    const answer = (await (await send(bodyOf(step))).json()) as { data?: unknown };
    steps.push({ operationName: step.operationName, data: answer.data });
  }
  const response = await send(bodyOf(operation));
  return {
    steps,
    status: response.status,
    json: (await response.json().catch(() => null)) as { data?: unknown; errors?: unknown },
  };
}

/** The `__typename` of a mutation's one root field (its result union's member). */
function rootTypename(data: unknown): string {
  const root = Object.values(data as Record<string, { __typename?: string } | null>)[0];
  return root?.__typename ?? "";
}

// ── Data ──
let databaseUrl: string;
let cleanup = async () => {};
let dataset: string;
if (process.env.BENCH_DATABASE_URL) {
  databaseUrl = process.env.BENCH_DATABASE_URL;
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const { rows } = await client.query<{ exists: boolean }>(`SELECT to_regclass('"Product"') IS NOT NULL AS exists`);
  let products = rows[0]?.exists
    ? (await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Product"`)).rows[0]!.n
    : 0;
  await client.end();
  if (products === 0) {
    console.log(`Generating the national data set (BENCH_SCALE=${process.env.BENCH_SCALE ?? 1}) ...`);
    const generated = await generateNationalData({
      url: databaseUrl,
      scale: Number(process.env.BENCH_SCALE ?? 1),
      seed: Number(process.env.BENCH_SEED ?? 1),
    });
    products = generated.products;
  }
  dataset = `national data set (${products} products), PostgreSQL`;
} else {
  const database = await createTestDatabase({ prepared: await demoSeedTemplate() });
  databaseUrl = database.url;
  cleanup = database.cleanup;
  dataset = `demo seed, ${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "embedded PGlite"}`;
}
const fixtures = await readFixtures(databaseUrl);
const operations = buildOperations(fixtures).filter(
  (operation) => !process.env.BENCH_ONLY || operation.name.includes(process.env.BENCH_ONLY),
);

// ── Servers ──
const apiEnv = {
  NODE_ENV: "production",
  DATABASE_URL: databaseUrl,
  API_PORT: "0",
  API_HOST: "127.0.0.1",
  RATE_LIMIT_IP_POINTS: "1000000000",
  RATE_LIMIT_KEY_POINTS: "1000000000",
  NIK_PEPPER: process.env.NIK_PEPPER ?? "benchmark-pepper-not-a-secret-0123456789",
  // Production refuses to start without the marketplace's origin (CORS); the benchmark's clients send none.
  WEB_ORIGIN: "http://127.0.0.1",
};
// The data path itself, with no response cache, so every request reaches PostgreSQL like the raw-pg baseline;
// beside it the same API with its cache of anonymous reads, as production runs it.
const api = await startServer("apps/api/src/server.ts", [], { ...apiEnv, RESPONSE_CACHE: "off" });
const apiUrl = `http://127.0.0.1:${api.port}/graphql`;
const cachedApi = await startServer("apps/api/src/server.ts", [], { ...apiEnv, RESPONSE_CACHE: "on" });
const cachedApiUrl = `http://127.0.0.1:${cachedApi.port}/graphql`;
const recorded: Record<string, unknown> = {};
// Writes change what reads answer (a pledge adds to the village's funds raised): the writes are recorded first and
// checked last, so every read is recorded and checked against its baselines with no write in between.
const reads = operations.filter((operation) => !operation.write);
const writes = operations.filter((operation) => operation.write);
for (const operation of [...writes, ...reads]) {
  const { status, json, steps } = await post(apiUrl, operation);
  for (const step of steps) {
    if (!rootTypename(step.data).endsWith("Success")) {
      throw new Error(`${operation.name}: ${step.operationName} answered ${JSON.stringify(step.data)}`);
    }
    recorded[step.operationName] = step.data;
  }
  if (
    status !== 200 ||
    !json?.data ||
    json.errors ||
    (operation.write && !rootTypename(json.data).endsWith("Success"))
  ) {
    throw new Error(`${operation.name}: the API answered ${status} ${JSON.stringify(json?.errors ?? json)}`);
  }
  recorded[operation.operationName] = json.data;
}
const recordedFile = `${os.tmpdir()}/desa-migran-bench-${process.pid}.json`;
writeFileSync(recordedFile, JSON.stringify(recorded));
const staticYoga = await startServer("bench/baselines/static-yoga.ts", [recordedFile]);
const rawPg = await startServer("bench/baselines/raw-pg.ts", [databaseUrl]);
const baselines = {
  "static-yoga": `http://127.0.0.1:${staticYoga.port}/graphql`,
  "raw-pg": `http://127.0.0.1:${rawPg.port}/graphql`,
};

// Every baseline must give the API's exact answer, or it is not measuring the same work.
const rawOperations = new Set<string>();
for (const operation of [...reads, ...writes]) {
  for (const [name, url] of Object.entries(baselines)) {
    const { status, json } = await post(url, operation);
    if (name === "raw-pg" && status === 404) continue;
    // A write's answer carries new ids: the baseline must do the same kind of thing (the same result type).
    const same = operation.write
      ? json?.data != null && rootTypename(json.data) === rootTypename(recorded[operation.operationName])
      : isDeepStrictEqual(json?.data, recorded[operation.operationName]);
    if (!same) {
      throw new Error(
        `${name} answers ${operation.name} differently from the API:\n${JSON.stringify(json).slice(0, 2000)}\n` +
          `API: ${JSON.stringify(recorded[operation.operationName]).slice(0, 2000)}`,
      );
    }
    if (name === "raw-pg") rawOperations.add(operation.operationName);
  }
}

// ── Measurements ──
interface Row {
  operation: string;
  apiRps: number;
  staticRps: number;
  cachedRps: number | null;
  rawRps: number | null;
  vsStatic: number;
  vsRaw: number | null;
  apiHalfLoad: { p50: number; p95: number; p99: number };
  rawHalfLoad: { p50: number; p95: number; p99: number } | null;
  oneClientP95: number;
  /** The same one-client p95 for each baseline (raw-pg, static-yoga) and the cached API: the floors under it. */
  oneClientFloors: Record<string, number>;
  errors: number;
}
const rows: Row[] = [];
for (const operation of operations) {
  const body = bodyOf(operation);
  const headers = operation.cookie ? { cookie: operation.cookie } : undefined;
  // A checkout sends its steps in turn on each connection, each connection as its own buyer.
  const sequence = operation.before ? [...operation.before.map(bodyOf), body] : undefined;
  const cookies = operation.cookies;
  const targets: [string, string][] = [
    ["api", apiUrl],
    ["static-yoga", baselines["static-yoga"]],
  ];
  if (rawOperations.has(operation.operationName)) targets.push(["raw-pg", baselines["raw-pg"]]);
  // Signed-in reads are never cached: the cached API is measured for anonymous operations only.
  if (!operation.cookie && !operation.write) targets.push(["api-cached", cachedApiUrl]);
  for (const [, url] of targets)
    await runLoad({ url, body, sequence, cookies, headers, seconds: 1, connections: CONNECTIONS });
  const rps: Record<string, number[]> = {};
  const ratios: Record<string, number[]> = {};
  let errors = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const got: Record<string, number> = {};
    for (const [name, url] of targets) {
      const result = await runLoad({
        url,
        body,
        sequence,
        cookies,
        headers,
        seconds: SECONDS,
        connections: CONNECTIONS,
      });
      errors += result.errors;
      got[name] = result.rps;
      (rps[name] ??= []).push(result.rps);
    }
    for (const [name] of targets.slice(1)) {
      if (name !== "api-cached") (ratios[name] ??= []).push(got.api! / got[name]!);
    }
  }
  const apiRps = median(rps.api!);
  const half = await runLoad({
    url: apiUrl,
    body,
    sequence,
    cookies,
    headers,
    seconds: SECONDS * 2,
    connections: CONNECTIONS,
    // autocannon refuses a rate below 1 a second: an operation slower than 2 a second is paced at 1.
    rate: Math.max(1, apiRps / 2),
  });
  const rawHalf = rawOperations.has(operation.operationName)
    ? await runLoad({
        url: baselines["raw-pg"],
        body,
        sequence,
        cookies,
        headers,
        seconds: SECONDS * 2,
        connections: CONNECTIONS,
        // autocannon refuses a rate below 1 a second: an operation slower than 2 a second is paced at 1.
        rate: Math.max(1, apiRps / 2),
      })
    : null;
  const oneClient = await runLoad({ url: apiUrl, body, sequence, cookies, headers, seconds: SECONDS, connections: 1 });
  errors += half.errors + oneClient.errors;
  // One client against each baseline too: what part of the API's one-client time is the machine's floor (HTTP,
  // the socket to PostgreSQL, the query itself) and what part is the API's own work.
  const oneClientFloors: Record<string, number> = {};
  for (const [name, url] of targets.slice(1)) {
    const floor = await runLoad({ url, body, sequence, cookies, headers, seconds: SECONDS, connections: 1 });
    oneClientFloors[name] = floor.p95;
  }
  const row: Row = {
    operation: operation.name,
    apiRps,
    staticRps: median(rps["static-yoga"]!),
    cachedRps: rps["api-cached"] ? median(rps["api-cached"]) : null,
    rawRps: rps["raw-pg"] ? median(rps["raw-pg"]) : null,
    vsStatic: median(ratios["static-yoga"]!),
    vsRaw: ratios["raw-pg"] ? median(ratios["raw-pg"]) : null,
    apiHalfLoad: { p50: half.p50, p95: half.p95, p99: half.p99 },
    rawHalfLoad: rawHalf && { p50: rawHalf.p50, p95: rawHalf.p95, p99: rawHalf.p99 },
    oneClientP95: oneClient.p95,
    oneClientFloors,
    errors,
  };
  rows.push(row);
  console.log(
    `  ${row.operation}: ${row.apiRps.toFixed(0)} req/s, ${row.vsRaw ? `${(row.vsRaw * 100).toFixed(0)}% of raw-pg, ` : ""}${(row.vsStatic * 100).toFixed(0)}% of static-yoga`,
  );
}
const apiRss = rssMiB(api.child.pid);

// ── Pages (BENCH_PAGES=off skips them) ──
const pages = [
  { name: "catalogue /katalog", path: "/katalog" },
  { name: "home /", path: "/" },
  { name: "product /produk/…", path: `/produk/${fixtures.productSlug}` },
  { name: "village /desa/…", path: `/desa/${fixtures.villageCode}` },
].filter((page) => !process.env.BENCH_ONLY || page.name.includes(process.env.BENCH_ONLY));
const { rows: pageRows, vitals } =
  process.env.BENCH_PAGES === "off"
    ? { rows: [] as PageRow[], vitals: [] as VitalsRow[] }
    : await measurePages({
        apiUrl: cachedApiUrl,
        pages,
        // The issue's three: home, catalogue and product pages.
        vitals: pages.filter((page) => !page.name.startsWith("village")),
        rounds: ROUNDS,
        seconds: SECONDS,
        connections: CONNECTIONS,
      });

// ── Soak (BENCH_SOAK_SECONDS, e.g. 600): the API's memory under steady load, sampled every 30 seconds ──
const soakSeconds = Number(process.env.BENCH_SOAK_SECONDS ?? 0);
const soak: { seconds: number; rate: number; rssMiB: number[]; requests: number; errors: number } | null =
  soakSeconds > 0 ? { seconds: soakSeconds, rate: 0, rssMiB: [rssMiB(api.child.pid)], requests: 0, errors: 0 } : null;
if (soak) {
  // A mix of the measured operations, each at a steady rate: half of what the slowest one sustained.
  const mixed = operations.map((operation) => ({
    url: apiUrl,
    body: bodyOf(operation),
    sequence: operation.before ? [...operation.before.map(bodyOf), bodyOf(operation)] : undefined,
    cookies: operation.cookies,
    headers: operation.cookie ? { cookie: operation.cookie } : undefined,
  }));
  soak.rate = Math.max(1, Math.min(...rows.map((row) => row.apiRps)) / 2);
  console.log(`Soak: ${soakSeconds} s of ${mixed.length} operations at ${soak.rate.toFixed(0)} req/s each ...`);
  for (let elapsed = 0; elapsed < soakSeconds; elapsed += 30) {
    const results = await Promise.all(
      mixed.map((target) => runLoad({ ...target, seconds: 30, connections: 2, rate: soak.rate })),
    );
    for (const result of results) {
      soak.requests += result.rps * 30;
      soak.errors += result.errors;
    }
    soak.rssMiB.push(rssMiB(api.child.pid));
  }
}

// ── Report ──
const pgVersion = await (async () => {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const { rows: version } = await client.query<{ server_version: string }>("SHOW server_version");
  await client.end();
  return version[0]!.server_version;
})();
const meta = {
  date: new Date().toISOString(),
  machine: `${os.cpus()[0]?.model ?? "cpu"} x${os.cpus().length}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB`,
  node: process.version,
  postgres: pgVersion,
  dataset,
  rounds: ROUNDS,
  secondsPerRun: SECONDS,
  connections: CONNECTIONS,
  pinned: twoCores ? "load on core 0, servers on core 1" : "not pinned (one core)",
  apiRssMiB: apiRss,
};
const fmt = (n: number | null | undefined, digits = 0) => (n == null ? "–" : n.toFixed(digits));
const pct = (n: number | null) => (n == null ? "–" : `${(n * 100).toFixed(0)}%`);
const table = [
  "| operation | API req/s | raw-pg req/s | API / raw-pg | static-yoga req/s | API / static | API with cache req/s | p50 / p95 / p99 ms at half load (API) | same for raw-pg | one client p95 ms (API / raw-pg / static-yoga / cached API) | errors |",
  "| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- | --- | ---: |",
  ...rows.map(
    (r) =>
      `| ${r.operation} | ${fmt(r.apiRps)} | ${fmt(r.rawRps)} | ${pct(r.vsRaw)} | ${fmt(r.staticRps)} | ${pct(r.vsStatic)} | ${fmt(r.cachedRps)} | ` +
      `${fmt(r.apiHalfLoad.p50, 1)} / ${fmt(r.apiHalfLoad.p95, 1)} / ${fmt(r.apiHalfLoad.p99, 1)} | ` +
      `${r.rawHalfLoad ? `${fmt(r.rawHalfLoad.p50, 1)} / ${fmt(r.rawHalfLoad.p95, 1)} / ${fmt(r.rawHalfLoad.p99, 1)}` : "–"} | ` +
      `${[
        r.oneClientP95,
        r.oneClientFloors["raw-pg"],
        r.oneClientFloors["static-yoga"],
        r.oneClientFloors["api-cached"],
      ]
        .map((ms) => fmt(ms, 1))
        .join(" / ")} | ${r.errors} |`,
  ),
].join("\n");
const pageTable = pageRows.length
  ? [
      "\n## Pages (SSR through the web server, against the same HTML as a static file through the same server)\n",
      "| page | SSR pages/s | static pages/s | SSR / static | p50 / p95 / p99 ms at half load | HTML KiB | errors |",
      "| --- | ---: | ---: | ---: | --- | ---: | ---: |",
      ...pageRows.map(
        (r) =>
          `| ${r.page} | ${fmt(r.ssrRps)} | ${fmt(r.staticRps)} | ${pct(r.vsStatic)} | ` +
          `${fmt(r.halfLoad.p50, 1)} / ${fmt(r.halfLoad.p95, 1)} / ${fmt(r.halfLoad.p99, 1)} | ${fmt(r.htmlKiB)} | ${r.errors} |`,
      ),
    ].join("\n")
  : "";
const vitalsText =
  process.env.BENCH_PAGES === "off"
    ? ""
    : vitals.length
      ? [
          "\n## Pages on a cheap phone (Chromium, 390 px, CPU 4x slower, 400 kbit/s, 400 ms RTT, nothing cached)\n",
          "| page | LCP ms (target ≤ 2500) | CLS (target ≤ 0.05) | largest paint |",
          "| --- | ---: | ---: | --- |",
          ...vitals.map((v) => `| ${v.page} | ${fmt(v.lcpMs)} | ${fmt(v.cls, 3)} | ${v.lcpElement} |`),
        ].join("\n")
      : `\n## Pages on a cheap phone\n\nNot measured: ${vitalsSkipped}.\n`;
const soakText = soak
  ? `\n## Soak\n\n${soak.seconds} s, every operation at ${fmt(soak.rate)} req/s, ${fmt(soak.requests)} requests, ` +
    `${soak.errors} errors. API RSS (MiB) every 30 s: ${soak.rssMiB.join(", ")}; growth from the first minute to the ` +
    `end: ${soak.rssMiB.at(-1)! - soak.rssMiB[Math.min(2, soak.rssMiB.length - 1)]!} MiB.\n`
  : "";
const markdown = `# Benchmark ${meta.date}\n\n${Object.entries(meta)
  .map(([k, v]) => `- ${k}: ${v}`)
  .join("\n")}\n\n${table}\n${pageTable}\n${vitalsText}\n${soakText}`;
console.log(`\n${markdown}`);
mkdirSync("bench/results", { recursive: true });
const stamp = meta.date.replace(/[:.]/g, "-");
// Written as the repository's formatter would, so a committed result passes `npm run lint` as it is.
const formatted = async (file: string, text: string) =>
  format(text, { ...(await resolveConfig(file)), filepath: file });
const resultFile = `bench/results/${stamp}`;
writeFileSync(`${resultFile}.md`, await formatted(`${resultFile}.md`, markdown));
writeFileSync(
  `${resultFile}.json`,
  await formatted(`${resultFile}.json`, JSON.stringify({ meta, rows, pages: pageRows, vitals, soak })),
);
console.log(`Written bench/results/${stamp}.md and .json`);

await cleanup();
process.exit(0);
