// `npm run db:restore -- <backup file>`: into the new, empty database at DATABASE_URL (a pg_dump), or into a new
// embedded database under .data/pglite (a PGlite dump). Refuses a database that already holds tables.
import path from "node:path";

import { restoreDatabase } from "@desa-migran/db/backup";
import { defaultEmbeddedDataDir } from "@desa-migran/db/paths";

const file = process.argv[2];
if (!file) {
  console.error("Usage: npm run db:restore -- <backup file>   (DATABASE_URL: a new, empty database)");
  process.exit(1);
}
try {
  const target = await restoreDatabase({
    file: path.resolve(file),
    url: process.env.DATABASE_URL?.trim() || undefined,
    embeddedDataDir: defaultEmbeddedDataDir,
  });
  console.log(`Restored ${file} into ${target}. Run \`npm run db:migrate\` if the backup predates the code.`);
} catch (error) {
  console.error(`Restore failed: ${(error as Error).message}`);
  process.exitCode = 1;
}
