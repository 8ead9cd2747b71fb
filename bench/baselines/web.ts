// The web app's production server (apps/web/server), for the page benchmark: serves the build on a free port and
// prints it. The same server answers the SSR pages and the static file they are compared with.
// Usage (started by bench/pages.ts): node bench/baselines/web.ts <API url>
import { createServer } from "node:net";

import { startWebServer } from "@desa-migran/web/web-server";

const port = await new Promise<number>((resolve) => {
  const probe = createServer().listen(0, "127.0.0.1", () => {
    const address = probe.address();
    probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
  });
});
const web = await startWebServer({ port, host: "127.0.0.1", apiUrl: process.argv[2]! });
console.log(JSON.stringify({ port }));
process.once("SIGTERM", () => void web.stop().then(() => process.exit(0)));
