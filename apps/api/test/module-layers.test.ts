// Services and domain errors know nothing of GraphQL (see apps/api/README.md): a module's `errors.ts` and
// `service.ts`, and every file they import (following relative imports), must not load the Pothos builder, a
// Pothos plugin or graphql. Type-only imports are erased at run time and are allowed.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, test } from "vitest";

const modules = path.resolve(import.meta.dirname, "../src/modules");

const importPattern = /^\s*(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s*)?["']([^"']+)["']/gm;
const isGraphQL = (specifier: string) =>
  specifier === "graphql" || specifier.startsWith("@pothos/") || /(?:^|\/)builder\.ts$/.test(specifier);

/** The GraphQL imports `file` reaches, each as "importer → specifier". */
function graphQLImports(file: string, seen = new Set<string>()): string[] {
  if (seen.has(file)) return [];
  seen.add(file);
  const found: string[] = [];
  for (const [, specifier] of readFileSync(file, "utf8").matchAll(importPattern)) {
    if (isGraphQL(specifier!)) found.push(`${path.relative(modules, file)} → ${specifier}`);
    else if (specifier!.startsWith("."))
      found.push(...graphQLImports(path.resolve(path.dirname(file), specifier!), seen));
  }
  return found;
}

const layerFiles = readdirSync(modules).flatMap((module) =>
  ["errors.ts", "service.ts"]
    .filter((name) => readdirSync(path.join(modules, module)).includes(name))
    .map((name) => path.join(modules, module, name)),
);

describe("module layers", () => {
  test("finds the modules' errors.ts and service.ts files", () => {
    expect(layerFiles.length).toBeGreaterThan(20);
  });

  test.each(layerFiles.map((file) => [path.relative(modules, file), file]))(
    "%s reaches no GraphQL import",
    (_name, file) => {
      expect(graphQLImports(file)).toEqual([]);
    },
  );

  test("the check sees a builder import through a relative import", () => {
    expect(graphQLImports(path.join(modules, "savings", "mutations.ts")).length).toBeGreaterThan(0);
  });
});
