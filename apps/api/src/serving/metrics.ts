// GET /metrics in Prometheus' text format (prom-client): requests, latency and errors per GraphQL operation, the
// database pool, and two figures read from the database on each scrape (unsent outbox messages, ledger entries).
import type { PrismaClient } from "@desa-migran/db";
import type pg from "pg";
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";

import type { RequestContext } from "./request-context.ts";

/** Operation names come from clients: only well-formed ones become labels, and only so many distinct ones. */
const MAX_OPERATION_LABELS = 200;

export interface ApiMetrics {
  registry: Registry;
  /** Records one answered GraphQL request. */
  observe(context: RequestContext, seconds: number, status: number): void;
}

export function createApiMetrics({ prisma, pool }: { prisma: PrismaClient; pool?: pg.Pool }): ApiMetrics {
  const registry = new Registry();
  const registers = [registry];
  collectDefaultMetrics({ register: registry });

  const requests = new Counter({
    name: "desa_migran_graphql_requests_total",
    help: "GraphQL requests answered, by operation name, operation type and HTTP status.",
    labelNames: ["operation", "type", "status"] as const,
    registers,
  });
  const duration = new Histogram({
    name: "desa_migran_graphql_request_duration_seconds",
    help: "Time from receiving a GraphQL request to the end of its response, by operation name.",
    labelNames: ["operation"] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers,
  });
  const errors = new Counter({
    name: "desa_migran_graphql_errors_total",
    help: "Errors in GraphQL responses, by operation name and error code (extensions.code).",
    labelNames: ["operation", "code"] as const,
    registers,
  });

  if (pool) {
    new Gauge({
      name: "desa_migran_db_pool_connections",
      help: "Connections of this process' PostgreSQL pool: total open, idle, and requests waiting for one.",
      labelNames: ["state"] as const,
      registers,
      collect() {
        this.set({ state: "total" }, pool.totalCount);
        this.set({ state: "idle" }, pool.idleCount);
        this.set({ state: "waiting" }, pool.waitingCount);
      },
    });
  }
  // Read from the database, so every replica reports the same value: aggregate them with max(), not sum().
  new Gauge({
    name: "desa_migran_outbox_unsent_messages",
    help: "Outbox messages (e-mails) still to be sent (not sent, not given up): a growing number means the sender is stuck.",
    registers,
    async collect() {
      const count = await prisma.outboxMessage.count({ where: { sentAt: null, failedAt: null } }).catch(() => NaN);
      this.set(count);
    },
  });
  new Gauge({
    name: "desa_migran_outbox_failed_messages",
    help: "Outbox messages the sender gave up on after its last attempt (messages/delivery.ts): each is a person not told.",
    registers,
    async collect() {
      const count = await prisma.outboxMessage.count({ where: { failedAt: { not: null } } }).catch(() => NaN);
      this.set(count);
    },
  });
  new Gauge({
    name: "desa_migran_ledger_journal_entries",
    help: "Journal entries written to the ledger so far (rate() of it is money movements per second).",
    registers,
    async collect() {
      const count = await prisma.journalEntry.count().catch(() => NaN);
      this.set(count);
    },
  });

  const seen = new Set<string>();
  const label = (operation: string | undefined) => {
    if (!operation) return "none";
    if (!/^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(operation)) return "invalid";
    if (seen.has(operation)) return operation;
    if (seen.size >= MAX_OPERATION_LABELS) return "other";
    seen.add(operation);
    return operation;
  };

  return {
    registry,
    observe(context, seconds, status) {
      const operation = label(context.operation);
      requests.inc({ operation, type: context.operationType ?? "none", status: String(status) });
      duration.observe({ operation }, seconds);
      for (const code of context.errorCodes)
        errors.inc({ operation, code: /^[A-Z_]{1,64}$/.test(code) ? code : "OTHER" });
    },
  };
}
