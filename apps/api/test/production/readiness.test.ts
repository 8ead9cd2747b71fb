// /readyz follows the API's dependencies: 503 while Redis (when REDIS_URL is set) or the database does not answer,
// while /healthz (the process is alive) stays 200, so an orchestrator stops routing to it without restarting it.
import { createTestDatabase, type TestDatabase } from "@desa-migran/db/testing";
import { afterEach, describe, expect, it } from "vitest";

import { REDIS_URL, redisReachable } from "../redis.ts";
import { freePort, productionEnv, type ServeProcess, startServe } from "./serve-process.ts";

const redisRuns = await redisReachable();

describe("readiness of npm run serve -- api", { timeout: 90_000 }, () => {
  let database: TestDatabase | undefined;
  let serve: ServeProcess | undefined;
  afterEach(async () => {
    serve?.kill();
    await database?.cleanup();
  });
  const probe = async (path: string) => {
    const response = await fetch(`${serve!.apiOrigin}${path}`);
    return { status: response.status, body: (await response.json()) as unknown };
  };

  it("is not ready while the configured Redis does not answer", async () => {
    database = await createTestDatabase();
    // given REDIS_URL naming a port nothing listens on
    serve = await startServe(
      "api",
      {
        ...productionEnv(database.url),
        REDIS_URL: `redis://127.0.0.1:${await freePort()}`,
      },
      { waitFor: "alive" },
    );
    // then readiness fails on Redis alone, and liveness holds
    expect(await probe("/readyz")).toEqual({
      status: 503,
      body: { status: "unavailable", checks: { database: "ok", redis: "fail" } },
    });
    expect((await probe("/healthz")).status).toBe(200);
  });

  it.skipIf(!redisRuns)("is ready with a Redis that answers (skipped when none runs)", async () => {
    database = await createTestDatabase();
    serve = await startServe("api", { ...productionEnv(database.url), REDIS_URL });
    expect(await probe("/readyz")).toEqual({
      status: 200,
      body: { status: "ok", checks: { database: "ok", redis: "ok" } },
    });
  });

  it("is not ready once the database is gone", async () => {
    database = await createTestDatabase();
    serve = await startServe("api", productionEnv(database.url));
    expect((await probe("/readyz")).status).toBe(200);
    // when the database disappears (dropped on a server, stopped when embedded)
    await database.cleanup();
    // then readiness fails on the database, within its 2 s check timeout, and liveness holds
    const started = Date.now();
    expect(await probe("/readyz")).toEqual({
      status: 503,
      body: { status: "unavailable", checks: { database: "fail" } },
    });
    expect(Date.now() - started).toBeLessThan(5000);
    expect((await probe("/healthz")).status).toBe(200);
  });
});
