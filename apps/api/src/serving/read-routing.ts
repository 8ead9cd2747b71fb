import { getOperationAST } from "graphql";
import type { Plugin } from "graphql-yoga";

import type { Context } from "../context.ts";

/**
 * Sends queries of anonymous visitors and partner keys (the catalogue, villages, aggregates: most of the read
 * load) to the read replicas. Signed-in users and every mutation stay on the primary: a replica lags, and a person
 * who has just changed something must see it on the next page.
 */
export function useReadReplicaRouting(readPrisma: Context["prisma"]): Plugin<Context> {
  return {
    onExecute({ args }) {
      const context = args.contextValue as Context;
      if (context.user) return;
      if (getOperationAST(args.document, args.operationName)?.operation !== "query") return;
      context.prisma = readPrisma;
    },
  };
}
