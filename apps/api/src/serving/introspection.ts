import { type DocumentNode, GraphQLError, Kind, visit } from "graphql";
import type { Plugin } from "graphql-yoga";

import type { Context } from "../context.ts";

const INTROSPECTION_FIELDS = new Set(["__schema", "__type"]);

function asksForIntrospection(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    [Kind.FIELD]: (node) => {
      if (INTROSPECTION_FIELDS.has(node.name.value)) found = true;
    },
  });
  return found;
}

/**
 * In production, anonymous callers may not introspect: the schema is published as a file
 * (GET /graphql/schema.graphql) for those who need it, and introspection on demand mostly helps scanners.
 * Platform admins and partner keys may still introspect (tooling such as codegen or GraphiQL-like clients).
 * `__typename` stays allowed for everyone.
 */
export function useIntrospectionForTrustedCallers(): Plugin<Context> {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const ctx = args.contextValue as Context;
      if (ctx.apiKey || ctx.user?.isPlatformAdmin) return;
      if (!asksForIntrospection(args.document)) return;
      setResultAndStopExecution({
        errors: [
          new GraphQLError(
            "Introspeksi skema tidak tersedia untuk umum; unduh skema di /graphql/schema.graphql. / " +
              "Introspection is disabled for anonymous callers; download the schema from /graphql/schema.graphql.",
            { extensions: { code: "INTROSPECTION_DISABLED", http: { status: 403 } } },
          ),
        ],
      });
    },
  };
}
