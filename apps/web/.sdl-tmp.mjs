import { readFileSync } from "node:fs";
import { buildSchema, printType } from "graphql";
const s = buildSchema(readFileSync("packages/graphql-client/schema.graphql","utf8"));
for (const n of process.argv.slice(2)) { const t = s.getType(n); if (!t) { console.log("MISSING", n); continue; } console.log(printType(t).replace(/ *""".*?"""\n/gs,"").replace(/ *"[^"\n]*"\n/g,"")); }
const q = s.getQueryType().getFields();
if (process.argv.includes("Query")) {}
