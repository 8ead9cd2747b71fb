// Writes the sorted SDL that clients (the web app, partners, gql.tada) type against; CI checks it is current.
import { writeFileSync } from "node:fs";

import { printSchema } from "graphql";

import { schema } from "./schema.ts";

export const SCHEMA_PATH = new URL("../../../packages/graphql-client/schema.graphql", import.meta.url);
export const printedSchema = () => `${printSchema(schema)}\n`;

if (import.meta.main) {
  writeFileSync(SCHEMA_PATH, printedSchema());
  console.log(`Wrote ${SCHEMA_PATH.pathname}`);
}
