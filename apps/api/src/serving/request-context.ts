// What the HTTP layer needs to know about a GraphQL request once it is answered (operation name, error codes),
// carried in AsyncLocalStorage so the log line, the metrics and the unexpected-error log share one request id.
import { AsyncLocalStorage } from "node:async_hooks";

import { getOperationAST } from "graphql";
import type { Plugin } from "graphql-yoga";

export interface RequestContext {
  requestId: string;
  /** The executed operation's name; "anonymous" when it has none. Unset when nothing was executed. */
  operation?: string;
  /** "query", "mutation" or "subscription". */
  operationType?: string;
  /** extensions.code of each error in the result (GRAPHQL_VALIDATION_FAILED, BAD_USER_INPUT, …). */
  errorCodes: string[];
}

const storage = new AsyncLocalStorage<RequestContext>();

export function runWithRequestContext<T>(context: RequestContext, fn: () => T): T {
  return storage.run(context, fn);
}

export function currentRequestContext(): RequestContext | undefined {
  return storage.getStore();
}

/** Fills the current request context; does nothing outside one (e.g. `yoga.fetch` in tests). */
export function useRequestContext(): Plugin {
  return {
    // Before validation, so a refused document is still counted under its name (when it has only one operation).
    onValidate({ params }) {
      const context = storage.getStore();
      if (!context || context.operation) return;
      const operation = getOperationAST(params.documentAST);
      if (operation) {
        context.operation = operation.name?.value ?? "anonymous";
        context.operationType = operation.operation;
      }
    },
    onExecute({ args }) {
      const context = storage.getStore();
      if (!context) return;
      const operation = getOperationAST(args.document, args.operationName);
      context.operation = operation?.name?.value ?? "anonymous";
      context.operationType = operation?.operation;
    },
    onResultProcess({ result }) {
      const context = storage.getStore();
      if (!context) return;
      for (const single of Array.isArray(result) ? result : [result]) {
        const errors = (single as { errors?: readonly { extensions?: { code?: unknown } }[] }).errors ?? [];
        for (const error of errors) {
          const code = error.extensions?.code;
          context.errorCodes.push(typeof code === "string" ? code : "UNKNOWN");
        }
      }
    },
  };
}
