// Workspaces are used through their package names and `exports`, never by a relative path into another workspace:
// a relative import that leaves its own workspace (or the root package) would bypass what that package chose to
// export and hide the dependency from package.json. This test lists every such import in the tracked sources.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

import { describe, expect, test } from "vitest";

const root = path.resolve(import.meta.dirname, "..");

/** Tracked files, so generated and ignored files are never scanned. */
function trackedFiles(): string[] {
  return execFileSync("git", ["ls-files", "-z"], { cwd: root, encoding: "utf8" })
    .split("\0")
    .filter((file) => /\.(?:[cm]?[jt]s|svelte)$/.test(file))
    .filter((file) => existsSync(path.join(root, file)));
}

/** The workspace folders named by the root package.json (`apps/*` style globs), relative to the root. */
function workspaceRoots(): string[] {
  const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { workspaces: string[] };
  const roots: string[] = [];
  for (const pattern of pkg.workspaces) {
    const folders = pattern.endsWith("/*")
      ? execFileSync("git", ["ls-files", "--", `${pattern.slice(0, -2)}/*/package.json`], {
          cwd: root,
          encoding: "utf8",
        })
          .split("\n")
          .filter(Boolean)
          .map((file) => path.dirname(file))
      : [pattern];
    for (const folder of folders) {
      if (existsSync(path.join(root, folder, "package.json"))) roots.push(folder);
    }
  }
  return roots;
}

const workspaces = workspaceRoots();

/** The workspace a root-relative path belongs to: the deepest workspace folder holding it, else the root package. */
function owner(file: string): string {
  let best = ".";
  for (const workspace of workspaces) {
    if ((file === workspace || file.startsWith(`${workspace}/`)) && workspace.length > best.length) best = workspace;
  }
  return best;
}

// Static `import`/`export ... from`, side-effect `import "..."`, dynamic `import("...")`, and `new URL("...",
// import.meta.url)`, each with a string literal starting with "." (relative).
const specifierPatterns = [
  /\b(?:import|export)\s[^'";]*?\sfrom\s*["'](\.[^"']*)["']/g,
  /\bimport\s*["'](\.[^"']*)["']/g,
  /\bimport\s*\(\s*["'](\.[^"']*)["']\s*[,)]/g,
  /\bnew\s+URL\(\s*["'](\.[^"']*)["']\s*,\s*import\.meta\.url/g,
];

export type Crossing = { file: string; specifier: string; target: string; from: string; to: string };

/** Every relative specifier in `source` (a file at root-relative `file`) that resolves into another workspace. */
export function findCrossings(file: string, source: string): Crossing[] {
  const crossings: Crossing[] = [];
  const from = owner(file);
  for (const pattern of specifierPatterns) {
    for (const match of source.matchAll(pattern)) {
      const specifier = match[1]!;
      // A URL of a folder ("../../../") names a place to run or look in (the repository root), not a module.
      if (specifier.endsWith("/") || /^\.\.?(?:\/\.\.)*$/.test(specifier)) continue;
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier));
      const to = target.startsWith("../") ? "(outside the repository)" : owner(target);
      if (to !== from) crossings.push({ file, specifier, target, from, to });
    }
  }
  return crossings;
}

describe("workspace boundaries", () => {
  test("the checker sees the import forms it is meant to catch", () => {
    // Given a file of the root package that reaches into the API by four kinds of relative path (the quotes are
    // added here so that this file's own scan does not see them)
    const q = (specifier: string) => `"${specifier}"`;
    const source = [
      `import { a } from ${q("../apps/api/src/a.ts")};`,
      `export { b } from ${q("../apps/api/src/b.ts")};`,
      `const c = await import(${q("../apps/api/src/c.ts")});`,
      `const d = new URL(${q("../apps/api/src/d.ts")}, import.meta.url);`,
      `const root = new URL(${q("../")}, import.meta.url);`,
      `import ${q("./local.ts")};`,
    ].join("\n");
    // When it is checked
    const crossings = findCrossings("scripts/example.ts", source);
    // Then each crossing is reported, and the import inside its own package is not
    expect(crossings.map((c) => c.target).sort()).toEqual([
      "apps/api/src/a.ts",
      "apps/api/src/b.ts",
      "apps/api/src/c.ts",
      "apps/api/src/d.ts",
    ]);
    expect(findCrossings("apps/api/src/x.ts", `import { y } from ${q("../../packages/db/src/y.ts")};`)).toHaveLength(1);
  });

  test("no relative import crosses a workspace", () => {
    // Given every tracked source file
    const crossings = trackedFiles().flatMap((file) => {
      if (!statSync(path.join(root, file)).isFile()) return [];
      return findCrossings(file, readFileSync(path.join(root, file), "utf8"));
    });
    // Then none reaches into another workspace by a relative path (import it by its package name instead)
    expect(crossings.map((c) => `${c.file}: "${c.specifier}" (${c.from} -> ${c.to})`)).toEqual([]);
  });

  test("the web app's unit tests do not import the e2e harness", () => {
    // Given the web app's sources and the harness its unit tests share with the browser tests (apps/web/testing)
    const offending = trackedFiles()
      .filter((file) => file.startsWith("apps/web/src/") || file.startsWith("apps/web/testing/"))
      .flatMap((file) => {
        const source = readFileSync(path.join(root, file), "utf8");
        return specifierPatterns.flatMap((pattern) =>
          [...source.matchAll(pattern)]
            .map((match) => path.posix.normalize(path.posix.join(path.posix.dirname(file), match[1]!)))
            .filter((target) => target.startsWith("apps/web/e2e/"))
            .map((target) => `${file} -> ${target}`),
        );
      });
    // Then none imports from apps/web/e2e
    expect(offending).toEqual([]);
  });
});
