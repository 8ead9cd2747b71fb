// Largest Contentful Paint and Cumulative Layout Shift of pages as a cheap phone on a slow connection sees them:
// Debian's Chromium at 390 px, CPU slowed 4x, 400 kbit/s each way with 400 ms round trips (Chrome DevTools'
// emulation), a fresh profile per load (nothing cached). Each page is loaded BENCH_VITALS_RUNS (3) times; the
// median is reported. Skipped, with the reason in the results, when Chromium is not installed.
import { existsSync } from "node:fs";

import { chromium } from "playwright-core";

import { median } from "./load.ts";

const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const RUNS = Number(process.env.BENCH_VITALS_RUNS ?? 3);

export interface VitalsRow {
  page: string;
  lcpMs: number;
  cls: number;
  /** What the largest paint was (an element's tag and a short text or image address). */
  lcpElement: string;
}

export const vitalsSkipped = existsSync(CHROMIUM_PATH) ? null : `no Chromium at ${CHROMIUM_PATH}`;

export async function measureVitals(base: string, pages: { name: string; path: string }[]): Promise<VitalsRow[]> {
  if (vitalsSkipped) return [];
  // The background-networking flags stop Chromium dialling Google services, which this machine cannot reach.
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
  });
  try {
    const rows: VitalsRow[] = [];
    for (const page of pages) {
      const lcp: number[] = [];
      const cls: number[] = [];
      let element = "";
      for (let run = 0; run < RUNS; run++) {
        const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
        const tab = await context.newPage();
        const cdp = await context.newCDPSession(tab);
        await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
        await cdp.send("Network.enable");
        await cdp.send("Network.emulateNetworkConditions", {
          offline: false,
          latency: 400,
          downloadThroughput: 400_000 / 8,
          uploadThroughput: 400_000 / 8,
        });
        await tab.addInitScript(() => {
          const vitals = { lcp: 0, cls: 0, element: "" };
          Object.assign(window, { __vitals: vitals });
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as (PerformanceEntry & { element?: Element; url?: string })[]) {
              vitals.lcp = entry.startTime;
              const target = entry.element;
              vitals.element = `${target?.tagName.toLowerCase() ?? "?"} ${entry.url || target?.textContent?.trim().slice(0, 40) || ""}`;
            }
          }).observe({ type: "largest-contentful-paint", buffered: true });
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as (PerformanceEntry & {
              value: number;
              hadRecentInput: boolean;
            })[]) {
              if (!entry.hadRecentInput) vitals.cls += entry.value;
            }
          }).observe({ type: "layout-shift", buffered: true });
        });
        const response = await tab.goto(`${base}${page.path}`, { waitUntil: "load", timeout: 60_000 });
        if (response?.status() !== 200) throw new Error(`${page.path}: ${response?.status()} in Chromium`);
        // LCP is final once the page is loaded and idle; layout shifts after hydration count too.
        await tab.waitForTimeout(2_000);
        const vitals = await tab.evaluate(
          () => (window as unknown as { __vitals: { lcp: number; cls: number; element: string } }).__vitals,
        );
        lcp.push(vitals.lcp);
        cls.push(vitals.cls);
        element = vitals.element;
        await context.close();
      }
      const row = { page: page.name, lcpMs: median(lcp), cls: median(cls), lcpElement: element };
      rows.push(row);
      console.log(`  ${page.name}: LCP ${row.lcpMs.toFixed(0)} ms, CLS ${row.cls.toFixed(3)} (${row.lcpElement})`);
    }
    return rows;
  } finally {
    await browser.close();
  }
}
