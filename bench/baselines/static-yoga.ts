// Baseline: bare graphql-yoga on the committed SDL, answering each benchmark operation with the response the real
// API gave (recorded by bench/run.ts), so it costs HTTP + parsing + validation + execution, and no database.
// Usage (started by bench/run.ts): node bench/baselines/static-yoga.ts <recorded.json>; prints its port.
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";

import { buildSchema, type GraphQLResolveInfo, isAbstractType } from "graphql";
import { createYoga } from "graphql-yoga";

const recorded = JSON.parse(readFileSync(process.argv[2]!, "utf8")) as Record<string, Record<string, unknown>>;
const schema = buildSchema(
  readFileSync(createRequire(import.meta.url).resolve("@desa-migran/graphql-client/schema.graphql"), "utf8"),
);

// Root fields read the recorded data of the running operation; nested fields use graphql's default resolver.
for (const field of [schema.getQueryType()!, schema.getMutationType()!].flatMap((type) =>
  Object.values(type.getFields()),
)) {
  field.resolve = (_root, _args, _ctx, info: GraphQLResolveInfo) =>
    recorded[info.operation.name?.value ?? ""]?.[info.path.key as string];
}
for (const type of Object.values(schema.getTypeMap())) {
  if (isAbstractType(type)) type.resolveType = (value) => (value as { __typename: string }).__typename;
}

const yoga = createYoga({ schema, logging: false, graphiql: false, maskedErrors: true });
const server = createServer(yoga);
server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  console.log(JSON.stringify({ port: typeof address === "object" && address ? address.port : 0 }));
});
process.once("SIGTERM", () => server.close(() => process.exit(0)));
