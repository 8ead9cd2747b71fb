// The demo seed as a test-database template: built once per version of the code that writes it, then copied.
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

import type { TemplatePreparation } from "@desa-migran/db/testing";

import { seedDemoData } from "./index.ts";

const root = fileURLToPath(new URL("../../..", import.meta.url));
/** Everything the seed's output depends on: its data, and the services its money flows through (tests excluded). */
const SOURCES = [
  "apps/api/seed",
  ...["ledger", "households", "savings", "investments", "orders", "payments", "commerce", "common"].map(
    (m) => `apps/api/src/modules/${m}`,
  ),
  "apps/api/src/modules/auth/passwords.ts",
];
const isTest = (file: string) => file.endsWith(".test.ts") || file.split(path.sep).includes("tests");

async function filesUnder(relative: string): Promise<string[]> {
  const full = path.join(root, relative);
  if (relative.endsWith(".ts")) return [full];
  const entries = await readdir(full, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(".ts"))
    .map((e) => path.join(e.parentPath, e.name))
    .filter((file) => !isTest(path.relative(full, file)))
    .sort();
}

let cached: Promise<TemplatePreparation> | undefined;

export function demoSeedTemplate(): Promise<TemplatePreparation> {
  return (cached ??= (async () => {
    const hash = createHash("sha256");
    for (const source of SOURCES) {
      for (const file of await filesUnder(source)) {
        hash.update(path.relative(root, file));
        hash.update(await readFile(file));
      }
    }
    return { key: `seed${hash.digest("hex").slice(0, 10)}`, prepare: (prisma) => seedDemoData(prisma) };
  })());
}
