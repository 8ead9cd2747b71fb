// Serves the built SvelteKit app (adapter-node's handler) in this process.
// adapter-node 6 derives the request origin from headers and assumes https unless PROTOCOL_HEADER names one, and
// takes the client's address from ADDRESS_HEADER. This server decides both before the app sees the request: the
// scheme and address a trusted proxy (TRUST_PROXY) forwarded, else the connection's own, overwriting whatever an
// untrusted client wrote. So behind a TLS proxy the app knows it is served over https (Secure cookies), and a
// client cannot choose the address the API's limits count it under.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { TLSSocket } from "node:tls";

import { parseTrustProxy } from "@desa-migran/api/client-address";
import proxyaddr from "proxy-addr";

const PROTOCOL_HEADER = "x-forwarded-proto";
const ADDRESS_HEADER = "x-desa-migran-client-address";

/** The scheme the client used: the nearest trusted proxy's word for it, or this connection's. */
function requestScheme(req: IncomingMessage, trust: ReturnType<typeof parseTrustProxy>): "http" | "https" {
  const own = (req.socket as TLSSocket).encrypted ? "https" : "http";
  const forwarded = String(req.headers[PROTOCOL_HEADER] ?? "")
    .split(",")
    .at(-1)
    ?.trim()
    .toLowerCase();
  if (!trust(req.socket.remoteAddress ?? "", 0)) return own;
  return forwarded === "https" || forwarded === "http" ? forwarded : own;
}

export async function startWebServer({ port, apiUrl }: { port: number; apiUrl: string }) {
  process.env.API_URL = apiUrl;
  process.env.PROTOCOL_HEADER = PROTOCOL_HEADER;
  process.env.ADDRESS_HEADER = ADDRESS_HEADER;
  const trust = parseTrustProxy(process.env.TRUST_PROXY);
  const buildUrl = new URL("../apps/web/build/handler.js", import.meta.url);
  const { handler } = (await import(buildUrl.href).catch(() => {
    throw new Error("The web app is not built: run `npm start` (it builds first) or `npm run build`.");
  })) as { handler: (req: IncomingMessage, res: ServerResponse) => void };

  const server = createServer((req, res) => {
    req.headers[PROTOCOL_HEADER] = requestScheme(req, trust);
    req.headers[ADDRESS_HEADER] = proxyaddr(req, trust);
    handler(req, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) =>
      reject(
        error.code === "EADDRINUSE" ? new Error(`Port ${port} is already in use: set WEB_PORT to a free port.`) : error,
      ),
    );
    server.listen(port, () => resolve());
  });
  return {
    url: `http://localhost:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
