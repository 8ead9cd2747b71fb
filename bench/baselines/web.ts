// The web app's production server (apps/web/server) for the page benchmark, on a free port; with a file argument,
// also that file as a static page, from a plain node:http server in the same process that answers as adapter-node's
// static files do (one lookup, a stream). adapter-node serves only the files known at build time, so the page saved
// from the SSR answer cannot be added to the build.
// Usage (started by bench/pages.ts): node bench/baselines/web.ts <API url> [<static HTML file>]
import { createReadStream, statSync } from "node:fs";
import { createServer } from "node:http";
import { type AddressInfo, createServer as createNetServer } from "node:net";

import { startWebServer } from "@desa-migran/web/web-server";

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createNetServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });

const port = await freePort();
const web = await startWebServer({ port, host: "127.0.0.1", apiUrl: process.argv[2]! });
let staticPort = 0;
const file = process.argv[3];
if (file) {
  const size = statSync(file).size;
  const server = createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-length": size });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  staticPort = (server.address() as AddressInfo).port;
}
console.log(JSON.stringify({ port, staticPort }));
process.once("SIGTERM", () => void web.stop().then(() => process.exit(0)));
