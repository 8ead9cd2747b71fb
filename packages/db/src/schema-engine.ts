// Prisma's schema engine (the part behind `prisma migrate` / `prisma db push`) compiled to WebAssembly. The CLI's
// native engine cannot be downloaded here, so migrations and diffs run through this build instead.
import { readFile } from "node:fs/promises";

import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import type { SchemaEngine, SchemaFilter } from "@prisma/schema-engine-wasm/schema_engine_bg";
import * as bg from "@prisma/schema-engine-wasm/schema_engine_bg";

export type { SchemaEngine };

export const noFilters: SchemaFilter = { externalTables: [], externalEnums: [] };

/** A datamodel that only names the provider: enough for commands that take the schema from elsewhere. */
export const providerOnlySchema = 'datasource db {\n  provider = "postgresql"\n}\n';

// The ES/Node type libraries in use do not declare WebAssembly; this is the one call needed.
declare const WebAssembly: {
  instantiate(bytes: Uint8Array, imports: Record<string, unknown>): Promise<{ instance: { exports: WasmExports } }>;
};
type WasmExports = Record<string, unknown> & { __wbindgen_start: () => void };

let loading: Promise<void> | undefined;

/**
 * The engine arms timeouts (e.g. ~10 s around connecting and locking) and never clears them, which kept every CLI
 * run and test process alive ~10 s after its work was done. Unref them: they still fire while the process is busy,
 * and an operation in flight keeps the process alive through its own database sockets.
 */
function withUnrefTimers(glue: typeof bg): Record<string, unknown> {
  const imports: Record<string, unknown> = { ...glue };
  for (const name of Object.keys(imports).filter((key) => key.startsWith("__wbg_setTimeout_"))) {
    imports[name] = (callback: () => void, ms: number) => setTimeout(callback, ms >>> 0).unref();
  }
  return imports;
}
let lastPanic: string | undefined;

// The generated glue module keeps the instance in module state and a second instantiation crashes it, so the
// WASM is instantiated once per process and shared by every engine.
function loadWasm(): Promise<void> {
  loading ??= (async () => {
    // The glue reports Rust panics through this global; without it a panic surfaces as an unrelated TypeError.
    (globalThis as { PRISMA_WASM_PANIC_REGISTRY?: unknown }).PRISMA_WASM_PANIC_REGISTRY ??= {
      set_message(message: string) {
        lastPanic = message;
      },
    };
    const glueUrl = import.meta.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = await readFile(new URL("schema_engine_bg.wasm", glueUrl));
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": withUnrefTimers(bg) });
    bg.__wbg_set_wasm(instance.exports);
    instance.exports.__wbindgen_start();
  })();
  return loading;
}

/** Creates an engine whose database connections come from `adapterFactory`. */
export async function createSchemaEngine(options: {
  adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  schemaPath?: string;
  schemaText?: string;
}): Promise<SchemaEngine> {
  await loadWasm();
  const datamodels: [string, string][] = [
    [options.schemaPath ?? "schema.prisma", options.schemaText ?? providerOnlySchema],
  ];
  return bg.SchemaEngine.new({ datamodels }, () => {}, bindMigrationAwareSqlAdapterFactory(options.adapterFactory));
}

/**
 * The engine's errors carry a Rust span trace after the message; keep the first lines, which say what went wrong.
 * After a panic the instance is unusable, so say that too.
 */
export function describeEngineError(error: unknown): string {
  if (lastPanic) {
    const panic = lastPanic;
    lastPanic = undefined;
    return `the schema engine crashed (restart the process before using it again): ${panic}`;
  }
  const text = error instanceof Error ? error.message : String(error);
  const lines = text.split("\n");
  const traceStart = lines.findIndex((line) => /^\s+0: /.test(line));
  return (traceStart === -1 ? lines : lines.slice(0, traceStart)).join("\n").trim();
}
