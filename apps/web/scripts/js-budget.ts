/**
 * Measures the JavaScript a browser downloads to show each page, from the client build's
 * Vite manifest: Kit's start-up chunks plus, for every page route, the chunks of its layouts
 * and page with everything they import statically, gzipped. Run after `vite build`.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";

/** Gzipped JS allowed per page route: keeps first visits fast on cheap phones over 3G/4G. */
export const JS_BUDGET_BYTES = 100 * 1024;

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
}

type ViteManifest = Record<string, ManifestChunk>;

/** The parts of Kit's generated server manifest used here (it holds the route table). */
interface KitManifest {
  client: { start: string; app: string; imports: string[] };
  routes: { id: string; page: { layouts: (number | undefined)[]; leaf: number } | null }[];
}

export interface RouteJs {
  route: string;
  files: string[];
  gzipBytes: number;
}

export function clientOutputDir(appDir: string): string {
  return join(appDir, ".svelte-kit/output/client");
}

/** Files reachable from `keys` through static imports (dynamic imports load later, if at all). */
function staticClosure(manifest: ViteManifest, keys: Iterable<string>): Set<string> {
  const files = new Set<string>();
  const seen = new Set<string>();
  const stack = [...keys];
  while (stack.length > 0) {
    const key = stack.pop()!;
    if (seen.has(key)) continue;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`Vite manifest has no entry ${key}`);
    if (chunk.file.endsWith(".js")) files.add(chunk.file);
    stack.push(...(chunk.imports ?? []));
  }
  return files;
}

export async function measureRouteJs(appDir: string): Promise<RouteJs[]> {
  const clientDir = clientOutputDir(appDir);
  const manifestPath = join(clientDir, ".vite/manifest.json");
  const vite = JSON.parse(await readFile(manifestPath, "utf8")) as ViteManifest;
  const serverManifestPath = join(appDir, ".svelte-kit/output/server/manifest.js");
  const { manifest: kit } = (await import(pathToFileURL(serverManifestPath).href)) as { manifest: KitManifest };

  // Route nodes are compiled from .svelte-kit/generated/.../nodes/<index>.js.
  const nodeKeys = new Map<number, string>();
  for (const [key, chunk] of Object.entries(vite)) {
    const match = /\/nodes\/(\d+)\.js$/.exec(chunk.src ?? key);
    if (match) nodeKeys.set(Number(match[1]), key);
  }

  // Loaded on every page: Kit's entries and what it preloads with them (its client router
  // is a dynamic import of the start entry, yet is fetched at start-up, so take Kit's list).
  // Route nodes are entries too in the Vite manifest; they count only for their routes.
  const routeNodeKeys = new Set(nodeKeys.values());
  const entryKeys = Object.entries(vite)
    .filter(([key, chunk]) => chunk.isEntry && !routeNodeKeys.has(key))
    .map(([key]) => key);
  const base = new Set([...staticClosure(vite, entryKeys), ...kit.client.imports]);

  const sizeCache = new Map<string, number>();
  const gzipSize = async (file: string) => {
    let size = sizeCache.get(file);
    if (size === undefined) {
      size = gzipSync(await readFile(join(clientDir, file)), { level: 9 }).length;
      sizeCache.set(file, size);
    }
    return size;
  };

  const results: RouteJs[] = [];
  for (const route of kit.routes) {
    if (!route.page) continue; // endpoints (+server.ts) send no JS
    const nodes = [...route.page.layouts, route.page.leaf].filter((node) => node !== undefined);
    const keys = nodes.map((node) => {
      const key = nodeKeys.get(node);
      if (!key) throw new Error(`No client chunk for route node ${node} (${route.id})`);
      return key;
    });
    const files = [...new Set([...base, ...staticClosure(vite, keys)])].sort();
    let gzipBytes = 0;
    for (const file of files) gzipBytes += await gzipSize(file);
    results.push({ route: route.id, files, gzipBytes });
  }
  return results.sort((a, b) => a.route.localeCompare(b.route));
}

export function formatKiB(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}
