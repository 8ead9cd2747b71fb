import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";

import type { Page } from "playwright-core";

import type { TestBrowser } from "./browser.ts";

interface AxeViolation {
  id: string;
  impact: "minor" | "moderate" | "serious" | "critical" | null;
  help: string;
  helpUrl: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

const BLOCKING = new Set(["serious", "critical"]);

let axeSource: Promise<string> | undefined;

function loadAxeSource(): Promise<string> {
  axeSource ??= readFile(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
  return axeSource;
}

/** Runs axe-core on the page and returns every violation, whatever its impact. */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol rather than added as a <script>: the app's CSP (nonce-only scripts)
  // rightly refuses an injected inline script, and the tests keep that CSP on.
  await page.evaluate(await loadAxeSource());
  return page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe?: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    if (!axe) throw new Error("axe-core did not load: is JavaScript disabled in this browser context?");
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map(({ id, impact, help, helpUrl, nodes }) => ({
      id,
      impact,
      help,
      helpUrl,
      nodes: nodes.map(({ target, failureSummary }) => ({ target, failureSummary })),
    }));
  });
}

/**
 * Fails when axe-core finds a serious or critical accessibility problem; minor and moderate
 * findings are returned for the caller to log or assert on.
 */
export async function expectAccessible(page: Page): Promise<AxeViolation[]> {
  const violations = await runAxe(page);
  const blocking = violations.filter((violation) => violation.impact && BLOCKING.has(violation.impact));
  if (blocking.length > 0) {
    const report = blocking
      .map((violation) => {
        const targets = violation.nodes.map((node) => `    ${JSON.stringify(node.target)}`).join("\n");
        return `[${violation.impact}] ${violation.id}: ${violation.help} (${violation.helpUrl})\n${targets}`;
      })
      .join("\n");
    throw new Error(`axe-core found ${blocking.length} serious/critical problem(s) on ${page.url()}:\n${report}`);
  }
  return violations;
}

/**
 * The axe check for a page seen without JavaScript (axe-core cannot run there: the page's timers never fire).
 * The page as rendered, minus its scripts so nothing hydrates or changes it, is served at its own address to a
 * browser with JavaScript, which loads the same stylesheets and runs axe on it.
 */
export async function expectAccessibleWithoutScript(page: Page, withScript: TestBrowser) {
  const html = (await page.content()).replace(/<script\b[\s\S]*?<\/script>/gi, "");
  const copy = await withScript.newPage();
  try {
    await copy.route(page.url(), (route) => route.fulfill({ status: 200, contentType: "text/html", body: html }));
    await copy.goto(page.url());
    await expectAccessible(copy);
  } finally {
    await copy.close();
  }
}
