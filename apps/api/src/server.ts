// Registers its periodic jobs (another module's jobs file goes here too).
import "./modules/orders/jobs.ts";
import "./modules/payments/jobs.ts";
import "./modules/messages/jobs.ts";
import "./modules/aggregates/jobs.ts";
import "./modules/migration-desk/jobs.ts";
import "./modules/common/jobs.ts";

import { createServer } from "node:http";

import { createPrismaClientWithPool } from "@desa-migran/db";
import { parseReplicaUrls, withReadReplicas } from "@desa-migran/db/read-replicas";
import { Redis } from "ioredis";

import { productionProblems, productionWarnings, readEnv } from "./env.ts";
import { registeredJobs, startJobs } from "./jobs/runner.ts";
import { outboxWorker } from "./modules/messages/jobs.ts";
import { createHealth } from "./serving/health.ts";
import { createLogger, type Logger, pathOnly, REQUEST_ID_HEADER, requestIdFrom, safeError } from "./serving/logger.ts";
import { createApiMetrics } from "./serving/metrics.ts";
import { rateLimitOptionsFromEnv } from "./serving/rate-limit.ts";
import { type RequestContext, runWithRequestContext } from "./serving/request-context.ts";
import { drainServer, type ShutdownOptions, shutdownOptionsFromEnv } from "./serving/shutdown.ts";
import { createApi } from "./yoga.ts";

/**
 * Starts the API on an existing database URL (the root start script resolves and migrates it), with
 * GET /healthz, /readyz and /metrics beside /graphql, and one JSON log line per request.
 */
export async function startApiServer({
  databaseUrl,
  port,
  host,
  trustProxy,
  smtpUrl,
  mailEveryMs,
  logger = createLogger("api"),
}: {
  databaseUrl: string;
  port: number;
  host: string;
  /** Overrides TRUST_PROXY (e.g. `npm start` trusts its own web server on loopback). */
  trustProxy?: string;
  /** Overrides SMTP_URL (e.g. a test's own mail server). */
  smtpUrl?: string;
  /** How often the outbox worker sends (default every 15 s): a test shortens it to read its mail at once. */
  mailEveryMs?: number;
  logger?: Logger;
}) {
  const env = readEnv();
  const preparedStatements = env.DATABASE_PREPARED_STATEMENTS !== "off";
  const { prisma, pool } = createPrismaClientWithPool({ connectionString: databaseUrl, preparedStatements });
  // Loud, once per process: an unset mail server means nobody hears from the platform.
  for (const warning of productionWarnings(env)) logger.warn({ setting: "SMTP_URL" }, `WARNING: ${warning}`);
  const replicaUrls = parseReplicaUrls(env.DATABASE_REPLICA_URLS);
  const replicated = replicaUrls.length > 0 ? withReadReplicas(prisma, replicaUrls, { preparedStatements }) : null;
  // Its own connection, so readiness reflects Redis itself rather than a rate limiter's retry state.
  const redis = env.REDIS_URL ? new Redis(env.REDIS_URL, { enableOfflineQueue: false, maxRetriesPerRequest: 1 }) : null;
  redis?.on("error", () => {}); // reported through /readyz; ioredis reconnects by itself
  const health = createHealth({
    database: () => prisma.$queryRaw`SELECT 1`,
    ...(redis ? { redis: () => redis.ping() } : {}),
  });
  const metrics = createApiMetrics({ prisma, pool });
  const yoga = createApi({
    prisma,
    rateLimit: rateLimitOptionsFromEnv({ ...env, TRUST_PROXY: trustProxy ?? env.TRUST_PROXY }),
    logger,
    readPrisma: replicated?.prisma,
  });
  const server = createServer((req, res) => {
    const started = process.hrtime.bigint();
    const context: RequestContext = { requestId: requestIdFrom(req.headers[REQUEST_ID_HEADER]), errorCodes: [] };
    res.setHeader(REQUEST_ID_HEADER, context.requestId);
    const path = pathOnly(req.url);
    const probe = path === "/healthz" || path === "/readyz" || path === "/metrics";
    res.once("close", () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (path === "/graphql") metrics.observe(context, seconds, res.statusCode);
      // Probes arrive every few seconds from several places: only at debug level.
      logger[probe ? "debug" : "info"]({
        requestId: context.requestId,
        method: req.method,
        path,
        status: res.statusCode,
        durationMs: Math.round(seconds * 1000),
        ...(context.operation ? { operation: context.operation, operationType: context.operationType } : {}),
        ...(context.errorCodes.length ? { errorCodes: context.errorCodes } : {}),
        ...(res.writableFinished ? {} : { aborted: true }),
      });
    });
    if (health.handle(req, res)) return;
    if (path === "/metrics" && req.method === "GET") {
      void metrics.registry.metrics().then(
        (text) => {
          res.writeHead(200, { "content-type": metrics.registry.contentType });
          res.end(text);
        },
        () => {
          res.writeHead(500).end();
        },
      );
      return;
    }
    runWithRequestContext(context, () => void yoga(req, res));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) =>
      reject(
        error.code === "EADDRINUSE"
          ? new Error(`Port ${port} is already in use: stop the other process or set API_PORT to a free port.`)
          : error,
      ),
    );
    server.listen(port, host, () => resolve());
  });
  // Periodic sweeps (payment expiry) and the outbox worker; every replica runs them, an advisory lock lets one work at
  // a time.
  const outbox = outboxWorker({ smtpUrl: smtpUrl ?? env.SMTP_URL, mailFrom: env.MAIL_FROM, everyMs: mailEveryMs });
  const jobs = startJobs(prisma, {
    jobs: [...registeredJobs(), ...(outbox ? [outbox.job] : [])],
    onError: (job, error) => logger.error({ job: job.name, err: safeError(error) }, "job failed"),
  });
  const address = server.address();
  const actualPort = typeof address === "object" && address ? address.port : port;
  let stopping: Promise<void> | undefined;
  return {
    url: `http://localhost:${actualPort}/graphql`,
    port: actualPort,
    /** Readiness turns 503 while everything is still served (e.g. until a web server in front has drained). */
    beginDraining: () => health.startDraining(),
    /** Readiness turns 503, requests in flight finish (see drainServer), then connections close. */
    stop: (options: ShutdownOptions = {}) =>
      (stopping ??= (async () => {
        await drainServer(server, health, options);
        await jobs.stop();
        outbox?.close();
        await replicated?.disconnect();
        await prisma.$disconnect();
        await pool.end();
        redis?.disconnect();
      })()),
  };
}

if (import.meta.main) {
  const logger = createLogger("api");
  const env = readEnv();
  const problems = productionProblems(env);
  if (problems.length > 0) {
    console.error(`Refusing to start in production:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`);
    process.exit(1);
  }
  if (!env.DATABASE_URL) {
    console.error("DATABASE_URL is not set: run `npm start` from the repository root, or set DATABASE_URL.");
    process.exit(1);
  }
  const api = await startApiServer({ databaseUrl: env.DATABASE_URL, port: env.API_PORT, host: env.API_HOST, logger });
  logger.info({ url: api.url }, "GraphQL API listening");
  const stop = async (signal: string) => {
    logger.info({ signal }, "draining");
    await api.stop(shutdownOptionsFromEnv());
    process.exit(0);
  };
  process.once("SIGINT", () => void stop("SIGINT"));
  process.once("SIGTERM", () => void stop("SIGTERM"));
}
