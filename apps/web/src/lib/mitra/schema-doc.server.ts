// The partner schema page's content, built on the server from the committed SDL. Server-only
// (`.server.ts`): graphql-js is large and must never reach the browser bundle.
import sdl from "@desa-migran/graphql-client/schema.graphql?raw";
import {
  buildSchema,
  getNamedType,
  type GraphQLArgument,
  GraphQLEnumType,
  type GraphQLField,
  type GraphQLInputField,
  GraphQLInputObjectType,
  GraphQLInterfaceType,
  type GraphQLNamedType,
  GraphQLObjectType,
  GraphQLScalarType,
  type GraphQLSchema,
  GraphQLUnionType,
} from "graphql";

/** The committed SDL, as the API serves it at /graphql/schema.graphql. */
export const schemaSdl: string = sdl;

/** A type as written in a field (`[Province!]!`), and the named type it points to (`Province`). */
export interface DocTypeRef {
  text: string;
  named: string;
}

export interface DocArgument {
  name: string;
  description: string | null;
  type: DocTypeRef;
  defaultValue: string | null;
}

export interface DocField {
  name: string;
  description: string | null;
  type: DocTypeRef;
  args: DocArgument[];
  deprecationReason: string | null;
}

export type DocKind = "object" | "interface" | "union" | "input" | "enum" | "scalar";

export interface DocType {
  name: string;
  kind: DocKind;
  description: string | null;
  /** Fields of objects, interfaces and inputs. */
  fields: DocField[];
  /** Values of an enum. */
  values: { name: string; description: string | null }[];
  /** Interfaces an object implements, or the members of a union. */
  related: string[];
}

export interface SchemaDoc {
  queries: DocField[];
  mutations: DocField[];
  types: Record<DocKind, DocType[]>;
  /** How many named types the schema has (introspection types excluded). */
  typeCount: number;
}

let cached: GraphQLSchema | undefined;

/** The committed schema, parsed once per process. */
export function committedSchema(): GraphQLSchema {
  cached ??= buildSchema(sdl);
  return cached;
}

function typeRef(type: Parameters<typeof getNamedType>[0]): DocTypeRef {
  return { text: String(type), named: getNamedType(type)!.name };
}

function argument(arg: GraphQLArgument | GraphQLInputField): DocArgument {
  const defaultValue = arg.defaultValue === undefined ? null : JSON.stringify(arg.defaultValue);
  return { name: arg.name, description: arg.description ?? null, type: typeRef(arg.type), defaultValue };
}

function field(f: GraphQLField<unknown, unknown>): DocField {
  return {
    name: f.name,
    description: f.description ?? null,
    type: typeRef(f.type),
    args: f.args.map(argument),
    deprecationReason: f.deprecationReason ?? null,
  };
}

function inputField(f: GraphQLInputField): DocField {
  const { defaultValue: _defaultValue, ...rest } = argument(f);
  return { ...rest, args: [], deprecationReason: f.deprecationReason ?? null };
}

function describe(type: GraphQLNamedType): DocType {
  const base = { name: type.name, description: type.description ?? null, fields: [], values: [], related: [] };
  if (type instanceof GraphQLObjectType) {
    return {
      ...base,
      kind: "object",
      fields: Object.values(type.getFields()).map(field),
      related: type.getInterfaces().map((i) => i.name),
    };
  }
  if (type instanceof GraphQLInterfaceType) {
    return {
      ...base,
      kind: "interface",
      fields: Object.values(type.getFields()).map(field),
      related: type.getInterfaces().map((i) => i.name),
    };
  }
  if (type instanceof GraphQLUnionType) return { ...base, kind: "union", related: type.getTypes().map((t) => t.name) };
  if (type instanceof GraphQLInputObjectType)
    return { ...base, kind: "input", fields: Object.values(type.getFields()).map(inputField) };
  if (type instanceof GraphQLEnumType) {
    return {
      ...base,
      kind: "enum",
      values: type.getValues().map((v) => ({ name: v.name, description: v.description ?? null })),
    };
  }
  if (type instanceof GraphQLScalarType) return { ...base, kind: "scalar" };
  throw new Error(`Unknown GraphQL type kind: ${String(type)}`);
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, "en");

/**
 * The schema grouped for reading: root query and mutation fields, then every other named type
 * by kind, each sorted by name. With `search`, only names containing it (case-insensitive) are
 * kept: types by their name, root fields by their own name or the type they return.
 */
export function describeSchema(search = ""): SchemaDoc {
  const schema = committedSchema();
  const needle = search.trim().toLowerCase();
  const matches = (name: string) => !needle || name.toLowerCase().includes(needle);
  const rootNames = new Set([schema.getQueryType()?.name, schema.getMutationType()?.name]);

  const types: Record<DocKind, DocType[]> = { object: [], interface: [], union: [], input: [], enum: [], scalar: [] };
  let typeCount = 0;
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith("__") || rootNames.has(type.name)) continue;
    typeCount += 1;
    if (!matches(type.name)) continue;
    const doc = describe(type);
    types[doc.kind].push(doc);
  }
  for (const list of Object.values(types)) list.sort(byName);

  const rootFields = (root: GraphQLObjectType | null | undefined) =>
    Object.values(root?.getFields() ?? {})
      .map(field)
      .filter((f) => matches(f.name) || matches(f.type.named))
      .sort(byName);

  return {
    queries: rootFields(schema.getQueryType()),
    mutations: rootFields(schema.getMutationType()),
    types,
    typeCount,
  };
}
