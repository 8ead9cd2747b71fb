import { readFile } from "node:fs/promises";
import { startEmbeddedDatabase } from "../../packages/db/src/embedded.ts";
import { createPrismaClient } from "../../packages/db/src/index.ts";
import { seedDemoData } from "./index.ts";
const emb = await startEmbeddedDatabase();
await emb.pglite.exec(await readFile("/tmp/seedwork/full.sql", "utf8"));
const prisma = createPrismaClient({ connectionString: emb.url });
const t = performance.now();
try {
  const r = await seedDemoData(prisma);
  console.log(JSON.stringify(r), Math.round(performance.now() - t), "ms");
} finally { await prisma.$disconnect(); await emb.stop(); }
