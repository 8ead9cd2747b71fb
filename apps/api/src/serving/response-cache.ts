import { randomUUID } from "node:crypto";

import { createRedisCache } from "@envelop/response-cache-redis";
import { type Cache, createInMemoryCache, hashSHA256, useResponseCache } from "@graphql-yoga/plugin-response-cache";
import { getOperationAST } from "graphql";
import type { Plugin } from "graphql-yoga";
import { Redis } from "ioredis";

import { readerLanguage } from "../modules/common/text.ts";

export interface PublicCacheOptions {
  /** Shared cache and generation counter in Redis (a URL or an ioredis client); in process memory when absent. */
  redis?: string | Redis;
  /** Prefix of the Redis keys, so that several deployments (or tests) can share one Redis. */
  prefix?: string;
  /** Longest a cached answer lives (ms): bounds staleness after a write made outside GraphQL (jobs, scripts). */
  ttlMs?: number;
}

/** Anonymous means: no session cookie and no API key. Anything else may see data shaped by who asks. */
function isAnonymous(request: Request): boolean {
  if (request.headers.has("authorization")) return false;
  return !/(?:^|;\s*)dm_session=/.test(request.headers.get("cookie") ?? "");
}

/**
 * Caches the answers to anonymous queries (catalogue, villages, rounds, aggregates), never a signed-in user's or a
 * partner's. Every mutation that runs, whatever its outcome, starts a new cache generation: the generation is part
 * of every cache key, so all earlier answers stop being served at once, on every replica when Redis is shared
 * (one INCR), and expire by TTL. Simpler than tracking which of the many writes touch which public figure (a new
 * order changes stock, a pledge a round's progress and a village's totals), and never stale after a write.
 */
export function usePublicResponseCache(options: PublicCacheOptions = {}): Plugin {
  const prefix = options.prefix ?? "dm:cache:";
  const redis =
    typeof options.redis === "string"
      ? new Redis(options.redis, { enableOfflineQueue: false, maxRetriesPerRequest: 1 })
      : options.redis;
  // ioredis emits "error" on each failed reconnect; without a listener Node would crash the process.
  if (typeof options.redis === "string") redis!.on("error", () => {});
  let localGeneration = 0;
  const generationKey = `${prefix}generation`;
  const readGeneration = async (): Promise<string> => {
    if (!redis) return String(localGeneration);
    // With Redis down, a key no entry can have: serve uncached rather than risk an answer from before a write.
    return redis.get(generationKey).then(
      (generation) => generation ?? "0",
      () => `unreachable:${randomUUID()}`,
    );
  };
  const cache: Cache = redis
    ? tolerateOutage(
        createRedisCache({
          redis,
          buildRedisEntityId: (typename, id) => `${prefix}entity:${typename}:${id}`,
          buildRedisOperationResultCacheKey: (responseId) => `${prefix}operations:${responseId}`,
        }),
      )
    : createInMemoryCache({ max: 5_000 });

  const cachePlugin = useResponseCache({
    session: () => null,
    enabled: (request) => isAnonymous(request),
    ttl: options.ttlMs ?? 30_000,
    cache,
    invalidateViaMutation: false,
    includeExtensionMetadata: false,
    // Category names follow Accept-Language, so the language is part of the key, with the generation.
    buildResponseCacheKey: async ({ documentString, variableValues, operationName, request }) =>
      hashSHA256(
        [
          await readGeneration(),
          readerLanguage(request),
          operationName ?? "",
          documentString,
          JSON.stringify(variableValues ?? {}),
        ].join("|"),
      ),
  });

  // The new generation is recorded before the mutation's response leaves (the execute function itself waits for
  // it), so the writer's next read, and anyone's after it, never gets an answer from before the write.
  const invalidateOnMutation: Plugin = {
    onExecute({ args, executeFn, setExecuteFn }) {
      if (getOperationAST(args.document, args.operationName)?.operation !== "mutation") return;
      setExecuteFn(async (executionArgs) => {
        try {
          return await executeFn(executionArgs);
        } finally {
          localGeneration += 1;
          if (redis) await redis.incr(generationKey).catch(() => {});
        }
      });
    },
  };

  return {
    onPluginInit({ addPlugin }) {
      addPlugin(invalidateOnMutation);
      addPlugin(cachePlugin);
    },
  };
}

/** A Redis outage makes the cache miss and forget, never fail the request. */
function tolerateOutage(cache: Cache): Cache {
  return {
    get: (key) => Promise.resolve(cache.get(key)).catch(() => undefined),
    set: (...args) => Promise.resolve(cache.set(...args)).catch(() => {}),
    invalidate: (entities) => Promise.resolve(cache.invalidate(entities)).catch(() => {}),
  };
}
