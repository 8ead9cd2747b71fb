// `npm run db:backup`: a backup of DATABASE_URL (pg_dump, custom format) or of the embedded database (PGlite's
// dump) into BACKUP_DIR (default backups/), keeping the newest BACKUP_KEEP (default 14). See README.
import path from "node:path";

import { redactUrl } from "@desa-migran/db";
import { backupDatabase } from "@desa-migran/db/backup";
import { defaultEmbeddedDataDir, repoRoot } from "@desa-migran/db/paths";

const url = process.env.DATABASE_URL?.trim() || undefined;
const keep = Number(process.env.BACKUP_KEEP ?? 14);
try {
  const backup = await backupDatabase({
    url,
    embeddedDataDir: defaultEmbeddedDataDir,
    dir: path.resolve(repoRoot, process.env.BACKUP_DIR || "backups"),
    keep: Number.isInteger(keep) && keep >= 0 ? keep : 14,
  });
  console.log(
    `Backed up ${url ? redactUrl(url) : "the embedded database (.data/pglite)"} to ${backup.file} ` +
      `(${(backup.bytes / 1024 / 1024).toFixed(1)} MiB).` +
      (backup.pruned.length ? ` Removed ${backup.pruned.length} older backup(s).` : ""),
  );
} catch (error) {
  console.error(`Backup failed: ${(error as Error).message}`);
  process.exitCode = 1;
}
