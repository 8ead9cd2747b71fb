// Usage: node packages/db/src/cli/migrate.ts
// Applies prisma/migrations to DATABASE_URL, or to the embedded database under .data/pglite when it is unset.
import { resolveDatabase } from "../database.ts";
import { redactUrl } from "../database-url.ts";
import { applyMigrations } from "../migrate.ts";

let stop = async () => {};
try {
  const database = await resolveDatabase({ env: process.env });
  stop = database.stop;
  const target = database.embedded ? "the embedded database (.data/pglite)" : redactUrl(database.url);
  const applied = await applyMigrations({ url: database.url });
  console.log(
    applied.length === 0
      ? `${target} is up to date; no migration applied.`
      : `Applied ${applied.length} migration(s) to ${target}:\n${applied.map((name) => `  ${name}`).join("\n")}`,
  );
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
} finally {
  await stop();
}
