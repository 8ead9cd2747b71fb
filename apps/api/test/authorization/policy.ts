// Reads every module's reviewed access declaration (src/modules/<domain>/access.ts) into one table.
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";

import type { Allowed, ModuleAccess, Role } from "../../src/modules/common/access-policy.ts";

const MODULES = join(import.meta.dirname, "../../src/modules");

/** One row of the matrix: a type (or mutation), the case tried ("" when there is one) and who is allowed. */
export interface Entry {
  name: string;
  variant: string;
  /** `Name` or `Name.variant`: how fixtures, inputs and reports refer to the row. */
  key: string;
  module: string;
  allowed: ReadonlySet<Role>;
}

export interface Policy {
  types: Map<string, Entry[]>;
  mutations: Map<string, Entry[]>;
  /** Names declared by more than one module: each type and mutation has one place. */
  duplicates: string[];
}

function entries(module: string, name: string, allowed: Allowed): Entry[] {
  if (Array.isArray(allowed)) return [{ name, variant: "", key: name, module, allowed: new Set(allowed as Role[]) }];
  return Object.entries(allowed as Record<string, readonly Role[]>).map(([variant, roles]) => ({
    name,
    variant,
    key: `${name}.${variant}`,
    module,
    allowed: new Set(roles),
  }));
}

export async function loadPolicy(): Promise<Policy> {
  const policy: Policy = { types: new Map(), mutations: new Map(), duplicates: [] };
  for (const module of readdirSync(MODULES).sort()) {
    const file = join(MODULES, module, "access.ts");
    if (!existsSync(file)) continue;
    const { access } = (await import(file)) as { access: ModuleAccess };
    for (const [kind, table] of [
      ["types", access.types],
      ["mutations", access.mutations],
    ] as const) {
      for (const [name, allowed] of Object.entries(table ?? {})) {
        if (policy[kind].has(name))
          policy.duplicates.push(`${name} (${policy[kind].get(name)![0]!.module}, ${module})`);
        policy[kind].set(name, entries(module, name, allowed));
      }
    }
  }
  return policy;
}
