// A stand-in database for schema-to-schema diffs, which need no database at all: the WASM schema engine still
// connects when it starts, and asks the server's version (to tell PostgreSQL from CockroachDB). Answer that one
// question and refuse everything else, so an operation that really needs a database fails loudly.
import {
  ColumnTypeEnum,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQuery,
  type SqlResultSet,
} from "@prisma/driver-adapter-utils";

/** The oldest PostgreSQL we deploy to; the engine may tailor SQL to the version, so aim at the lowest. */
const assumedVersionNum = 150000;

function refuse(what: string): never {
  throw new Error(`The offline schema engine has no database; it cannot run ${what}.`);
}

function offlineAdapter(): SqlDriverAdapter {
  return {
    provider: "postgres",
    adapterName: "desa-migran-offline",
    async queryRaw(query: SqlQuery): Promise<SqlResultSet> {
      if (/\bversion\(\)/.test(query.sql) && query.sql.includes("server_version_num")) {
        return {
          columnNames: ["exists", "version", "numeric_version"],
          columnTypes: [ColumnTypeEnum.Boolean, ColumnTypeEnum.Text, ColumnTypeEnum.Int32],
          rows: [[true, `PostgreSQL ${assumedVersionNum / 10000}.0 (offline, for schema diffs)`, assumedVersionNum]],
        };
      }
      refuse(`the query ${JSON.stringify(query.sql.trim().slice(0, 120))}`);
    },
    executeRaw: async (query) => refuse(`the statement ${JSON.stringify(query.sql.trim().slice(0, 120))}`),
    executeScript: async () => refuse("a script"),
    startTransaction: async () => refuse("a transaction"),
    getConnectionInfo: () => ({ supportsRelationJoins: true }),
    dispose: async () => {},
  };
}

export function offlineAdapterFactory(): SqlMigrationAwareDriverAdapterFactory {
  return {
    provider: "postgres",
    adapterName: "desa-migran-offline",
    connect: async () => offlineAdapter(),
    connectToShadowDb: async () => offlineAdapter(),
  };
}
