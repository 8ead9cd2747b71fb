// Pages: the web app's server-side rendering measured against a static file served by the same Node process (the
// same HTML, saved from the SSR answer), so the ratio is what rendering costs and not what Node or the network does.
// The web server reads the API with its cache of anonymous reads, as production runs it.
import { execFileSync } from "node:child_process";
import { once } from "node:events";
import { existsSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";

import { median, runLoad } from "./load.ts";
import { startServer } from "./servers.ts";
import { measureVitals, type VitalsRow } from "./vitals.ts";

const BUILD = "apps/web/build";

export interface PageRow {
  page: string;
  ssrRps: number;
  staticRps: number;
  vsStatic: number;
  halfLoad: { p50: number; p95: number; p99: number };
  htmlKiB: number;
  errors: number;
}

export async function measurePages(options: {
  apiUrl: string;
  pages: { name: string; path: string }[];
  rounds: number;
  seconds: number;
  connections: number;
  /** Pages whose LCP and CLS are measured in a throttled Chromium (bench/vitals.ts). */
  vitals: { name: string; path: string }[];
}): Promise<{ rows: PageRow[]; vitals: VitalsRow[] }> {
  if (!existsSync(`${BUILD}/handler.js`)) {
    execFileSync("npx", ["turbo", "run", "build", "--filter=@desa-migran/web", "--output-logs=errors-only"], {
      stdio: "inherit",
    });
  }
  // The static page is the first page's SSR answer, saved from a first server.
  const first = await startServer("bench/baselines/web.ts", [options.apiUrl]);
  const html = await (await fetch(`http://127.0.0.1:${first.port}${options.pages[0]!.path}`)).text();
  first.child.kill("SIGTERM");
  await once(first.child, "exit");
  const staticFile = `${os.tmpdir()}/desa-migran-bench-page-${process.pid}.html`;
  writeFileSync(staticFile, html);
  const web = await startServer("bench/baselines/web.ts", [options.apiUrl, staticFile]);
  const base = `http://127.0.0.1:${web.port}`;
  try {
    const staticUrl = `http://127.0.0.1:${web.ports.staticPort}/`;
    if ((await fetch(staticUrl)).status !== 200) throw new Error("the web server does not serve the static page");
    const rows: PageRow[] = [];
    for (const page of options.pages) {
      const url = `${base}${page.path}`;
      const response = await fetch(url);
      if (response.status !== 200) throw new Error(`${page.path}: the web server answered ${response.status}`);
      const htmlKiB = (await response.text()).length / 1024;
      const load = (target: string, seconds = options.seconds, rate?: number) =>
        runLoad({ url: target, seconds, connections: options.connections, ...(rate ? { rate } : {}) });
      await load(url, 1);
      await load(staticUrl, 1);
      const ssr: number[] = [];
      const plain: number[] = [];
      const ratios: number[] = [];
      let errors = 0;
      for (let round = 0; round < options.rounds; round++) {
        const a = await load(url);
        const b = await load(staticUrl);
        ssr.push(a.rps);
        plain.push(b.rps);
        ratios.push(a.rps / b.rps);
        errors += a.errors + b.errors;
      }
      const half = await load(url, options.seconds * 2, Math.max(1, median(ssr) / 2));
      errors += half.errors;
      rows.push({
        page: page.name,
        ssrRps: median(ssr),
        staticRps: median(plain),
        vsStatic: median(ratios),
        halfLoad: { p50: half.p50, p95: half.p95, p99: half.p99 },
        htmlKiB,
        errors,
      });
      console.log(`  ${page.name}: ${median(ssr).toFixed(0)} pages/s, ${(median(ratios) * 100).toFixed(0)}% of static`);
    }
    console.log("Pages in Chromium at 390 px, CPU 4x slower, 400 kbit/s, 400 ms RTT ...");
    return { rows, vitals: await measureVitals(base, options.vitals) };
  } finally {
    web.child.kill("SIGTERM");
    rmSync(staticFile, { force: true });
  }
}
