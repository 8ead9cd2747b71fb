// Every GraphQL operation the web app sends, read from its sources: the gql.tada `graphql(`...`)` documents in
// apps/web/src, each with the fragments it spreads (transitively), so a new page's query cannot escape the tests
// that run them. Read as files, not imported: the web app depends on this workspace, not the other way round.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

import {
  type DefinitionNode,
  type FragmentDefinitionNode,
  Kind,
  type OperationDefinitionNode,
  parse,
  print,
  type SelectionSetNode,
  visit,
} from "graphql";

const webRoot = fileURLToPath(new URL("../../web/", import.meta.url));

export interface WebOperation {
  name: string;
  kind: "query" | "mutation" | "subscription";
  /** The operation and every fragment it spreads, ready to send. */
  document: string;
  /** The web source file that holds it, relative to apps/web. */
  file: string;
  /** Fields selected at the root of the operation. */
  rootFields: number;
  /** `totalCount` selections anywhere in the operation, fragments included. */
  totalCounts: number;
  /** The variables the operation declares, by name. */
  variables: string[];
}

// A gql.tada document is the first argument of `graphql(`: a template literal without interpolations.
const DOCUMENT = /\bgraphql\(\s*`([^`]*)`/g;

function webSourceFiles(): string[] {
  return execFileSync("git", ["ls-files", "-z", "src"], { cwd: webRoot, encoding: "utf8" })
    .split("\0")
    .filter((file) => /\.(?:ts|svelte)$/.test(file) && !file.endsWith(".test.ts"));
}

/** The names of the fragments a selection set spreads, directly. */
function spreads(node: OperationDefinitionNode | FragmentDefinitionNode | SelectionSetNode): Set<string> {
  const names = new Set<string>();
  visit(node, { FragmentSpread: (spread) => void names.add(spread.name.value) });
  return names;
}

function countTotalCounts(nodes: DefinitionNode[]): number {
  let count = 0;
  for (const node of nodes) {
    visit(node, { Field: (field) => void (field.name.value === "totalCount" && (count += 1)) });
  }
  return count;
}

/** Drops gql.tada's client-only directives (`@_unmask`, `@_optional`...): they never reach the server. */
function withoutClientDirectives<T extends DefinitionNode>(definition: T): T {
  return visit(definition, { Directive: (directive) => (directive.name.value.startsWith("_") ? null : undefined) });
}

/** Every operation in apps/web/src, sorted by name; throws on a duplicate name or an unknown fragment. */
export function listWebOperations(): WebOperation[] {
  const fragments = new Map<string, FragmentDefinitionNode>();
  const operations: { node: OperationDefinitionNode; file: string }[] = [];
  for (const file of webSourceFiles()) {
    const source = readFileSync(`${webRoot}${file}`, "utf8");
    for (const match of source.matchAll(DOCUMENT)) {
      for (const definition of parse(match[1]!).definitions) {
        if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
        else if (definition.kind === Kind.OPERATION_DEFINITION) operations.push({ node: definition, file });
      }
    }
  }
  const seen = new Set<string>();
  return operations
    .map(({ node, file }) => {
      const name = node.name?.value;
      if (!name) throw new Error(`An operation without a name in apps/web/${file}`);
      if (seen.has(name)) throw new Error(`Two web operations are named ${name}`);
      seen.add(name);
      // The fragments it needs, transitively, each once.
      const needed = new Map<string, FragmentDefinitionNode>();
      const pending = [...spreads(node)];
      while (pending.length > 0) {
        const fragmentName = pending.pop()!;
        if (needed.has(fragmentName)) continue;
        const fragment = fragments.get(fragmentName);
        if (!fragment) throw new Error(`${name} (apps/web/${file}) spreads an unknown fragment ${fragmentName}`);
        needed.set(fragmentName, fragment);
        pending.push(...spreads(fragment));
      }
      const definitions = [node, ...needed.values()].map(withoutClientDirectives);
      return {
        name,
        kind: node.operation,
        document: print({ kind: Kind.DOCUMENT, definitions }),
        file,
        rootFields: node.selectionSet.selections.length,
        totalCounts: countTotalCounts(definitions),
        variables: (node.variableDefinitions ?? []).map((definition) => definition.variable.name.value),
      } as WebOperation;
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}
