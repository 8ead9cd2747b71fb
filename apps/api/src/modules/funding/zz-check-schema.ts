import { printSchema } from "graphql";
import { schema } from "../../schema.ts";
const s = printSchema(schema);
for (const name of process.argv.slice(2)) {
  const m = new RegExp(`\\n(type|input|enum|union) ${name}\\b[^]*?\\n}`).exec(s);
  console.log(m?.[0] ?? `missing ${name}`);
}
