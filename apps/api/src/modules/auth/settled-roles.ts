import { getOperationAST } from "graphql";
import type { Plugin } from "graphql-yoga";

import type { Context } from "../../context.ts";

/**
 * Marks a query's session roles as settled: nothing a query runs can grant a role, so the roles read with the
 * session answer every scope check, "no" included, without a statement (auth/scopes.ts). A mutation may grant one
 * (a business just created, a household just registered) and keeps asking the database for a "no".
 */
export function useSettledRoles(): Plugin<Context> {
  return {
    onExecute({ args }) {
      const context = args.contextValue as Context;
      if (getOperationAST(args.document, args.operationName)?.operation === "query") context.rolesSettled = true;
    },
  };
}
