// The authorization matrix, generated from the schema and checked against the reviewed declarations in
// src/modules/<domain>/access.ts (roles in src/modules/common/access-policy.ts):
// - every type implementing Node: one object of this party (per declared case) is fetched by `node(id:)`, and by its
//   root query when one takes its slug, as every role; exactly the declared roles get it (a root query may serve
//   fewer, listed below with the reason, never more), the others get null and nothing of the object (no field
//   value in any error);
// - every Mutation field (per declared case): every role calls it with a valid input naming an object of this party
//   (test/authorization/inputs.ts); the others first, together, each refused (an authorization error or a
//   ForbiddenError/NotFoundError result) with no row written; then the declared roles, each getting a success or
//   a domain error.
// A node type or mutation without a declaration, a case without an object or a mutation without an input fails.
import {
  getNamedType,
  getNullableType,
  type GraphQLField,
  type GraphQLObjectType,
  isEnumType,
  isObjectType,
  isScalarType,
  isUnionType,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { type Role, ROLES } from "../src/modules/common/access-policy.ts";
import { schema } from "../src/schema.ts";
import { INPUTS } from "./authorization/inputs.ts";
import { type Entry, loadPolicy } from "./authorization/policy.ts";
import { createWorld, gid, pickRows, type World } from "./authorization/world.ts";
import { installWriteLog } from "./authorization/write-log.ts";
import type { GraphQLResult } from "./harness.ts";

const policy = await loadPolicy();

const nodeTypes = Object.values(schema.getTypeMap())
  .filter(
    (type): type is GraphQLObjectType => isObjectType(type) && type.getInterfaces().some((i) => i.name === "Node"),
  )
  .sort((a, b) => a.name.localeCompare(b.name));
// signOutEverywhere and signOut end the caller's sessions: they go last, after every other mutation has used them,
// signOut very last (signOutEverywhere needs a live session; signOut answers false without one).
const LAST: Record<string, number> = { signOutEverywhere: 1, signOut: 2 };
const mutations = Object.values(schema.getMutationType()!.getFields()).sort(
  (a, b) => (LAST[a.name] ?? 0) - (LAST[b.name] ?? 0) || a.name.localeCompare(b.name),
);

/**
 * Root queries that are narrower than the type's rule on purpose, by case: the roles they do not serve and why.
 * (They may never be wider: that is a leak.)
 */
const NARROWER_ROOT_QUERIES: Record<string, { roles: readonly Role[]; why: string }> = {
  "Product.draft": {
    roles: ["entrepreneur", "admin"],
    why: "product(slug) is the public product page: published products only; owners edit drafts by ID",
  },
  "FundingRound.draft": {
    roles: ["cooperativeOfficer"],
    why: "fundingRound(slug), like the round lists, shows a draft to its business owner only",
  },
};

/** Typed results that mean "not yours" (an unknown and a forbidden object look the same to the caller). */
const REFUSALS = new Set(["ForbiddenError", "NotFoundError", "NotCooperativeMemberError"]);
/** An input the builder got wrong says nothing about authorization. */
const NOT_A_DOMAIN_ANSWER = new Set(["InputValidationError"]);

const describeRoles = (roles: Iterable<Role>) => [...roles].join(", ") || "nobody";

describe("authorization matrix, generated from the schema", () => {
  let w: World;
  let rows: Record<string, string | null>;
  let writes: Awaited<ReturnType<typeof installWriteLog>>;

  beforeAll(async () => {
    w = await createWorld();
    rows = await pickRows(w);
    writes = await installWriteLog(w.api.prisma);
  }, 120_000);
  afterAll(() => w?.api.cleanup());

  it("has one reviewed declaration for every node type and mutation, and none for what does not exist", () => {
    expect(policy.duplicates).toEqual([]);
    expect(nodeTypes.map((t) => t.name).filter((name) => !policy.types.has(name))).toEqual([]);
    expect(mutations.map((m) => m.name).filter((name) => !policy.mutations.has(name))).toEqual([]);
    const typeNames = new Set(nodeTypes.map((t) => t.name));
    const mutationNames = new Set(mutations.map((m) => m.name));
    expect([...policy.types.keys()].filter((name) => !typeNames.has(name))).toEqual([]);
    expect([...policy.mutations.keys()].filter((name) => !mutationNames.has(name))).toEqual([]);
    const cases = new Set([...policy.mutations.values()].flat().map((entry) => entry.key));
    expect(Object.keys(INPUTS).filter((key) => !cases.has(key))).toEqual([]);
  });

  // ── Reads ──
  for (const type of nodeTypes) {
    for (const entry of policy.types.get(type.name) ?? []) {
      it(`${entry.key}: read by exactly ${describeRoles(entry.allowed)}`, async () => {
        const id = rows[entry.key];
        expect(id, `no ${entry.key} to try in test/authorization/world.ts pickRows`).toBeTruthy();
        await checkRead(type, entry, gid(type.name, id!));
      });
    }
  }

  /** Scalar and enum fields without arguments: what a refused caller must not see any of. */
  const scalarFields = (type: GraphQLObjectType) =>
    Object.values(type.getFields())
      .filter((f) => f.args.length === 0 && isLeaf(f))
      .map((f) => f.name)
      .join(" ");
  const isLeaf = (f: GraphQLField<unknown, unknown>) => {
    const named = getNamedType(f.type);
    return isScalarType(named) || isEnumType(named);
  };

  /** The root query that returns this type by slug (`business(slug:)`), when there is one. */
  const rootQueryOf = (type: GraphQLObjectType) =>
    Object.values(schema.getQueryType()!.getFields()).find(
      (f) =>
        getNullableType(f.type) === type &&
        f.args.some((a) => a.name === "slug") &&
        f.args.every((a) => a.name === "slug" || getNullableType(a.type) === a.type),
    );

  async function checkRead(type: GraphQLObjectType, entry: Entry, id: string) {
    const nodeQuery = `query($id: ID!) { node(id: $id) { id __typename ... on ${type.name} { ${scalarFields(type)} } } }`;
    const root = rootQueryOf(type);
    const slug = root
      ? (
          (await (w.api.prisma as any)[type.name.charAt(0).toLowerCase() + type.name.slice(1)].findUnique({
            where: { id: Buffer.from(id, "base64").toString().split(":")[1] },
            select: { slug: true },
          })) as { slug: string }
        ).slug
      : null;
    const results = await Promise.all(
      ROLES.map(async (role) => {
        const byNode: GraphQLResult = await w.api.gql(nodeQuery, { id }, w.as[role]);
        const byRoot: GraphQLResult | null = root
          ? await w.api.gql(`query($slug: String!) { ${root.name}(slug: $slug) { id } }`, { slug }, w.as[role])
          : null;
        return { role, byNode, byRoot };
      }),
    );
    const problems: string[] = [];
    // Every string value an allowed caller sees (names, phone numbers, addresses...): none may reach the others.
    const seen = results.find((r) => entry.allowed.has(r.role))?.byNode.data?.node ?? {};
    const secrets = Object.entries(seen)
      .filter(([field, v]) => typeof v === "string" && v.length >= 5 && !["id", "__typename"].includes(field))
      .map(([, v]) => v as string);
    for (const { role, byNode, byRoot } of results) {
      const allowed = entry.allowed.has(role);
      const sees = byNode.data?.node?.id === id;
      if (sees !== allowed) problems.push(`node as ${role}: ${sees ? "sees it" : `refused ${brief(byNode)}`}`);
      else if (allowed && byNode.errors?.length) problems.push(`node as ${role}: partly refused ${brief(byNode)}`);
      if (byRoot) {
        const rootSees = byRoot.data?.[root!.name]?.id === id;
        const served = allowed && !NARROWER_ROOT_QUERIES[entry.key]?.roles.includes(role);
        if (rootSees !== served)
          problems.push(`${root!.name}(slug) as ${role}: ${rootSees ? "sees it" : `refused ${brief(byRoot)}`}`);
      }
      if (!allowed) {
        const body = JSON.stringify([byNode, byRoot]);
        const leaked = secrets.filter((s) => body.includes(s));
        if (leaked.length) problems.push(`as ${role} leaks ${JSON.stringify(leaked)}`);
        if (/Unexpected error|prisma|SELECT /i.test(body)) problems.push(`as ${role}: internal error ${body}`);
      }
    }
    expect(problems).toEqual([]);
  }

  // ── Mutations ──
  for (const mutation of mutations) {
    for (const entry of policy.mutations.get(mutation.name) ?? []) {
      it(`${entry.key}: called by exactly ${describeRoles(entry.allowed)}`, async () => {
        const build = INPUTS[entry.key];
        expect(build, `no input for ${entry.key} in test/authorization/inputs.ts`).toBeDefined();
        await checkMutation(mutation, entry, build!);
      });
    }
  }

  function mutationDocument(mutation: GraphQLField<unknown, unknown>) {
    const named = getNamedType(mutation.type);
    const selection = isUnionType(named)
      ? "{ __typename ... on Error { message } ... on InputValidationError { issues { path message } } }"
      : isObjectType(named)
        ? "{ __typename }"
        : "";
    const declared = mutation.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(", ");
    const passed = mutation.args.map((a) => `${a.name}: $${a.name}`).join(", ");
    return `mutation${declared ? `(${declared})` : ""} { ${mutation.name}${passed ? `(${passed})` : ""} ${selection} }`;
  }

  async function checkMutation(
    mutation: GraphQLField<unknown, unknown>,
    entry: Entry,
    build: (w: World, role: Role) => Promise<Record<string, unknown>> | Record<string, unknown>,
  ) {
    const document = mutationDocument(mutation);
    const call = async (role: Role, variables: Record<string, unknown>) => ({
      role,
      result: (await w.api.gql(document, variables, w.as[role])) as GraphQLResult,
    });
    const variables = new Map<Role, Record<string, unknown>>();
    for (const role of ROLES) variables.set(role, await build(w, role));
    const problems: string[] = [];

    // Refused callers first, together: nothing they send may write a row.
    const mark = await writes.mark();
    const refused = await Promise.all(
      ROLES.filter((role) => !entry.allowed.has(role)).map((role) => call(role, variables.get(role)!)),
    );
    const written = await writes.since(mark);
    if (written.length) problems.push(`refused callers wrote ${JSON.stringify([...new Set(written)])}`);
    for (const { role, result } of refused) {
      record(entry.key, role, result);
      const answer = result.data?.[mutation.name];
      const refusedByScope = !answer && !!result.errors?.length && !/Unexpected error/.test(result.errors[0]!.message);
      if (!refusedByScope && !REFUSALS.has(answer?.__typename))
        problems.push(`as ${role} not refused: ${brief(result)}`);
    }

    // Then the declared callers, one after another: a success or a domain error (never a refusal).
    for (const role of ROLES.filter((r) => entry.allowed.has(r))) {
      const { result } = await call(role, variables.get(role)!);
      record(entry.key, role, result);
      const answer = result.data?.[mutation.name];
      const typename: string | undefined = answer?.__typename;
      const ok =
        !result.errors?.length &&
        answer !== undefined &&
        answer !== null &&
        !REFUSALS.has(typename ?? "") &&
        !NOT_A_DOMAIN_ANSWER.has(typename ?? "");
      if (!ok) problems.push(`as ${role} not allowed: ${brief(result)}`);
    }
    expect(problems).toEqual([]);
  }
});

/** AUTHZ_RECORD=1 prints what every caller got, to review the matrix by eye. */
function record(key: string, role: Role, result: GraphQLResult) {
  if (!process.env.AUTHZ_RECORD) return;
  const answer = Object.values(result.data ?? {})[0] as { __typename?: string } | null | undefined;
  console.log(`${key.padEnd(32)} ${role.padEnd(24)} ${answer?.__typename ?? result.errors?.[0]?.message ?? answer}`);
}

function brief(result: GraphQLResult) {
  return JSON.stringify({ data: result.data, errors: result.errors?.map((e) => e.message) }).slice(0, 300);
}
