// Records every row written to the test database, so a refused call can be shown to have changed nothing.
import type { PrismaClient } from "@desa-migran/db";

/**
 * Columns that reading alone touches (a session's or a key's last use): a change to only these is not a write.
 */
const TOUCH_COLUMNS = ["lastSeenAt", "lastUsedAt"];

/** Installs a row trigger on every table; returns a counter of the writes recorded since installation. */
export async function installWriteLog(prisma: PrismaClient) {
  const ignored = TOUCH_COLUMNS.map((c) => ` - '${c}'`).join("");
  await prisma.$executeRawUnsafe(
    `CREATE TABLE "_authz_write" ("id" bigserial PRIMARY KEY, "table" text NOT NULL, "op" text NOT NULL)`,
  );
  await prisma.$executeRawUnsafe(`
    CREATE FUNCTION "_authz_log_write"() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'UPDATE' AND (to_jsonb(NEW)${ignored}) = (to_jsonb(OLD)${ignored}) THEN RETURN NULL; END IF;
      INSERT INTO "_authz_write" ("table", "op") VALUES (TG_TABLE_NAME, TG_OP);
      RETURN NULL;
    END $$`);
  await prisma.$executeRawUnsafe(`
    DO $$ DECLARE t text; BEGIN
      FOR t IN SELECT tablename FROM pg_tables
               WHERE schemaname = current_schema() AND tablename NOT IN ('_authz_write', '_prisma_migrations') LOOP
        EXECUTE format('CREATE TRIGGER "_authz_log_write" AFTER INSERT OR UPDATE OR DELETE ON %I
                        FOR EACH ROW EXECUTE FUNCTION "_authz_log_write"()', t);
      END LOOP;
    END $$`);
  return {
    /** The id of the last write recorded (0 when none). */
    async mark(): Promise<bigint> {
      const [row] = await prisma.$queryRawUnsafe<{ last: bigint | null }[]>(
        `SELECT max("id") AS "last" FROM "_authz_write"`,
      );
      return row?.last ?? 0n;
    },
    /** Tables written after a mark, e.g. ["Order INSERT"]. */
    async since(mark: bigint): Promise<string[]> {
      const rows = await prisma.$queryRawUnsafe<{ table: string; op: string }[]>(
        `SELECT "table", "op" FROM "_authz_write" WHERE "id" > $1 ORDER BY "id"`,
        mark,
      );
      return rows.map((r) => `${r.table} ${r.op}`);
    },
  };
}
