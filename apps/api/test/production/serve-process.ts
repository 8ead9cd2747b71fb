// Runs `npm run serve` (scripts/serve.ts with NODE_ENV=production) as a child process on free ports, the way a
// deployment does, and keeps everything it writes so tests can read its JSON logs.
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";

export const repoRoot = fileURLToPath(new URL("../../../../", import.meta.url));

/** Variables of ours a developer's shell may hold: a test's process gets only what the test gives it. */
const OWN_VARIABLES = [
  "DATABASE_URL",
  "REDIS_URL",
  "NIK_PEPPER",
  "WEB_ORIGIN",
  "PARTNER_API_URL",
  "API_URL",
  "TRUST_PROXY",
  "API_PORT",
  "WEB_PORT",
  "RESPONSE_CACHE",
  "LOG_LEVEL",
];

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

export interface ServeProcess {
  child: ChildProcess;
  apiOrigin: string;
  webOrigin: string;
  /** Everything written to stdout and stderr so far. */
  output(): string;
  /** stdout's lines parsed as JSON (a line that is not JSON fails the test that reads it). */
  logLines(): Record<string, unknown>[];
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
  kill(): void;
}

export function productionEnv(databaseUrl: string): Record<string, string> {
  return {
    DATABASE_URL: databaseUrl,
    NIK_PEPPER: randomBytes(32).toString("base64"),
    WEB_ORIGIN: "https://desamigran.example",
    PARTNER_API_URL: "https://desamigran.example/graphql",
  };
}

export async function startServe(
  role: "all" | "api" | "web",
  env: Record<string, string>,
  /** "ready": until /readyz answers 200 (the default); "alive": /healthz; "none": not at all. */
  { waitFor = "ready" }: { waitFor?: "ready" | "alive" | "none" } = {},
): Promise<ServeProcess> {
  const apiPort = await freePort();
  const webPort = await freePort();
  const base = { ...process.env };
  for (const name of OWN_VARIABLES) delete base[name];
  const child = spawn(process.execPath, ["scripts/serve.ts", ...(role === "all" ? [] : [role])], {
    cwd: repoRoot,
    env: {
      ...base,
      NODE_ENV: "production",
      API_HOST: "127.0.0.1",
      WEB_HOST: "127.0.0.1",
      API_PORT: String(apiPort),
      WEB_PORT: String(webPort),
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const processHandle: ServeProcess = {
    child,
    apiOrigin: `http://127.0.0.1:${apiPort}`,
    webOrigin: `http://127.0.0.1:${webPort}`,
    output: () => stdout + stderr,
    logLines: () =>
      stdout
        .split("\n")
        .filter((line) => line.trim())
        .map((line) => JSON.parse(line) as Record<string, unknown>),
    exited,
    kill: () => void child.kill("SIGKILL"),
  };
  if (waitFor === "none") return processHandle;
  let gone = false;
  void exited.then(() => (gone = true));
  const probe =
    role === "web" ? processHandle.webOrigin : role === "api" ? processHandle.apiOrigin : processHandle.webOrigin;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (gone) throw new Error(`npm run serve exited before serving:\n${processHandle.output()}`);
    // Ready, not only alive: its database (and Redis, when configured) answer.
    const response = await fetch(`${probe}/${waitFor === "ready" ? "readyz" : "healthz"}`).catch(() => null);
    if (response?.ok) return processHandle;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill("SIGKILL");
  throw new Error(`npm run serve did not answer within 60 s:\n${processHandle.output()}`);
}

/** True when the tests run on the embedded PGlite (no TEST_DATABASE_URL): some need a real second server. */
export const embeddedDatabase = !process.env.TEST_DATABASE_URL;
