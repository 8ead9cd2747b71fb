import { randomBytes } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { parseTrustProxy } from "../../src/serving/client-address.ts";
import { createApi } from "../../src/yoga.ts";
import { createTestApi } from "../harness.ts";
import { REDIS_URL, redisReachable } from "../redis.ts";

const untrusted = parseTrustProxy("");

const hasRedis = await redisReachable();
if (!hasRedis) console.warn(`Skipping the Redis rate-limit test: no Redis answers at ${REDIS_URL}.`);

const post = (yoga: ReturnType<typeof createApi>, headers: Record<string, string> = {}) =>
  yoga.fetch("http://localhost/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query: "{ __typename }" }),
  });

describe("rate limits", () => {
  let api: Awaited<ReturnType<typeof createTestApi>>;
  beforeAll(async () => {
    api = await createTestApi();
  });
  afterAll(() => api?.cleanup());

  it("answers 429 with Retry-After and a GraphQL error once an address has used its requests", async () => {
    // given an API allowing three requests a minute per address
    const yoga = createApi({
      prisma: api.prisma,
      rateLimit: { windowSeconds: 60, ipPoints: 3, keyPoints: 100, trustProxy: untrusted },
    });
    // when a fourth request arrives
    for (let i = 0; i < 3; i++) expect((await post(yoga)).status).toBe(200);
    const response = await post(yoga);
    // then it is refused before any work, with when to retry
    expect(response.status).toBe(429);
    const retryAfter = Number(response.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]!.message).toMatch(/^Terlalu banyak permintaan/);
    expect(body.errors[0]!.extensions.code).toBe("RATE_LIMITED");
  });

  it("limits each API key on its own, even when keys share an address", async () => {
    // given two requests a minute per key
    const yoga = createApi({
      prisma: api.prisma,
      rateLimit: { windowSeconds: 60, ipPoints: 100, keyPoints: 2, trustProxy: untrusted },
    });
    const keyA = { authorization: `Bearer dmk_${"a".repeat(43)}` };
    const keyB = { authorization: `Bearer dmk_${"b".repeat(43)}` };
    // when key A makes a third request (these keys are unknown, so the allowed ones get 401)
    expect((await post(yoga, keyA)).status).toBe(401);
    expect((await post(yoga, keyA)).status).toBe(401);
    // then it is throttled, while key B and keyless requests from the same address still go through
    expect((await post(yoga, keyA)).status).toBe(429);
    expect((await post(yoga, keyB)).status).toBe(401);
    expect((await post(yoga)).status).toBe(200);
  });

  it("trusts X-Forwarded-For only from configured proxies (over real HTTP, from a loopback peer)", async () => {
    // given one request per address, and the API serving over HTTP on loopback: once trusting no proxy (the
    // default), once trusting loopback as its proxy
    const limits = { windowSeconds: 60, ipPoints: 1, keyPoints: 100 };
    const serve = async (trustProxy: string) => {
      const server = createServer(
        createApi({ prisma: api.prisma, rateLimit: { ...limits, trustProxy: parseTrustProxy(trustProxy) } }),
      );
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      const { port } = server.address() as AddressInfo;
      return { server, url: `http://127.0.0.1:${port}/graphql` };
    };
    const direct = await serve("");
    const proxied = await serve("loopback");
    const from = (url: string, ip: string) =>
      fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", "x-forwarded-for": `203.0.113.9, ${ip}` },
        body: JSON.stringify({ query: "{ __typename }" }),
      });
    try {
      // when a caller forges a new X-Forwarded-For for each request, an untrusted peer's header is ignored...
      expect((await from(direct.url, "198.51.100.1")).status).toBe(200);
      expect((await from(direct.url, "198.51.100.2")).status).toBe(429);
      // ...while behind the trusted proxy each address (the entry the proxy appended) has its own budget
      expect((await from(proxied.url, "198.51.100.1")).status).toBe(200);
      expect((await from(proxied.url, "198.51.100.2")).status).toBe(200);
      expect((await from(proxied.url, "198.51.100.1")).status).toBe(429);
    } finally {
      for (const { server } of [direct, proxied]) server.close();
    }
  });

  it("reads TRUST_PROXY as a hop count or a list of addresses, and refuses nonsense", () => {
    expect(parseTrustProxy("")("127.0.0.1", 0)).toBe(false);
    expect(parseTrustProxy("1")("10.0.0.1", 0)).toBe(true);
    expect(parseTrustProxy("1")("10.0.0.1", 1)).toBe(false);
    expect(parseTrustProxy("10.0.0.0/8, loopback")("10.1.2.3", 0)).toBe(true);
    expect(parseTrustProxy("10.0.0.0/8, loopback")("192.0.2.1", 0)).toBe(false);
    expect(() => parseTrustProxy("not-an-address")).toThrow(/TRUST_PROXY/);
  });

  it("uses generous limits under NODE_ENV=test so the suites are never throttled", async () => {
    // given the default API of the test harness
    // when 50 requests arrive at once
    const statuses = await Promise.all(Array.from({ length: 50 }, async () => (await post(api.yoga)).status));
    // then none is throttled
    expect(statuses.every((s) => s === 200)).toBe(true);
  });

  it.skipIf(!hasRedis)("shares counters through Redis when REDIS_URL is set", async () => {
    // given two API instances (two server processes) sharing one Redis, two requests a minute per address
    const keyPrefix = `dm-test-${randomBytes(6).toString("hex")}`;
    // (connected before the first request: until Redis is ready, each process counts in memory)
    const connect = async () => {
      const client = new Redis(REDIS_URL, { enableOfflineQueue: false });
      await new Promise((resolve) => client.once("ready", resolve));
      return client;
    };
    const [redisA, redisB, redis] = await Promise.all([connect(), connect(), connect()]);
    const limits = { windowSeconds: 60, ipPoints: 2, keyPoints: 100, trustProxy: untrusted, keyPrefix };
    const first = createApi({ prisma: api.prisma, rateLimit: { ...limits, redis: redisA } });
    const second = createApi({ prisma: api.prisma, rateLimit: { ...limits, redis: redisB } });
    try {
      // when each instance serves one request, then the second serves another
      expect((await post(first)).status).toBe(200);
      expect((await post(second)).status).toBe(200);
      const third = await post(second);
      // then the third is refused: the count lives in Redis, not in either process
      expect(third.status).toBe(429);
      expect(third.headers.get("retry-after")).toBeTruthy();
      expect(await redis.keys(`${keyPrefix}:*`)).not.toHaveLength(0);
    } finally {
      const keys = await redis.keys(`${keyPrefix}:*`);
      if (keys.length) await redis.del(...keys);
      for (const client of [redis, redisA, redisB]) client.disconnect();
    }
  });
});
