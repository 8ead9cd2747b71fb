import { readFile } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../packages/db/src/generated/prisma/client.ts";
import { seedDemoData } from "./index.ts";
const db = await PGlite.create();
await db.exec(await readFile("/tmp/seedwork/full.sql", "utf8"));
const server = new PGLiteSocketServer({ db, port: 54329, host: "127.0.0.1" });
await server.start();
const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: "postgresql://postgres:postgres@127.0.0.1:54329/postgres?sslmode=disable", max: 1 }) });
const t = performance.now();
try {
  const r = await seedDemoData(prisma as any);
  console.log(JSON.stringify(r), Math.round(performance.now() - t), "ms");
  const t2 = performance.now();
  console.log(JSON.stringify(await seedDemoData(prisma as any)), Math.round(performance.now() - t2), "ms (second run)");
} finally { await prisma.$disconnect(); await server.stop(); await db.close(); }
