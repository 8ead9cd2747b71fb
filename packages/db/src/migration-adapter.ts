// The driver adapter the schema engine talks to: @prisma/adapter-pg, corrected in two places where its behaviour
// differs from Prisma's native engine, and tracking every connection so callers can close them all.
import { PrismaPg } from "@prisma/adapter-pg";
import {
  ColumnTypeEnum,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQuery,
  type SqlResultSet,
} from "@prisma/driver-adapter-utils";

/** Postgres' internal one-byte "char" type (pg_constraint.contype and friends). */
const INTERNAL_CHAR_OID = 18;
const TEXT_OID = 25;

// The parts of adapter-pg's connection class that are patched below (not in its public types).
type PgResult = { fields: { dataTypeID: number }[]; rows: unknown[] };
type PatchableAdapter = SqlDriverAdapter & { performIO(query: SqlQuery): Promise<PgResult | PgResult[]> };

/**
 * 1. adapter-pg's executeScript splits the script on every ";" (breaking string literals and function bodies) and
 *    sends each piece separately, so a failing statement leaves the earlier ones applied. Prisma's native engine
 *    sends the whole migration as ONE simple-protocol query, which Postgres runs as one implicit transaction: a
 *    failure rolls the whole migration back. Do the same (executeRaw with no parameters uses the simple protocol).
 * 2. adapter-pg rejects result columns of type "char", which the engine's schema describer reads from the catalogs
 *    (so introspecting a live database failed). Read them as text and report them as Character, which is what the
 *    native engine gives the describer.
 */
function patchAdapter(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const patchable = adapter as PatchableAdapter;
  const charColumns = new WeakMap<object, number[]>();
  const performIO = patchable.performIO.bind(patchable);
  patchable.performIO = async (query) => {
    const result = await performIO(query);
    if (!Array.isArray(result)) {
      const columns: number[] = [];
      result.fields.forEach((field, index) => {
        if (field.dataTypeID === INTERNAL_CHAR_OID) {
          field.dataTypeID = TEXT_OID;
          columns.push(index);
        }
      });
      // queryRaw returns this same rows array, so it identifies the result set afterwards.
      if (columns.length > 0) charColumns.set(result.rows, columns);
    }
    return result;
  };
  const queryRaw = adapter.queryRaw.bind(adapter);
  adapter.queryRaw = async (query: SqlQuery): Promise<SqlResultSet> => {
    const resultSet = await queryRaw(query);
    for (const index of charColumns.get(resultSet.rows) ?? []) resultSet.columnTypes[index] = ColumnTypeEnum.Character;
    return resultSet;
  };
  adapter.executeScript = async (script: string) => {
    await adapter.executeRaw({ sql: script, args: [], argTypes: [] });
  };
  return adapter;
}

export interface MigrationAdapterFactory extends SqlMigrationAwareDriverAdapterFactory {
  /** Closes every connection pool this factory opened (the engine itself never does). */
  close(): Promise<void>;
}

export function createMigrationAdapterFactory(options: {
  url: string;
  /** Supplies a fresh, empty database when the engine asks for a shadow database. */
  connectToShadowDb?: () => Promise<SqlDriverAdapter>;
}): MigrationAdapterFactory {
  const pg = new PrismaPg({ connectionString: options.url });
  const opened: SqlDriverAdapter[] = [];
  const track = (adapter: SqlDriverAdapter) => {
    opened.push(adapter);
    return patchAdapter(adapter);
  };
  return {
    provider: pg.provider,
    adapterName: pg.adapterName,
    connect: async () => track(await pg.connect()),
    connectToShadowDb: async () => {
      // adapter-pg's own shadow database is a CREATE DATABASE on the same server, but the embedded PGlite serves one
      // database whatever name a client asks for, so the "shadow" would be the real database. Only use one we are
      // handed explicitly.
      if (!options.connectToShadowDb) {
        throw new Error("This operation needs a shadow database; none was configured for the schema engine.");
      }
      return track(await options.connectToShadowDb());
    },
    close: async () => {
      const adapters = opened.splice(0);
      await Promise.allSettled(adapters.map((adapter) => adapter.dispose()));
    },
  };
}

export { patchAdapter };
