import type { IncomingMessage } from "node:http";

import type { Plugin } from "graphql-yoga";
import { Redis } from "ioredis";
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from "rate-limiter-flexible";

import type { Env } from "../env.ts";
import { hashToken } from "../modules/auth/tokens.ts";
import { clientAddress, parseTrustProxy, type TrustProxy } from "./client-address.ts";

export interface RateLimitOptions {
  /** Length of one window, in seconds. */
  windowSeconds: number;
  /** Requests per window from one client address. */
  ipPoints: number;
  /** Requests per window with one API key (counted in addition to the address limit). */
  keyPoints: number;
  /** Which peers may name the client in X-Forwarded-For (see client-address.ts). */
  trustProxy: TrustProxy;
  /** Shared counters in Redis (a URL or an ioredis client); in process memory when absent. */
  redis?: string | Redis;
  /** Prefix of the Redis keys, so that several deployments (or tests) can share one Redis. */
  keyPrefix?: string;
}

/** Defaults: 300 requests a minute per address and 600 per key; 100000 under NODE_ENV=test (suites share 127.0.0.1). */
export function rateLimitOptionsFromEnv(env: Env): RateLimitOptions {
  const generous = env.NODE_ENV === "test" ? 100_000 : undefined;
  return {
    windowSeconds: env.RATE_LIMIT_WINDOW_SECONDS,
    ipPoints: env.RATE_LIMIT_IP_POINTS ?? generous ?? 300,
    keyPoints: env.RATE_LIMIT_KEY_POINTS ?? generous ?? 600,
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    redis: env.REDIS_URL || undefined,
  };
}

function bearerToken(request: Request): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(request.headers.get("authorization") ?? "");
  return match ? match[1]! : null;
}

/**
 * Limits requests per client address and per API key with rate-limiter-flexible. Refusals happen before any
 * parsing or database work: HTTP 429, a Retry-After header and a GraphQL error body. With Redis, a short in-memory
 * limiter takes over while Redis is unreachable, so an outage neither blocks everyone nor lifts every limit.
 */
export function useRateLimit(options: RateLimitOptions): Plugin {
  const ownsRedis = typeof options.redis === "string";
  const redis =
    typeof options.redis === "string"
      ? new Redis(options.redis, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false })
      : options.redis;
  // ioredis emits "error" on each failed reconnect; without a listener Node would crash the process.
  if (ownsRedis) redis!.on("error", () => {});
  const make = (name: string, points: number): RateLimiterAbstract => {
    const base = { points, duration: options.windowSeconds, keyPrefix: `${options.keyPrefix ?? "dm-rl"}:${name}` };
    return redis
      ? new RateLimiterRedis({
          ...base,
          storeClient: redis,
          rejectIfRedisNotReady: true,
          insuranceLimiter: new RateLimiterMemory(base),
        })
      : new RateLimiterMemory(base);
  };
  const perAddress = make("ip", options.ipPoints);
  const perKey = make("key", options.keyPoints);

  return {
    async onRequest({ request, serverContext, endResponse, fetchAPI }) {
      const key = bearerToken(request);
      try {
        await perAddress.consume(clientAddress((serverContext as { req?: IncomingMessage }).req, options.trustProxy));
        // The key's hash, not the key: Redis must never hold a usable secret.
        if (key) await perKey.consume(hashToken(key).slice(0, 32));
      } catch (error) {
        if (!(error instanceof RateLimiterRes)) throw error;
        const seconds = Math.max(1, Math.ceil(error.msBeforeNext / 1000));
        endResponse(
          new fetchAPI.Response(
            JSON.stringify({
              errors: [
                {
                  message: `Terlalu banyak permintaan. Coba lagi dalam ${seconds} detik. / Too many requests: retry in ${seconds} s.`,
                  extensions: { code: "RATE_LIMITED", retryAfterSeconds: seconds },
                },
              ],
            }),
            {
              status: 429,
              headers: { "content-type": "application/json; charset=utf-8", "retry-after": String(seconds) },
            },
          ),
        );
      }
    },
    async onDispose() {
      if (ownsRedis) await redis!.quit().catch(() => redis!.disconnect());
    },
  };
}
