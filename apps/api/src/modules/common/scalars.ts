import { GraphQLError, Kind } from "graphql";

import { builder } from "../../builder.ts";

builder.scalarType("DateTime", {
  description: "A point in time, as an ISO 8601 string in UTC (e.g. 2026-11-28T07:30:00.000Z).",
  serialize: (value) => value.toISOString(),
  parseValue: (value) => parseDate(value),
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError("DateTime must be an ISO 8601 string.");
    return parseDate(ast.value);
  },
});

function parseDate(value: unknown): Date {
  if (typeof value !== "string" || value.length > 40) throw new GraphQLError("DateTime must be an ISO 8601 string.");
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw new GraphQLError(`"${value.slice(0, 40)}" is not a valid ISO 8601 date.`);
  return date;
}
