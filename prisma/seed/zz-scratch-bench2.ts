import { readFile } from "node:fs/promises";
import { startEmbeddedDatabase } from "../../packages/db/src/embedded.ts";
import { createPrismaClient } from "../../packages/db/src/index.ts";
import { postEntry } from "../../apps/api/src/modules/ledger/service.ts";
const emb = await startEmbeddedDatabase();
await emb.pglite.exec(await readFile("/tmp/seedwork/full.sql", "utf8"));
const prisma = createPrismaClient({ connectionString: emb.url, log: process.env.QLOG ? ["query"] : [] });
await prisma.$transaction(async (tx) => {
  const ext = { key: "external:world:IDR", kind: "EXTERNAL" as const, name: "x", allowNegative: true };
  const n = Number(process.env.N ?? 100);
  let t = performance.now();
  for (let i = 0; i < n; i++) {
    await postEntry(tx, { idempotencyKey: "k" + i, kind: "T", request: { i }, postings: [{ account: ext, amount: -100n }, { account: { key: "w" + (i % 20), kind: "HOUSEHOLD_WALLET", name: "w" }, amount: 100n }] });
  }
  console.log("postEntry(2)", ((performance.now() - t) / n).toFixed(2), "ms");
}, { timeout: 100000 });
await prisma.$disconnect(); await emb.stop();
