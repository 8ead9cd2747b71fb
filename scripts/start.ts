// `npm start`: database (embedded by default), migrations, demo seed, then the API and the built web app.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { startApiServer } from "../apps/api/src/server.ts";
import { assertPortFree, prepareDatabase, readPort } from "./prepare-database.ts";

async function main() {
  const apiPort = readPort("API_PORT", 4000);
  const webPort = readPort("WEB_PORT", 3000);
  await assertPortFree(apiPort, "API_PORT");
  await assertPortFree(webPort, "WEB_PORT");

  const database = await prepareDatabase();
  const api = await startApiServer({ databaseUrl: database.url, port: apiPort, host: "0.0.0.0" });
  const web = spawn(process.execPath, [fileURLToPath(new URL("../apps/web/build/index.js", import.meta.url))], {
    env: { ...process.env, PORT: String(webPort), API_URL: `http://127.0.0.1:${apiPort}/graphql`, ORIGIN: process.env.ORIGIN ?? `http://localhost:${webPort}` },
    stdio: "inherit",
  });

  let stopping = false;
  const stop = async (code = 0) => {
    if (stopping) return;
    stopping = true;
    console.log("Stopping…");
    web.kill("SIGTERM");
    await api.stop();
    await database.stop();
    process.exit(code);
  };
  web.once("exit", (code) => {
    if (!stopping) {
      console.error(`The web app exited (code ${code}).`);
      void stop(1);
    }
  });
  process.once("SIGINT", () => void stop());
  process.once("SIGTERM", () => void stop());

  console.log(`Marketplace: http://localhost:${webPort}`);
  console.log(`GraphQL API: ${api.url}`);
  console.log("Press Ctrl-C to stop.");
}

main().catch((error: unknown) => {
  console.error(`Cannot start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
