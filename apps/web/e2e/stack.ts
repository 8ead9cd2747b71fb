import { spawn } from "node:child_process";
import { join } from "node:path";

import { findFreePort } from "../testing/free-port.ts";
import { appDir } from "./app-dir.ts";
import { ensureBuild } from "./ensure-build.ts";

export interface WebStack {
  /** Origin of the running web app, e.g. http://127.0.0.1:41234 */
  url: string;
  stop(): Promise<void>;
}

export interface StartStackOptions {
  /** GraphQL endpoint the web server calls (apps/api's /graphql, or a stand-in). */
  apiUrl: string;
  /** Extra environment for the web server. */
  env?: Record<string, string>;
  /** Build first if sources changed since the last build (default true). */
  build?: boolean;
}

async function waitUntilServing(url: string, exited: Promise<string>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let earlyExit: string | undefined;
  void exited.then((reason) => (earlyExit = reason));
  while (Date.now() < deadline) {
    if (earlyExit !== undefined) throw new Error(`The web server exited before serving: ${earlyExit}`);
    // A static file answers without calling the API, which may not be up yet.
    const response = await fetch(`${url}/favicon.svg`).catch(() => null);
    if (response?.ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`The web server did not answer at ${url} within ${timeoutMs} ms`);
}

/**
 * Starts the built web app (`node build`, as in production) on a free loopback port, talking
 * to the GraphQL API at `apiUrl`. Starting the API and its database is the caller's job.
 */
export async function startStack(options: StartStackOptions): Promise<WebStack> {
  if (options.build !== false) await ensureBuild();
  const port = await findFreePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [join(appDir, "build/index.js")], {
    cwd: appDir,
    env: {
      ...process.env,
      NODE_ENV: "production",
      HOST: "127.0.0.1",
      PORT: String(port),
      // adapter-node 6 has no ORIGIN variable: it builds the origin from the Host header and
      // assumes https unless this header says otherwise (launchBrowser() sends it). Without
      // it, Kit sees https://… and rejects the browser's http form POSTs as cross-site.
      PROTOCOL_HEADER: "x-forwarded-proto",
      API_URL: options.apiUrl,
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-10_000);
  };
  child.stdout.on("data", collect);
  child.stderr.on("data", collect);
  const exited = new Promise<string>((resolve) => {
    child.once("exit", (code, signal) => resolve(`code ${code ?? signal}\n${output}`));
  });

  try {
    await waitUntilServing(url, exited, 20_000);
  } catch (error) {
    child.kill("SIGKILL");
    throw error;
  }

  return {
    url,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
