// Several replicas may run `npm run db:migrate` at the same moment (each container's start, a rolling deploy):
// the advisory lock in applyMigrations makes them take turns, so every run succeeds and each migration is applied
// once. Needs a PostgreSQL server (separate processes on one database); the embedded PGlite is one process.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { fileURLToPath } from "node:url";

import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { listMigrationDirectories } from "./migrations-folder.ts";
import { defaultMigrationsDir } from "./paths.ts";

const serverUrl = process.env.TEST_DATABASE_URL?.trim();
const cli = fileURLToPath(new URL("./cli/migrate.ts", import.meta.url));

function migrate(url: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli], { env: { ...process.env, DATABASE_URL: url } });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("exit", (code) => resolve({ code, output }));
  });
}

describe.skipIf(!serverUrl)("npm run db:migrate from several replicas at once (needs TEST_DATABASE_URL)", () => {
  const name = `prod_test_migrate_${randomBytes(4).toString("hex")}`;
  let adminUrl: string;
  let url: string;

  beforeAll(async () => {
    const admin = new URL(serverUrl!);
    admin.pathname = "/postgres";
    adminUrl = admin.toString();
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    await client.query(`CREATE DATABASE "${name}"`);
    await client.end();
    const target = new URL(serverUrl!);
    target.pathname = `/${name}`;
    url = target.toString();
  });
  afterAll(async () => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.end();
  });

  it("lets two concurrent runs on a fresh database both succeed, applying each migration once", async () => {
    // given a fresh, empty database and the repository's migrations
    const expected = await listMigrationDirectories(defaultMigrationsDir);
    // when two replicas migrate it at the same time
    const runs = await Promise.all([migrate(url), migrate(url)]);
    // then both succeed: one applied everything, the other found nothing left to do
    for (const run of runs) expect(run.code, run.output).toBe(0);
    const outputs = runs.map((run) => run.output).sort();
    expect(outputs.filter((output) => output.includes(`Applied ${expected.length} migration(s)`))).toHaveLength(1);
    expect(outputs.filter((output) => output.includes("is up to date; no migration applied"))).toHaveLength(1);
    // and the history holds each migration exactly once, finished
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query<{ migration_name: string; finished: boolean }>(
        'SELECT "migration_name", "finished_at" IS NOT NULL AS finished FROM "_prisma_migrations" ORDER BY "migration_name"',
      );
      expect(rows.map((row) => row.migration_name)).toEqual(expected);
      expect(rows.every((row) => row.finished)).toBe(true);
    } finally {
      await client.end();
    }
  });

  it("waits for the migration lock another replica holds before touching the database", async () => {
    // given a second fresh database and a replica holding the migration lock
    const other = new URL(url);
    other.pathname = `/${name}_b`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}_b"`);
    const holder = new pg.Client({ connectionString: other.toString() });
    await holder.connect();
    try {
      await holder.query("SELECT pg_advisory_lock(hashtext('desa-migran:migrate'))");
      // when another run starts
      const run = migrate(other.toString());
      await new Promise((resolve) => setTimeout(resolve, 2000));
      // then it has applied nothing while the lock is held
      const { rows } = await holder.query<{ exists: boolean }>(
        "SELECT to_regclass('_prisma_migrations') IS NOT NULL AS exists",
      );
      expect(rows[0]!.exists).toBe(false);
      // and it finishes once the lock is released
      await holder.query("SELECT pg_advisory_unlock(hashtext('desa-migran:migrate'))");
      const result = await run;
      expect(result.code, result.output).toBe(0);
      expect(result.output).toMatch(/Applied \d+ migration/);
    } finally {
      await holder.end();
      await admin.query(`DROP DATABASE IF EXISTS "${name}_b" WITH (FORCE)`);
      await admin.end();
    }
  });
});
