// E-mails are written into OutboxMessage in the same transaction as what they tell about; the outbox worker
// (modules/messages) delivers them. This is the one place auth writes there, so it can move to that module whole.
import type { Prisma } from "@desa-migran/db";

export interface OutboxEmail {
  toEmail: string;
  /** What the message is about, e.g. PASSWORD_RESET (the worker may choose templates or preferences by it). */
  kind: string;
  /** The recipient's language ("id" or "en"), in which subject and body are written. */
  locale: string;
  subject: string;
  body: string;
}

/** Writes one e-mail into the outbox, inside the caller's transaction. */
export async function writeOutboxEmail(tx: Prisma.TransactionClient, email: OutboxEmail) {
  const message = await tx.outboxMessage.create({ data: email });
  // No mail transport is configured in development: the demo shows the message (and its link) in the log, so a
  // person trying `npm start` can finish. Never in production, where links are secrets.
  if ((process.env.NODE_ENV ?? "development") === "development") {
    console.info(`[outbox] to ${message.toEmail}: ${message.subject}\n  ${message.body}`);
  }
  return message;
}
