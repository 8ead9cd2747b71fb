// The embedded database's backup (PGlite's own data-directory dump) and restore into a new data directory.
// (PostgreSQL's pg_dump path is tested end to end in apps/api/test/production/backup.test.ts.)
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { backupDatabase, EMBEDDED_SUFFIX, restoreDatabase } from "./backup.ts";
import { startEmbeddedDatabase } from "./embedded.ts";
import { makeTempDir, query } from "./test-support.ts";

describe("embedded backup and restore", () => {
  let work: Awaited<ReturnType<typeof makeTempDir>>;
  beforeAll(async () => {
    work = await makeTempDir("backup");
  });
  afterAll(() => work?.remove());

  it("dumps the embedded database and restores it into a new data directory with its rows", async () => {
    // given an embedded database with rows
    const source = `${work.dir}/source`;
    const db = await startEmbeddedDatabase({ dataDir: source });
    await query(
      db.url,
      `CREATE TABLE "Note" ("id" SERIAL PRIMARY KEY, "body" TEXT); INSERT INTO "Note" ("body") VALUES ('a'), ('b'), ('c')`,
    );
    await db.stop();
    // when it is backed up (twice, keeping one) and restored elsewhere
    await backupDatabase({ embeddedDataDir: source, dir: `${work.dir}/backups`, keep: 1 });
    await new Promise((resolve) => setTimeout(resolve, 1100)); // backup names carry the second
    const backup = await backupDatabase({ embeddedDataDir: source, dir: `${work.dir}/backups`, keep: 1 });
    expect(backup.file.endsWith(EMBEDDED_SUFFIX)).toBe(true);
    expect(backup.pruned).toHaveLength(1);
    const target = `${work.dir}/restored`;
    await restoreDatabase({ file: backup.file, embeddedDataDir: target });
    // then the restored database holds the same rows
    const restored = await startEmbeddedDatabase({ dataDir: target });
    try {
      expect(await query(restored.url, `SELECT "body" FROM "Note" ORDER BY "id"`)).toEqual([
        { body: "a" },
        { body: "b" },
        { body: "c" },
      ]);
    } finally {
      await restored.stop();
    }
    // and restoring over a data directory that holds a database is refused
    await expect(restoreDatabase({ file: backup.file, embeddedDataDir: target })).rejects.toThrow(
      /already holds a database/,
    );
    // and a PGlite dump is not mistaken for a pg_dump
    await expect(
      restoreDatabase({ file: backup.file, url: "postgresql://x@127.0.0.1:1/x", embeddedDataDir: target }),
    ).rejects.toThrow(/dump of the embedded database/);
  });
});
