// `npm run dev`: the same database preparation as `npm start`, then the API and the web app with hot reload.
import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

import { assertPortFree, prepareDatabase, readPort } from "./prepare-database.ts";

const root = fileURLToPath(new URL("..", import.meta.url));

async function main() {
  const apiPort = readPort("API_PORT", 4000);
  const webPort = readPort("WEB_PORT", 3000);
  await assertPortFree(apiPort, "API_PORT");
  await assertPortFree(webPort, "WEB_PORT");
  const database = await prepareDatabase();
  // The API trusts the dev web server on loopback to name its visitors (X-Forwarded-For).
  const env = {
    ...process.env,
    DATABASE_URL: database.url,
    API_PORT: String(apiPort),
    TRUST_PROXY: process.env.TRUST_PROXY ?? "loopback",
  };
  const children: ChildProcess[] = [
    spawn(process.execPath, ["--watch", "apps/api/src/server.ts"], { cwd: root, env, stdio: "inherit" }),
    spawn(
      process.execPath,
      [`${root}/node_modules/vite/bin/vite.js`, "dev", "--port", String(webPort), "--strictPort"],
      {
        cwd: `${root}/apps/web`,
        env: { ...process.env, API_URL: `http://127.0.0.1:${apiPort}/graphql` },
        stdio: "inherit",
      },
    ),
  ];
  const stop = async () => {
    for (const child of children) child.kill("SIGTERM");
    await database.stop();
    process.exit(0);
  };
  process.once("SIGINT", () => void stop());
  process.once("SIGTERM", () => void stop());
  console.log(
    `Marketplace (hot reload): http://localhost:${webPort}\nGraphQL API: http://localhost:${apiPort}/graphql`,
  );
}

main().catch((error: unknown) => {
  console.error(`Cannot start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
