// Where things live, found relative to this file so scripts work from any working directory.
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The monorepo root: packages/db/src -> ../../.. */
export const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));

export const defaultSchemaPath = path.join(repoRoot, "prisma", "schema.prisma");
export const defaultMigrationsDir = path.join(repoRoot, "prisma", "migrations");
/** The embedded database keeps its files here (gitignored) when no DATABASE_URL is set. */
export const defaultEmbeddedDataDir = path.join(repoRoot, ".data", "pglite");
