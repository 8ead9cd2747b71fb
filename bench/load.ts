// One load run with autocannon (from the benchmark's own process, never the server's), returning throughput and
// latency percentiles computed from every response time (autocannon's summary has no p95).
import autocannon from "autocannon";

export interface LoadOptions {
  url: string;
  /** The POST body (a GraphQL request); a GET (a page) when absent. */
  body?: string;
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
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        ...(options.body === undefined
          ? { method: "GET" as const, headers: { ...options.headers } }
          : {
              method: "POST" as const,
              body: options.body,
              headers: { "content-type": "application/json", ...options.headers },
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
