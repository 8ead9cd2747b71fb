import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { type BrowserContext, chromium, type Page } from "playwright-core";

import { appDir } from "./app-dir.ts";

/** Debian's chromium (`apt-get install -y chromium`); playwright's own download is unavailable. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const chromiumAvailable = existsSync(CHROMIUM_PATH);

// A developer's machine without Chromium skips the browser suites; under CI a skipped suite would be a green run
// that tested no page, so the run fails instead.
if (!chromiumAvailable && process.env.CI === "true") {
  throw new Error(`CI=true and no Chromium at ${CHROMIUM_PATH}: install it (apt-get install -y chromium)`);
}

/** Title suffix for e2e suites, so a skipped run says why in the test report. */
export const skipReason = chromiumAvailable
  ? ""
  : ` (skipped: no Chromium at ${CHROMIUM_PATH}; run \`apt-get install -y chromium\` or set CHROMIUM_PATH)`;

export const screenshotDir = join(appDir, "test-results/screenshots");

// Without the background-networking flags Chromium keeps dialling Google services, which
// floods a machine without internet with refused connections.
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export interface TestBrowser {
  context: BrowserContext;
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Starts Chromium with a fresh profile (no cookies or cache from an earlier run), at a
 * phone-sized viewport because most visitors use phones.
 */
export async function launchBrowser(
  options: {
    viewport?: { width: number; height: number };
    locale?: string;
    javaScriptEnabled?: boolean;
    /** "block" keeps the app's service worker out: requests it answers from its cache bypass `page.route`. */
    serviceWorkers?: "allow" | "block";
  } = {},
): Promise<TestBrowser> {
  if (!chromiumAvailable) throw new Error(`Chromium not found at ${CHROMIUM_PATH}`);
  const userDataDir = await mkdtemp(join(tmpdir(), "desa-migran-chromium-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    viewport: options.viewport ?? { width: 390, height: 844 },
    locale: options.locale ?? "id-ID",
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    serviceWorkers: options.serviceWorkers ?? "allow",
    // Plays the TLS-terminating proxy for startStack(): adapter-node 6 assumes https unless
    // PROTOCOL_HEADER names a header saying otherwise, and Kit rejects form POSTs whose
    // Origin (http://…) differs from that. Ignored by servers not configured to read it.
    extraHTTPHeaders: { "x-forwarded-proto": "http" },
  });
  const scripted = options.javaScriptEnabled ?? true;
  return {
    context,
    newPage: async () => {
      const page = await context.newPage();
      return scripted ? waitingForHydration(page) : page;
    },
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** A page whose goto and waitForURL return only once the app has hydrated (see +layout.svelte), or at once for a page without scripts. */
function waitingForHydration(page: Page): Page {
  const hydrated = () =>
    page.waitForFunction(
      () => document.documentElement.dataset.hydrated !== undefined || !document.querySelector("script"),
    );
  const goto = page.goto.bind(page);
  const waitForURL = page.waitForURL.bind(page);
  page.goto = async (...args) => {
    const response = await goto(...args);
    await hydrated();
    return response;
  };
  page.waitForURL = async (...args) => {
    await waitForURL(...args);
    await hydrated();
  };
  return page;
}

/** Saves a full-page PNG under apps/web/test-results/screenshots (git-ignored) and returns its path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  await mkdir(screenshotDir, { recursive: true });
  const path = join(screenshotDir, `${name.replace(/[^a-z0-9-]+/gi, "-")}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
