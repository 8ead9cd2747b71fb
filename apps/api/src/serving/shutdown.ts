// Graceful shutdown for a node:http server (the API and the web server): on SIGTERM, readiness turns 503 first,
// the server keeps answering for a short delay so load balancers notice and stop sending, then it stops accepting
// connections, lets requests in flight finish, and cuts what is left at the deadline. Orchestrators wait 10 s
// (Docker's default stop timeout) before killing, so delay + grace stay below that.
import type { Server } from "node:http";

import type { Health } from "./health.ts";

export interface ShutdownOptions {
  /** How long readiness reports "draining" while requests are still served (SHUTDOWN_DELAY_MS, default 2000). */
  delayMs?: number;
  /** How long requests in flight get after that before their connections are closed (default 6000). */
  graceMs?: number;
}

export function shutdownOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): Required<ShutdownOptions> {
  const delay = Number(env.SHUTDOWN_DELAY_MS);
  return { delayMs: Number.isFinite(delay) && delay >= 0 && delay <= 8000 ? delay : 2000, graceMs: 6000 };
}

export async function drainServer(server: Server, health: Health, options: ShutdownOptions = {}): Promise<void> {
  const { delayMs = 0, graceMs = 6000 } = options;
  health.startDraining();
  if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  // Keep-alive connections with nothing in flight would otherwise hold close() open until they time out.
  server.closeIdleConnections();
  const idleSweep = setInterval(() => server.closeIdleConnections(), 100);
  const deadline = setTimeout(() => server.closeAllConnections(), graceMs);
  try {
    await closed;
  } finally {
    clearInterval(idleSweep);
    clearTimeout(deadline);
  }
}
