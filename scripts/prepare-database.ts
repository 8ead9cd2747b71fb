// Shared by `npm start` and `npm run dev`: pick the database, bring its schema up to date, seed an empty one.
import { createPrismaClient, redactUrl, resolveDatabase } from "@desa-migran/db";
import { applyMigrations } from "@desa-migran/db/migrate";

import { seedDemoData } from "../prisma/seed/index.ts";

export async function prepareDatabase() {
  const database = await resolveDatabase();
  try {
    const applied = await applyMigrations({ url: database.url });
    if (applied.length) console.log(`Migrations applied: ${applied.join(", ")}`);
    const prisma = createPrismaClient({ connectionString: database.url, maxConnections: 2 });
    try {
      const started = Date.now();
      const { seeded } = await seedDemoData(prisma);
      if (seeded) console.log(`Demo data seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    } finally {
      await prisma.$disconnect();
    }
  } catch (error) {
    await database.stop();
    throw error;
  }
  console.log(`Database: ${database.embedded ? "embedded PGlite (.data/pglite) at " : ""}${redactUrl(database.url)}`);
  return database;
}

/** Fails early, with one line, when a port is taken, instead of a stack trace from a child process. */
export async function assertPortFree(port: number, variable: string) {
  const { createServer } = await import("node:net");
  await new Promise<void>((resolve, reject) => {
    const probe = createServer();
    probe.once("error", () =>
      reject(new Error(`Port ${port} is already in use: stop the other process or set ${variable} to a free port.`)),
    );
    probe.listen(port, () => probe.close(() => resolve()));
  });
}

export function readPort(variable: string, fallback: number): number {
  const raw = process.env[variable];
  if (raw === undefined || raw === "") return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`${variable}="${raw}" is not a port number (1-65535).`);
  }
  return port;
}
