// `npm start`: database (embedded by default), migrations, demo seed, then the API and the built web app.
import { startApiServer } from "@desa-migran/api/server";
import { startWebServer } from "@desa-migran/web/web-server";

import { assertPortFree, prepareDatabase, readPort } from "./prepare-database.ts";

async function main() {
  const apiPort = readPort("API_PORT", 4000);
  const webPort = readPort("WEB_PORT", 3000);
  await assertPortFree(apiPort, "API_PORT");
  await assertPortFree(webPort, "WEB_PORT");

  // Links in messages (sign-up) and CORS name the marketplace's own address.
  process.env.WEB_ORIGIN ??= `http://localhost:${webPort}`;
  const database = await prepareDatabase();
  // The API's one local caller that names its visitors is the web server below, on loopback.
  const api = await startApiServer({
    databaseUrl: database.url,
    port: apiPort,
    host: "0.0.0.0",
    trustProxy: "loopback",
  });
  // The built app shows partners PARTNER_API_URL only (never API_URL); locally that is this API.
  process.env.PARTNER_API_URL ??= `http://localhost:${apiPort}/graphql`;
  const web = await startWebServer({ port: webPort, apiUrl: `http://127.0.0.1:${apiPort}/graphql` });

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    console.log("Stopping…");
    await web.stop();
    await api.stop();
    await database.stop();
    process.exit(0);
  };
  process.once("SIGINT", () => void stop());
  process.once("SIGTERM", () => void stop());

  console.log(`Marketplace: ${web.url}`);
  console.log(`GraphQL API: ${api.url}`);
  console.log("Press Ctrl-C to stop.");
}

main().catch((error: unknown) => {
  console.error(`Cannot start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
