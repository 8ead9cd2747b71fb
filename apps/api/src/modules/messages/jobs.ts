// The messages' periodic jobs: the outbox worker (only with a mail server; without one messages wait in the outbox)
// and the arrears sweep. Both run under the runner's advisory lock, and the worker also claims rows with
// FOR UPDATE SKIP LOCKED, so replicas never send a message twice.
import { type Job, registerJob } from "../../jobs/runner.ts";
import { createSmtpTransport, deliverDueMessages, type MailTransport } from "./delivery.ts";
import { notifyArrears } from "./events.ts";

export const DELIVER_MESSAGES_JOB = "messages.deliver";
export const ARREARS_JOB = "messages.arrears";

/** How often the worker sends what is due, unless the server is told otherwise. */
export const DELIVERY_EVERY_MS = 15_000;

/** The worker as a job: every `everyMs` (15 seconds), the due messages over `transport`. */
export const messageDeliveryJob = (transport: MailTransport, everyMs = DELIVERY_EVERY_MS): Job => ({
  name: DELIVER_MESSAGES_JOB,
  everyMs,
  run: (db, now) => deliverDueMessages(db, transport, now),
});

/**
 * The worker for a server's mail settings (SMTP_URL, MAIL_FROM, or what its caller gave instead), with the transport
 * to close when the server stops; null without a mail server. Not registered at import like the other jobs: a server
 * started in a test's process delivers to that test's own mail server.
 */
export function outboxWorker(settings: { smtpUrl?: string; mailFrom: string; everyMs?: number }) {
  if (!settings.smtpUrl) return null;
  const transport = createSmtpTransport(settings.smtpUrl, settings.mailFrom);
  return { job: messageDeliveryJob(transport, settings.everyMs), close: () => transport.close() };
}

/** Hourly: an instalment becomes overdue when a WIB day ends; each is told once per investor (dedupe keys). */
export const arrearsJob: Job = { name: ARREARS_JOB, everyMs: 3_600_000, run: (db, now) => notifyArrears(db, now) };

registerJob(arrearsJob);
