// The outbox worker: delivers queued messages over SMTP (nodemailer), retrying a failure later with exponential
// backoff and giving up after MAX_ATTEMPTS (the message stays, marked failed). No GraphQL here.
import type { Prisma } from "@desa-migran/db";
import nodemailer from "nodemailer";

import { type Db, isTopLevelClient } from "../ledger/transaction.ts";

type Tx = Prisma.TransactionClient;

/** One e-mail as the transport sends it. */
export interface Mail {
  to: string;
  subject: string;
  text: string;
  html?: string | null;
}

/** Where mail goes: SMTP in a running server, the same SMTP code against a local server in tests. */
export interface MailTransport {
  send(mail: Mail): Promise<void>;
  close(): void;
}

/** Attempts before the worker gives up on a message: with the backoff below, about four hours of trying. */
export const MAX_ATTEMPTS = 8;
/** The wait after the first failure; each later failure waits twice as long as the one before. */
export const FIRST_RETRY_MS = 60_000;
const LONGEST_RETRY_MS = 6 * 3_600_000;
/** Messages one run sends at most: the run holds their row locks (and the job's transaction) until it ends. */
const BATCH = 10;

/** How long to wait after the `attempts`-th failed attempt: 1, 2, 4, 8 … minutes, at most 6 hours. */
export const retryDelayMs = (attempts: number) =>
  Math.min(LONGEST_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1));

/**
 * A nodemailer SMTP transport from `SMTP_URL` (`smtp://user:pass@host:587`, `smtps://…:465`). Short timeouts: a run
 * holds its rows locked while it talks to the server, and a slow server is just tried again later.
 */
export function createSmtpTransport(url: string, from: string): MailTransport {
  const transporter = nodemailer.createTransport({
    url,
    connectionTimeout: 8_000,
    greetingTimeout: 8_000,
    socketTimeout: 15_000,
  });
  return {
    async send(mail) {
      await transporter.sendMail({
        from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        ...(mail.html ? { html: mail.html } : {}),
      });
    },
    close: () => transporter.close(),
  };
}

/** A 5xx SMTP reply is permanent (no such mailbox, refused): trying again would not help. */
const isPermanent = (error: unknown) => {
  const code = (error as { responseCode?: unknown }).responseCode;
  return typeof code === "number" && code >= 500 && code < 600;
};

const describe = (error: unknown) => {
  const e = error as { responseCode?: number; code?: string; message?: string };
  return [e.responseCode, e.code, e.message ?? String(error)].filter(Boolean).join(" ").slice(0, 500);
};

export interface DeliveryReport {
  sent: number;
  retrying: number;
  failed: number;
}

/**
 * Sends the messages due at `now` (not sent, not given up, next attempt at or before `now`), oldest first, at most
 * BATCH. The rows are claimed with `FOR UPDATE SKIP LOCKED`, so workers in several API replicas (or two runs at
 * once) each take different messages and none is sent twice; a row is marked sent in the same transaction, so a
 * worker that dies mid-run leaves its messages to be sent again (at least once, never silently lost).
 */
export async function deliverDueMessages(db: Db, transport: MailTransport, now: Date): Promise<DeliveryReport> {
  const run = async (tx: Tx) => {
    const report: DeliveryReport = { sent: 0, retrying: 0, failed: 0 };
    const due = await tx.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "OutboxMessage"
      WHERE "sentAt" IS NULL AND "failedAt" IS NULL AND "nextAttemptAt" <= ${now}
      ORDER BY "nextAttemptAt", "id"
      LIMIT ${BATCH}
      FOR UPDATE SKIP LOCKED`;
    for (const { id } of due) {
      const message = await tx.outboxMessage.findUniqueOrThrow({ where: { id } });
      // Read again under the lock: another worker may have sent it between its SELECT and ours.
      if (message.sentAt || message.failedAt) continue;
      const attempts = message.attempts + 1;
      try {
        await transport.send({ to: message.toEmail, subject: message.subject, text: message.body, html: message.html });
        await tx.outboxMessage.update({ where: { id }, data: { sentAt: now, attempts, lastError: null } });
        report.sent++;
      } catch (error) {
        const giveUp = attempts >= MAX_ATTEMPTS || isPermanent(error);
        await tx.outboxMessage.update({
          where: { id },
          data: {
            attempts,
            lastError: describe(error),
            ...(giveUp ? { failedAt: now } : { nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)) }),
          },
        });
        if (giveUp) report.failed++;
        else report.retrying++;
      }
    }
    return report;
  };
  return isTopLevelClient(db) ? db.$transaction(run, { timeout: 120_000, maxWait: 30_000 }) : run(db);
}
