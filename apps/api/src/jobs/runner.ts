// A small periodic job runner that works the same on PostgreSQL and on the embedded PGlite: each registered job runs
// every `everyMs` in one transaction holding a transaction-scoped advisory lock named after the job, so when several
// API replicas run it at once only one does the work and the others skip that tick. The clock is injectable (tests).
// Why not pg-boss or graphile-worker: see README "Jobs" (they bring their own schema and LISTEN connections; a late
// try ran graphile-worker on the embedded database, but not under the API's load). Our sweeps are idempotent, so a
// skipped tick only delays them to the next.
import type { PrismaClient } from "@desa-migran/db";

import type { Db } from "../modules/ledger/transaction.ts";

export interface Job {
  /** Unique, e.g. "payments.expire"; it names the advisory lock too. */
  name: string;
  everyMs: number;
  /** The work: must be idempotent (a crash may rerun it). Runs inside the lock's transaction (`db` is it). */
  run(db: Db, now: Date): Promise<unknown>;
}

/** Namespace of the two-key advisory locks (the second key is the job name's hash); an arbitrary constant. */
const LOCK_NAMESPACE = 7_301_118;

const registry = new Map<string, Job>();

/** Adds a job that every API server runs (`startJobs`). Registering a name twice is a bug. */
export function registerJob(job: Job): void {
  if (registry.has(job.name)) throw new Error(`job ${job.name} is registered twice`);
  registry.set(job.name, job);
}

export const registeredJobs = (): Job[] => [...registry.values()];

/**
 * Runs `job` once now, unless another process is running it (then returns false at once, without waiting). The lock
 * ends with the transaction, so a crashed runner never leaves it held.
 */
export async function runJobOnce(prisma: PrismaClient, job: Job, now: Date = new Date()): Promise<boolean> {
  return prisma.$transaction(
    async (tx) => {
      const [row] = await tx.$queryRaw<{ locked: boolean }[]>`
        SELECT pg_try_advisory_xact_lock(${LOCK_NAMESPACE}::int, hashtext(${job.name})) AS locked`;
      if (!row?.locked) return false;
      await job.run(tx, now);
      return true;
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}

export interface JobRunnerOptions {
  jobs?: Job[];
  clock?: () => Date;
  onError?: (job: Job, error: unknown) => void;
}

/** Starts every job on its interval (the first run after one interval); `stop()` waits for runs in progress. */
export function startJobs(prisma: PrismaClient, options: JobRunnerOptions = {}) {
  const { jobs = registeredJobs(), clock = () => new Date(), onError = () => {} } = options;
  const running = new Set<Promise<unknown>>();
  const busy = new Set<string>();
  const timers = jobs.map((job) =>
    setInterval(() => {
      if (busy.has(job.name)) return; // a slow run is never overlapped by the next tick in this process
      busy.add(job.name);
      const run = runJobOnce(prisma, job, clock())
        .catch((error: unknown) => onError(job, error))
        .finally(() => {
          busy.delete(job.name);
          running.delete(run);
        });
      running.add(run);
    }, job.everyMs),
  );
  for (const timer of timers) timer.unref();
  return {
    async stop() {
      for (const timer of timers) clearInterval(timer);
      await Promise.allSettled([...running]);
    },
  };
}
