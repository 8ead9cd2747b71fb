// `npm run db:backup` and `npm run db:restore` on PostgreSQL: a seeded database backed up, restored into a new one,
// with the same rows in every table, a balanced ledger, and cached balances that still equal their postings (the
// balance triggers must not fire again while the postings are loaded). Needs a server: skipped on embedded PGlite.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import { createTestDatabase, type TestDatabase } from "@desa-migran/db/testing";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { demoSeedTemplate } from "../../seed/template.ts";
import { embeddedDatabase, repoRoot } from "./serve-process.ts";

const script = (name: string, args: string[], env: Record<string, string>) =>
  spawnSync(process.execPath, [`scripts/${name}.ts`, ...args], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    encoding: "utf8",
    timeout: 120_000,
  });

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function rowCounts(url: string): Promise<Record<string, number>> {
  return withClient(url, async (client) => {
    const tables = await client.query<{ tablename: string }>(
      "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
    );
    const counts: Record<string, number> = {};
    for (const { tablename } of tables.rows) {
      const { rows } = await client.query<{ count: string }>(`SELECT count(*) FROM "${tablename}"`);
      counts[tablename] = Number(rows[0]!.count);
    }
    return counts;
  });
}

describe.skipIf(embeddedDatabase)("npm run db:backup / db:restore (PostgreSQL; skipped on embedded PGlite)", () => {
  let source: TestDatabase;
  let backupDir: string;
  const restoredName = `prod_test_restore_${randomBytes(4).toString("hex")}`;
  let adminUrl: string;
  let restoredUrl: string;

  beforeAll(async () => {
    source = await createTestDatabase({ prepared: await demoSeedTemplate() });
    backupDir = await mkdtemp(path.join(tmpdir(), "desa-migran-backup-"));
    const admin = new URL(source.url);
    admin.pathname = "/postgres";
    adminUrl = admin.toString();
    await withClient(adminUrl, (client) => client.query(`CREATE DATABASE "${restoredName}"`));
    const restored = new URL(source.url);
    restored.pathname = `/${restoredName}`;
    restoredUrl = restored.toString();
  }, 180_000);
  afterAll(async () => {
    await withClient(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${restoredName}" WITH (FORCE)`));
    await source?.cleanup();
    await rm(backupDir, { recursive: true, force: true });
  });

  it("restores a seeded database into a new one with every row and a balanced ledger", async () => {
    // given a seeded database with a ledger
    const before = await rowCounts(source.url);
    expect(before.Posting).toBeGreaterThan(0);
    // when it is backed up
    const backup = script("db-backup", [], { DATABASE_URL: source.url, BACKUP_DIR: backupDir });
    expect(backup.status, backup.stderr).toBe(0);
    const files = await readdir(backupDir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^desa-migran-\d{8}T\d{6}Z\.dump$/);
    // and restored into a new, empty database
    const restore = script("db-restore", [path.join(backupDir, files[0]!)], { DATABASE_URL: restoredUrl });
    expect(restore.status, restore.stderr).toBe(0);
    // then every table holds the same number of rows
    expect(await rowCounts(restoredUrl)).toEqual(before);
    await withClient(restoredUrl, async (client) => {
      // and every journal entry's postings balance (debits = credits)
      const unbalanced = await client.query(
        'SELECT "entryId" FROM "Posting" GROUP BY "entryId" HAVING sum("amount") <> 0',
      );
      expect(unbalanced.rowCount).toBe(0);
      // and no balance was counted twice while the postings were loaded
      const drift = await client.query(`
        SELECT a."id" FROM "Account" a LEFT JOIN "Posting" p ON p."accountId" = a."id"
        GROUP BY a."id", a."balance" HAVING a."balance" <> coalesce(sum(p."amount"), 0)`);
      expect(drift.rowCount).toBe(0);
      // and the search's planner costs on pg_trgm's operators, which pg_dump does not carry, were set again
      const costs = await client.query<{ procost: number }>(
        "SELECT procost FROM pg_proc WHERE proname IN ('strict_word_similarity_op', 'strict_word_similarity_commutator_op')",
      );
      expect(costs.rows.map((row) => Number(row.procost))).toEqual([100, 100]);
      // and the migration history came along, so `npm run db:migrate` finds nothing to do
      const migrate = spawnSync(process.execPath, ["packages/db/src/cli/migrate.ts"], {
        cwd: repoRoot,
        env: { ...process.env, DATABASE_URL: restoredUrl },
        encoding: "utf8",
      });
      expect(migrate.stdout).toMatch(/up to date/);
    });
  });

  it("refuses to restore over a database that holds data", () => {
    const files = spawnSync("ls", [backupDir], { encoding: "utf8" }).stdout.trim().split("\n");
    const again = script("db-restore", [path.join(backupDir, files[0]!)], { DATABASE_URL: source.url });
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/is not empty .*Restore into a new database/);
  });
});
