// Usage: node packages/db/src/cli/create-migration.ts <name> [--empty]
// Diffs schema.prisma against the schema of the last migration; needs no database.
import path from "node:path";
import { parseArgs } from "node:util";

import { createMigration } from "../create-migration.ts";

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { empty: { type: "boolean", default: false } },
});
const name = positionals.join(" ");
if (!name) {
  console.error(
    "Usage: npm run db:migration:create -- <name> [--empty]\n  --empty  create it even if schema.prisma did not change (for hand-written SQL)",
  );
  process.exit(2);
}
try {
  const result = await createMigration({ name, allowEmpty: values.empty });
  if (result.created) {
    console.log(`Created ${path.relative(process.cwd(), result.dir)}/migration.sql${result.sql ? "" : " (empty)"}`);
  } else {
    console.log(result.reason);
  }
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
