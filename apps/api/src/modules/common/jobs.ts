// Keys of non-money writes (common/idempotency.ts) are kept only as long as a phone can still send their entry again:
// an offline queue is readable only in the session that wrote it (at most SESSION_ABSOLUTE_MS, 30 days), so a key
// twice that old can never be replayed and is deleted. Idempotent: a rerun finds nothing older to delete.
import { type Job, registerJob } from "../../jobs/runner.ts";
import { SESSION_ABSOLUTE_MS } from "../auth/sessions.ts";

export const IDEMPOTENCY_EXPIRE_JOB = "idempotency.expire";

/** How long a key is kept: twice the longest session, so an entry replayed at a session's end still finds it. */
export const IDEMPOTENCY_KEY_RETENTION_MS = 2 * SESSION_ABSOLUTE_MS;

/** Daily: the table grows by one row per keyed write. */
export const idempotencyExpireJob: Job = {
  name: IDEMPOTENCY_EXPIRE_JOB,
  everyMs: 24 * 3_600_000,
  run: (db, now) =>
    db.idempotentRequest.deleteMany({
      where: { createdAt: { lt: new Date(now.getTime() - IDEMPOTENCY_KEY_RETENTION_MS) } },
    }),
};

registerJob(idempotencyExpireJob);
