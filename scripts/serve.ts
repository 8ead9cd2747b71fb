// `npm run serve [-- api|web]`: production. Runs the API and the built web app (both, or one role per process as
// in compose.yaml), with NODE_ENV=production set by the npm script. Never migrates and never seeds: migrations are
// `npm run db:migrate`, run once per deploy before the new version starts (it refuses to start while one is
// pending). Refuses to start, naming each variable, while a secret or required setting is missing.
import { format } from "node:util";

import { readEnv } from "@desa-migran/api/env";
import { createLogger } from "@desa-migran/api/logger";
import { type Role, servingProblems } from "@desa-migran/api/production-env";
import { startApiServer } from "@desa-migran/api/server";
import { shutdownOptionsFromEnv } from "@desa-migran/api/shutdown";
import { pendingMigrations } from "@desa-migran/db/migrate";
import { startWebServer } from "@desa-migran/web/web-server";

import { readPort } from "./ports.ts";

const ROLES: Record<string, Role[]> = { all: ["api", "web"], api: ["api"], web: ["web"] };

/** Every line on stdout is JSON: what the app itself prints (SvelteKit's error log) goes through pino too. */
function routeConsoleToLogger() {
  const logger = createLogger("web-app");
  console.log = console.info = (...args: unknown[]) => logger.info(format(...args));
  console.warn = (...args: unknown[]) => logger.warn(format(...args));
  console.error = (...args: unknown[]) => logger.error(format(...args));
}

async function main() {
  const roleName = process.argv[2] ?? "all";
  const roles = ROLES[roleName];
  if (!roles) throw new Error(`Unknown role "${roleName}": use api, web or nothing (both).`);
  const problems = servingProblems(roles);
  if (problems.length > 0) {
    console.error(`Refusing to start in production:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`);
    process.exit(1);
  }
  routeConsoleToLogger();
  const logger = createLogger("serve");
  const env = readEnv();

  let api: Awaited<ReturnType<typeof startApiServer>> | undefined;
  if (roles.includes("api")) {
    const pending = await pendingMigrations({ url: env.DATABASE_URL! });
    if (pending.length > 0) {
      throw new Error(
        `${pending.length} migration(s) not applied (${pending.join(", ")}): run \`npm run db:migrate\` first.`,
      );
    }
    // Serving both, the web server calls this API over loopback and names its visitors: trust it for that.
    const trustProxy = roles.includes("web") ? [env.TRUST_PROXY, "loopback"].filter(Boolean).join(",") : undefined;
    api = await startApiServer({ databaseUrl: env.DATABASE_URL!, port: env.API_PORT, host: env.API_HOST, trustProxy });
    logger.info({ url: api.url }, "API listening");
  }
  let web: Awaited<ReturnType<typeof startWebServer>> | undefined;
  if (roles.includes("web")) {
    const apiUrl = api ? `http://127.0.0.1:${api.port}/graphql` : process.env.API_URL!;
    web = await startWebServer({ port: readPort("WEB_PORT", 3000), host: process.env.WEB_HOST || undefined, apiUrl });
    logger.info({ url: web.url }, "web listening");
  }

  const stop = async (signal: string) => {
    logger.info({ signal }, "draining");
    // Whatever happens while draining, the process is gone before an orchestrator's 10 s kill.
    setTimeout(() => process.exit(1), 9500).unref();
    const options = shutdownOptionsFromEnv();
    // The web server's requests in flight still need the API: it drains first, the API closes after it.
    api?.beginDraining();
    await web?.stop(options);
    await api?.stop(web ? { ...options, delayMs: 0 } : options);
    logger.info("stopped");
    process.exit(0);
  };
  process.once("SIGINT", () => void stop("SIGINT"));
  process.once("SIGTERM", () => void stop("SIGTERM"));
}

main().catch((error: unknown) => {
  console.error(`Cannot start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
