// The messages' periodic jobs: the outbox worker (only when SMTP_URL is set; without it messages wait in the outbox)
// and the arrears sweep. Both run under the runner's advisory lock, and the worker also claims rows with
// FOR UPDATE SKIP LOCKED, so replicas never send a message twice.
import { readEnv } from "../../env.ts";
import { type Job, registerJob } from "../../jobs/runner.ts";
import { createSmtpTransport, deliverDueMessages, type MailTransport } from "./delivery.ts";
import { notifyArrears } from "./events.ts";

export const DELIVER_MESSAGES_JOB = "messages.deliver";
export const ARREARS_JOB = "messages.arrears";

/** The worker as a job: every 15 seconds, the due messages over `transport`. */
export const messageDeliveryJob = (transport: MailTransport): Job => ({
  name: DELIVER_MESSAGES_JOB,
  everyMs: 15_000,
  run: (db, now) => deliverDueMessages(db, transport, now),
});

/** Hourly: an instalment becomes overdue when a WIB day ends; each is told once per investor (dedupe keys). */
export const arrearsJob: Job = { name: ARREARS_JOB, everyMs: 3_600_000, run: (db, now) => notifyArrears(db, now) };

const env = readEnv();
if (env.SMTP_URL) registerJob(messageDeliveryJob(createSmtpTransport(env.SMTP_URL, env.MAIL_FROM)));
registerJob(arrearsJob);
