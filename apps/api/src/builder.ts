import type PrismaTypes from "@desa-migran/db/pothos-types";
import { getDatamodel } from "@desa-migran/db/pothos-types";
import SchemaBuilder, { PothosValidationError } from "@pothos/core";
import ComplexityPlugin from "@pothos/plugin-complexity";
import DataloaderPlugin from "@pothos/plugin-dataloader";
import ErrorsPlugin from "@pothos/plugin-errors";
import PrismaPlugin from "@pothos/plugin-prisma";
import RelayPlugin, { decodeGlobalID } from "@pothos/plugin-relay";
import ScopeAuthPlugin from "@pothos/plugin-scope-auth";
import SimpleObjectsPlugin from "@pothos/plugin-simple-objects";
import ValidationPlugin from "@pothos/plugin-validation";
import { getNullableType, GraphQLError, isListType } from "graphql";

import type { Context } from "./context.ts";
import { createScopes, type Scopes } from "./modules/auth/scopes.ts";
import { readerLanguage } from "./modules/common/text.ts";
import { inputValidationError } from "./modules/common/validation.ts";
import EveryFieldValidationPlugin from "./plugins/every-field-validation.ts";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  AuthScopes: Scopes;
  DefaultFieldNullability: false;
  DefaultInputFieldRequiredness: true;
  Scalars: {
    DateTime: { Input: Date; Output: Date };
    File: { Input: File; Output: never };
    ID: { Input: string; Output: string | number };
  };
}>({
  // Order matters: scope-auth must wrap resolvers before errors turns thrown errors into results.
  plugins: [
    ComplexityPlugin,
    ScopeAuthPlugin,
    ErrorsPlugin,
    ValidationPlugin,
    // After the validation plugin, so its argument check runs first (hooks apply right to left): every invalid field
    // is reported at once (see the plugin).
    EveryFieldValidationPlugin,
    PrismaPlugin,
    RelayPlugin,
    SimpleObjectsPlugin,
    DataloaderPlugin,
  ],
  defaultFieldNullability: false,
  defaultInputFieldRequiredness: true,
  complexity: {
    // A connection costs what it may return (`first`, capped at 100 by maxSize); its `edges` list adds nothing more.
    // Other lists count as 10. Each field costs 1.
    fieldComplexity: (args, _ctx, field) => {
      const first = typeof args.first === "number" ? Math.min(Math.max(args.first, 1), 100) : null;
      const isList = isListType(getNullableType(field.type));
      if (field.name === "edges") return { field: 0, multiplier: 1 };
      if (first !== null) return { field: 1, multiplier: first };
      return { field: 1, multiplier: isList ? 10 : 1 };
    },
    limit: { complexity: 25_000, depth: 12, breadth: 120 },
  },
  validation: {
    // Type-level rules (after every field passed) answer in the reader's language too.
    validationError: (failure, _args, context) => inputValidationError(failure.issues, readerLanguage(context.request)),
  },
  scopeAuth: {
    authScopes: createScopes,
    // Unauthorized reads of a nullable field resolve to null only where a type opts in; default is an error.
    treatErrorsAsUnauthorized: false,
    // A refusal in the reader's language, with a code clients test instead of the words. A GraphQLError, not a
    // domain error: it stays a top-level error even on fields whose typed results list ForbiddenError.
    unauthorizedError: (_parent, context, info) => {
      const field = `${info.parentType.name}.${info.fieldName}`;
      const english = readerLanguage(context.request) === "en";
      return new GraphQLError(
        english ? `Not authorized to resolve ${field}.` : `Anda tidak berwenang membuka ${field}.`,
        { extensions: { code: "FORBIDDEN" } },
      );
    },
  },
  errors: { defaultTypes: [], unsafelyHandleInputErrors: true },
  relay: {
    clientMutationId: "omit",
    // Every row's key is a UUID: an ID whose key is not one is refused as malformed here, before the
    // database would fail on the cast with an internal error.
    decodeGlobalID: (globalID) => {
      const decoded = decodeGlobalID(globalID);
      if (!UUID.test(decoded.id)) throw new PothosValidationError(`Invalid global ID: ${globalID}`);
      return decoded;
    },
    cursorType: "String",
    nodeQueryOptions: { description: "Fetches any object by its global ID, if the caller may see it." },
    nodesQueryOptions: { description: "Fetches objects by their global IDs, if the caller may see them." },
  },
  prisma: {
    client: (ctx) => ctx.prisma,
    dmmf: getDatamodel(),
    exposeDescriptions: true,
    filterConnectionTotalCount: true,
    // Page sizes of every Prisma connection unless a field says otherwise: 20 rows when the caller does not ask,
    // never more than 100 in one page (partners page through with `first`/`after`).
    defaultConnectionSize: 20,
    maxConnectionSize: 100,
    onUnusedQuery: process.env.NODE_ENV === "production" ? null : "error",
  },
});

/** The `f` an input type's `fields` callback receives: the type of a helper that defines fields several inputs share. */
export type InputFieldBuilder = Parameters<Parameters<typeof builder.inputType>[1]["fields"]>[0];

builder.queryType({ description: "Entry points for reading Desa Migran data." });
builder.mutationType({ description: "Every change goes through one of these; each returns a typed result." });

// `node(id:)` with a well-formed ID whose row is gone (deleted, or never existed) must answer null,
// as Relay's spec says, not an internal error: every prisma node loads with findUnique, not
// findUniqueOrThrow. Set here once so no module can forget it.
const prismaNode = builder.prismaNode.bind(builder);
builder.prismaNode = ((type: Parameters<typeof prismaNode>[0], options: Parameters<typeof prismaNode>[1]) =>
  prismaNode(type, { nullable: true, ...options } as typeof options)) as typeof builder.prismaNode;
