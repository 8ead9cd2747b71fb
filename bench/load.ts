// One load run with autocannon (from the benchmark's own process, never the server's), returning throughput and
// latency percentiles computed from every response time (autocannon's summary has no p95).
import { randomUUID } from "node:crypto";

import autocannon from "autocannon";

/** In a write's body, replaced by a fresh UUID on every request (each pledge or order has its own idempotency key). */
export const FRESH_KEY = "__FRESH_KEY__";

export interface LoadOptions {
  url: string;
  /** The POST body (a GraphQL request); a GET (a page) when absent. */
  body?: string;
  /** Bodies sent in turn on each connection instead of `body` (a checkout: add to cart, then place the order). */
  sequence?: string[];
  /** One session cookie per connection, so each connection is its own person (a buyer has one cart). */
  cookies?: string[];
  headers?: Record<string, string>;
  seconds: number;
  connections: number;
  /** Requests per second for the whole run (a fixed-rate run); unlimited when absent. */
  rate?: number;
}

export interface LoadResult {
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  let nextConnection = 0;
  // Only writes (fresh keys), steps in turn and one person per connection need a request built for each send.
  const perRequest = !!options.sequence || !!options.cookies || !!options.body?.includes(FRESH_KEY);
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        ...(options.body === undefined && !options.sequence
          ? { method: "GET" as const, headers: { ...options.headers } }
          : !perRequest
            ? {
                // A read: one prebuilt request, as autocannon sends fastest (no per-request setup in the load
                // generator, which would slow the load it measures).
                method: "POST" as const,
                body: options.body,
                headers: { "content-type": "application/json", ...options.headers },
              }
            : {
                method: "POST" as const,
                headers: { "content-type": "application/json", ...options.headers },
                requests: (options.sequence ?? [options.body!]).map((body) => ({
                  method: "POST" as const,
                  body,
                  // The context is the connection's own: it keeps the person it was given for every request.
                  setupRequest: (request: autocannon.Request, connection: object) => {
                    const context = connection as { cookie?: string };
                    context.cookie ??= options.cookies?.[nextConnection++ % options.cookies.length];
                    return {
                      ...request,
                      body: body.includes(FRESH_KEY) ? body.replaceAll(FRESH_KEY, randomUUID()) : body,
                      headers: {
                        ...request.headers,
                        ...(context.cookie ? { cookie: context.cookie } : {}),
                      },
                    };
                  },
                })),
              }),
        duration: options.seconds,
        connections: options.connections,
        ...(options.rate ? { overallRate: options.rate } : {}),
      },
      (error, finished) => (error ? reject(error as Error) : resolve(finished)),
    );
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      if (statusCode !== 200) errors++;
      latencies.push(responseTime);
    });
  });
  errors += result.errors + result.timeouts;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
  return { rps: latencies.length / options.seconds, p50: at(0.5), p95: at(0.95), p99: at(0.99), errors };
}

/** The median of a non-empty list. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
