// The migration desk's periodic job: passport and work-contract expiry reminders to village officers. Idempotent
// (a dedupe key per episode, document, date and officer), so reruns and replicas send nothing twice.
import { type Job, registerJob } from "../../jobs/runner.ts";
import { remindExpiringDocuments } from "./service.ts";

export const EXPIRY_REMINDERS_JOB = "migrationDesk.expiryReminders";

/** Hourly: a document enters the reminder window when a WIB day begins. */
export const expiryRemindersJob: Job = {
  name: EXPIRY_REMINDERS_JOB,
  everyMs: 3_600_000,
  run: (db, now) => remindExpiringDocuments(db, now),
};

registerJob(expiryRemindersJob);
