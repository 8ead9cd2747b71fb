// Writes the sorted SDL that clients (the web app, partners, gql.tada) type against; CI checks it is current.
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";

import { printSchema } from "graphql";

import { schema } from "./schema.ts";

export const SCHEMA_PATH = pathToFileURL(
  createRequire(import.meta.url).resolve("@desa-migran/graphql-client/schema.graphql"),
);
export const printedSchema = () => `${printSchema(schema)}\n`;

if (import.meta.main) {
  writeFileSync(SCHEMA_PATH, printedSchema());
  console.log(`Wrote ${SCHEMA_PATH.pathname}`);
}
