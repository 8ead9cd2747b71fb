import { readFile } from "node:fs/promises";
import { startEmbeddedDatabase } from "../../packages/db/src/embedded.ts";
import { createPrismaClient } from "../../packages/db/src/index.ts";
import { seedDemoData } from "./index.ts";
const emb = await startEmbeddedDatabase();
await emb.pglite.exec(await readFile("/tmp/seedwork/full.sql", "utf8"));
const base = createPrismaClient({ connectionString: emb.url });
const stats = new Map<string, [number, number]>();
const prisma = base.$extends({ query: { $allOperations: async ({ model, operation, args, query }) => {
  const t = performance.now(); const r = await query(args); const k = `${model ?? "raw"}.${operation}`;
  const s = stats.get(k) ?? [0, 0]; s[0]++; s[1] += performance.now() - t; stats.set(k, s); return r; } } });
const t = performance.now();
try {
  const r = await seedDemoData(prisma as any);
  console.log(Math.round(performance.now() - t), "ms");
  for (const [k, [n, ms]] of [...stats].sort((a, b) => b[1][1] - a[1][1])) console.log(k.padEnd(40), n, Math.round(ms));
} finally { await base.$disconnect(); await emb.stop(); }
