// Serves the built SvelteKit app (adapter-node's handler) in this process.
// adapter-node 6 derives the request origin from headers and assumes https unless PROTOCOL_HEADER names one, and
// takes the client's address from ADDRESS_HEADER. This server decides both before the app sees the request: the
// scheme and address a trusted proxy (TRUST_PROXY) forwarded, else the connection's own, overwriting whatever an
// untrusted client wrote. So behind a TLS proxy the app knows it is served over https (Secure cookies), and a
// client cannot choose the address the API's limits count it under.
// Beside the app: GET /healthz and /readyz (ready while the API is), a request id (x-request-id, kept from the
// caller when well-formed, else new) that the app forwards to the API, and one JSON log line per request.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { TLSSocket } from "node:tls";

import { parseTrustProxy } from "@desa-migran/api/client-address";
import { createHealth } from "@desa-migran/api/health";
import { createLogger, type Logger, pathOnly, REQUEST_ID_HEADER, requestIdFrom } from "@desa-migran/api/logger";
import { drainServer, type ShutdownOptions } from "@desa-migran/api/shutdown";
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

/** The web app can serve pages only while the API does: ready when the API's own /readyz says so. */
async function apiReady(apiUrl: string) {
  const response = await fetch(new URL("/readyz", apiUrl), { signal: AbortSignal.timeout(2000) });
  if (!response.ok) throw new Error(`API not ready: ${response.status}`);
}

export async function startWebServer({
  port,
  apiUrl,
  host,
  logger = createLogger("web"),
}: {
  port: number;
  apiUrl: string;
  host?: string;
  logger?: Logger;
}) {
  process.env.API_URL = apiUrl;
  process.env.PROTOCOL_HEADER = PROTOCOL_HEADER;
  process.env.ADDRESS_HEADER = ADDRESS_HEADER;
  // adapter-node refuses bodies over 512 KB by default: a seller's photo upload may be up to 10 MB.
  process.env.BODY_SIZE_LIMIT ??= "11M";
  const trust = parseTrustProxy(process.env.TRUST_PROXY);
  const buildUrl = new URL("../build/handler.js", import.meta.url);
  const { handler } = (await import(buildUrl.href).catch(() => {
    throw new Error("The web app is not built: run `npm start` (it builds first) or `npm run build`.");
  })) as { handler: (req: IncomingMessage, res: ServerResponse) => void };
  const health = createHealth({ api: () => apiReady(apiUrl) });

  const server = createServer((req, res) => {
    const started = process.hrtime.bigint();
    const requestId = requestIdFrom(req.headers[REQUEST_ID_HEADER]);
    // The app's handleFetch hook forwards it to the API, so both logs carry the same id.
    req.headers[REQUEST_ID_HEADER] = requestId;
    res.setHeader(REQUEST_ID_HEADER, requestId);
    const path = pathOnly(req.url);
    res.once("close", () => {
      const probe = path === "/healthz" || path === "/readyz";
      logger[probe ? "debug" : "info"]({
        requestId,
        method: req.method,
        path,
        status: res.statusCode,
        durationMs: Math.round(Number(process.hrtime.bigint() - started) / 1e6),
        ...(res.writableFinished ? {} : { aborted: true }),
      });
    });
    if (health.handle(req, res)) return;
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
    server.listen(port, host, () => resolve());
  });
  let stopping: Promise<void> | undefined;
  return {
    url: `http://localhost:${port}`,
    /** Readiness turns 503, requests in flight finish (see drainServer), then connections close. */
    stop: (options: ShutdownOptions = {}) => (stopping ??= drainServer(server, health, options)),
  };
}
