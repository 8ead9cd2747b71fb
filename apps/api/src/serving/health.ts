// GET /healthz (the process is alive) and GET /readyz (it can serve: its dependencies answer and it is not
// draining), shared by the API and the web server. A load balancer or orchestrator stops sending traffic to a
// process whose /readyz fails, and restarts one whose /healthz fails.
import type { IncomingMessage, ServerResponse } from "node:http";

export type ReadinessCheck = () => Promise<unknown>;

export interface Health {
  /** Readiness answers 503 from now on (shutdown has begun); liveness stays 200. */
  startDraining(): void;
  readonly draining: boolean;
  /** Answers /healthz and /readyz; returns false for any other request. */
  handle(req: IncomingMessage, res: ServerResponse): boolean;
}

function withTimeout(check: ReadinessCheck, ms: number): Promise<unknown> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    check(),
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

export function createHealth(checks: Record<string, ReadinessCheck>, { timeoutMs = 2000 } = {}): Health {
  let draining = false;
  const send = (res: ServerResponse, status: number, body: unknown) => {
    // Never cached: a proxy must see the current state.
    res.writeHead(status, { "content-type": "application/json", "cache-control": "no-store" });
    res.end(JSON.stringify(body));
  };
  return {
    startDraining: () => void (draining = true),
    get draining() {
      return draining;
    },
    handle(req, res) {
      const path = (req.url ?? "").split("?")[0];
      if (req.method !== "GET" && req.method !== "HEAD") return false;
      if (path === "/healthz") {
        send(res, 200, { status: "ok" });
        return true;
      }
      if (path !== "/readyz") return false;
      if (draining) {
        send(res, 503, { status: "draining" });
        return true;
      }
      void (async () => {
        const results = await Promise.all(
          Object.entries(checks).map(async ([name, check]) => {
            try {
              await withTimeout(check, timeoutMs);
              return [name, "ok"] as const;
            } catch {
              // Only "fail": the reason may name hosts or users; the process logs it where needed.
              return [name, "fail"] as const;
            }
          }),
        );
        const ok = !draining && results.every(([, result]) => result === "ok");
        send(res, ok ? 200 : 503, {
          status: draining ? "draining" : ok ? "ok" : "unavailable",
          checks: Object.fromEntries(results),
        });
      })();
      return true;
    },
  };
}
