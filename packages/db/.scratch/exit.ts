import { startEmbeddedDatabase } from "../src/embedded.ts";
import { applyMigrations } from "../src/migrate.ts";
import { createPrismaClient } from "../src/index.ts";
const mode = process.argv[2];
const db = await startEmbeddedDatabase();
if (mode !== "none") await applyMigrations({ url: db.url, migrationsDir: "/tmp/smoke-migrations" });
if (mode === "prisma") { const p = createPrismaClient({ connectionString: db.url }); await p.province.count(); await p.$disconnect(); }
await db.stop();
const t = Date.now();
process.on("exit", () => console.log(mode, "exit after", Date.now() - t));
