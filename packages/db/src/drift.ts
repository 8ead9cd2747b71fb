// Compares a live database with schema.prisma by introspecting the database, the way `prisma migrate diff
// --from-config-datasource --to-schema` would: the check that migrations really produce the schema.
import { readFile } from "node:fs/promises";
import path from "node:path";

import { createMigrationAdapterFactory } from "./migration-adapter.ts";
import { defaultSchemaPath } from "./paths.ts";
import { createSchemaEngine, describeEngineError, noFilters } from "./schema-engine.ts";

/**
 * The SQL that would turn the database at `url` into what `schemaPath` describes: empty string when they match.
 * CHECK constraints, triggers and functions are outside Prisma's model, so they never count as drift.
 */
export async function diffDatabaseToSchema(options: { url: string; schemaPath?: string }): Promise<string> {
  const schemaPath = path.resolve(options.schemaPath ?? defaultSchemaPath);
  const schema = await readFile(schemaPath, "utf8");
  const factory = createMigrationAdapterFactory({ url: options.url });
  let engine;
  try {
    engine = await createSchemaEngine({ adapterFactory: factory, schemaPath, schemaText: schema });
    const result = await engine.diff({
      // "schemaDatasource" = the database behind the schema's datasource, which here is the adapter's connection.
      from: {
        tag: "schemaDatasource",
        files: [{ path: schemaPath, content: schema }],
        configDir: path.dirname(schemaPath),
      },
      to: { tag: "schemaDatamodel", files: [{ path: schemaPath, content: schema }] },
      script: true,
      exitCode: true,
      filters: noFilters,
    });
    return result.exitCode === 2 ? (result.stdout ?? "") : "";
  } catch (error) {
    throw new Error(`Could not compare the database with ${schemaPath}: ${describeEngineError(error)}`, {
      cause: error,
    });
  } finally {
    engine?.free();
    await factory.close();
  }
}
