import { render } from "svelte/server";
import { readFileSync } from "node:fs";
import { it } from "vitest";
import { stackInflow } from "../charts.ts";
import { formatCompactRupiah, formatMonth, formatRupiah } from "../format.ts";
import { countryName } from "../countries.ts";
import { launchBrowser, saveScreenshot } from "../../../e2e/browser.ts";
import StackedBarChart from "./stacked-bar-chart.svelte";

it("shot", async () => {
  const cells = [];
  const months = ["2025-12","2026-01","2026-02","2026-03","2026-04","2026-05","2026-06","2026-07","2026-08","2026-09","2026-10","2026-11"];
  for (const [i, month] of months.entries()) {
    cells.push({ month, corridorCountry: "TW", amount: { amount: String(9_000_000 + i * 300_000 + (month === "2026-03" ? 4_000_000 : 0)) } });
    cells.push({ month, corridorCountry: "HK", amount: { amount: String(6_000_000 + i * 100_000) } });
    if (i % 2 === 0) cells.push({ month, corridorCountry: "MY", amount: { amount: String(3_500_000) } });
    cells.push({ month, corridorCountry: "SA", amount: { amount: String(2_000_000) } });
  }
  const { body, head } = render(StackedBarChart, { props: { data: stackInflow(cells), title: "Kiriman uang per bulan menurut negara asal", summary: "x", seriesLabel: "Negara asal",
    formatValue: (v: bigint) => formatRupiah(v), formatTick: (v: bigint) => formatCompactRupiah(v, "id"), formatCategory: (m: string) => formatMonth(m, "id"), formatSeries: (k: string) => countryName(k, "id") } });
  const css = readFileSync(new URL("../../app.css", import.meta.url), "utf8");
  const b = await launchBrowser();
  const page = await b.newPage();
  await page.setContent(`<html><head><style>${css}</style>${head}</head><body><div style="padding:16px;background:#fff">${body}</div></body></html>`);
  await saveScreenshot(page, "zz-chart");
  await page.setViewportSize({ width: 1000, height: 600 });
  await saveScreenshot(page, "zz-chart-wide");
  await b.close();
}, 60000);
