import { spawn } from "node:child_process";
import { mkdir, readdir, rm, stat } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

import { appDir } from "./app-dir.ts";

const OUTPUTS = ["build/index.js", ".svelte-kit/output/client/.vite/manifest.json"];
const INPUTS = [
  "src",
  "messages",
  "static",
  "project.inlang/settings.json",
  "vite.config.ts",
  "paraglide-options.ts",
  "package.json",
];
// Written by the build itself (or by typecheck), so they must not make the build look stale.
const GENERATED = [join(appDir, "src/lib/paraglide"), join(appDir, "src/lib/graphql-env.d.ts")];
const LOCK_DIR = join(appDir, ".svelte-kit/e2e-build.lock");
const LOCK_STALE_MS = 5 * 60_000;

async function newestMtime(path: string): Promise<number> {
  if (GENERATED.some((generated) => path === generated || path.startsWith(`${generated}/`))) return 0;
  const info = await stat(path).catch(() => null);
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  const entries = await readdir(path);
  const times = await Promise.all(entries.map((entry) => newestMtime(join(path, entry))));
  // A directory's own time changes when an entry is added or removed (a deleted source must rebuild), but
  // the parent of a generated folder changes whenever Paraglide recreates it in a test worker: counting
  // that made a test rebuild build/ while other files' servers were serving it.
  const holdsGenerated = GENERATED.some((generated) => dirname(generated) === path);
  return Math.max(holdsGenerated ? 0 : info.mtimeMs, ...times);
}

/** Whether build/ exists and no source changed since it was written. */
export async function isBuildFresh(): Promise<boolean> {
  const outputs = await Promise.all(OUTPUTS.map((output) => stat(join(appDir, output)).catch(() => null)));
  if (outputs.some((output) => output === null)) return false;
  const builtAt = Math.min(...outputs.map((output) => output!.mtimeMs));
  const inputTimes = await Promise.all(INPUTS.map((input) => newestMtime(join(appDir, input))));
  return Math.max(...inputTimes) <= builtAt;
}

function runViteBuild(): Promise<void> {
  const viteBin = join(dirname(createRequire(import.meta.url).resolve("vite/package.json")), "bin/vite.js");
  return new Promise((resolve, reject) => {
    // Vitest's variables (VITEST, TEST, MODE…) change how plugins build: drop them so the
    // tests measure and serve the same output as `npm run build`.
    const env = Object.fromEntries(
      Object.entries(process.env).filter(
        ([name]) => !/^(VITEST|TEST$|MODE$|NODE_ENV$|DEV$|PROD$|SSR$|BASE_URL$)/.test(name),
      ),
    );
    const child = spawn(process.execPath, [viteBin, "build", "--logLevel", "warn"], {
      cwd: appDir,
      env,
      stdio: ["ignore", "inherit", "inherit"],
    });
    child.once("error", reject);
    child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`vite build exited with code ${code}`))));
  });
}

async function acquireLock(): Promise<boolean> {
  await mkdir(dirname(LOCK_DIR), { recursive: true });
  try {
    await mkdir(LOCK_DIR);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    const info = await stat(LOCK_DIR).catch(() => null);
    // A build killed mid-way leaves its lock behind; do not wait for it forever.
    if (info && Date.now() - info.mtimeMs > LOCK_STALE_MS) await rm(LOCK_DIR, { recursive: true, force: true });
    return false;
  }
}

/**
 * Runs `vite build` unless build/ is already newer than every source file. Test files run in
 * parallel workers, so a lock directory makes one build and the others wait for it.
 */
export async function ensureBuild(): Promise<void> {
  for (;;) {
    if (await isBuildFresh()) return;
    if (await acquireLock()) {
      try {
        if (!(await isBuildFresh())) await runViteBuild();
        return;
      } finally {
        await rm(LOCK_DIR, { recursive: true, force: true });
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
