// Serves the built SvelteKit app (adapter-node's handler) in this process.
// adapter-node 6 derives the request origin from headers and assumes https unless PROTOCOL_HEADER names one; with
// no proxy in front, this server plays the proxy: it states the real scheme of each connection, overwriting
// whatever the client sent, so Kit's CSRF check accepts the app's own form posts over plain http.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { TLSSocket } from "node:tls";

const PROTOCOL_HEADER = "x-forwarded-proto";

export async function startWebServer({ port, apiUrl }: { port: number; apiUrl: string }) {
  process.env.API_URL = apiUrl;
  process.env.PROTOCOL_HEADER = PROTOCOL_HEADER;
  const buildUrl = new URL("../apps/web/build/handler.js", import.meta.url);
  const { handler } = (await import(buildUrl.href).catch(() => {
    throw new Error("The web app is not built: run `npm start` (it builds first) or `npm run build`.");
  })) as { handler: (req: IncomingMessage, res: ServerResponse) => void };

  const server = createServer((req, res) => {
    req.headers[PROTOCOL_HEADER] = (req.socket as TLSSocket).encrypted ? "https" : "http";
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
