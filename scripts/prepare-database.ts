// Shared by `npm start` and `npm run dev`: pick the database, bring its schema up to date, seed an empty one.
import { seedDemoData } from "@desa-migran/api/seed";
import { seedProductPhotos } from "@desa-migran/api/seed/photos";
import { createPrismaClient, redactUrl, resolveDatabase } from "@desa-migran/db";
import { applyMigrations } from "@desa-migran/db/migrate";

export async function prepareDatabase() {
  const database = await resolveDatabase();
  try {
    const applied = await applyMigrations({ url: database.url });
    if (applied.length) console.log(`Migrations applied: ${applied.join(", ")}`);
    const prisma = createPrismaClient({ connectionString: database.url, maxConnections: 2 });
    try {
      const started = Date.now();
      const { seeded } = await seedDemoData(prisma);
      if (seeded) {
        const photos = await seedProductPhotos(prisma);
        console.log(`Demo data seeded in ${((Date.now() - started) / 1000).toFixed(1)} s (${photos} product photos)`);
      }
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

export { assertPortFree, readPort } from "./ports.ts";
