// Messages to people (e-mail): queued in the outbox inside the transaction of the event they tell about, so a message
// exists exactly when its event committed; delivered later by the worker (delivery.ts). queueMessage is the only
// writer of the outbox (account messages of modules/auth too). No GraphQL here.
import type { MessageCategory, Prisma } from "@desa-migran/db";

import { readEnv } from "../../env.ts";
import type { Language } from "../common/text.ts";
import type { Db } from "../ledger/transaction.ts";
import { type Category, categoryOf, type MessageData, type MessageKind, renderMessage } from "./templates.ts";

type Tx = Prisma.TransactionClient;

/** The categories a user may turn off, in the order the settings page lists them. */
export const MESSAGE_CATEGORIES: readonly MessageCategory[] = ["ORDERS", "INVESTMENTS", "COOPERATIVE", "PROTECTION"];

/** The web app's origin for links in messages: the first of WEB_ORIGIN. */
export const messageWebOrigin = () => readEnv().WEB_ORIGIN.split(",")[0]!.trim().replace(/\/+$/, "");

const languageOf = (locale: string | null | undefined): Language => (locale === "en" ? "en" : "id");

export interface QueueOptions {
  /**
   * A message that must exist once per event whatever reruns the code (a sweep): a second message with the same key
   * is not queued.
   */
  dedupeKey?: string;
}

/** An address with no account behind it (yet): where a sign-up's messages go. */
export interface MessageAddress {
  email: string;
  /** The language the person chose ("en" gets English, anything else Bahasa Indonesia). */
  locale: string;
}

/**
 * Queues `kind` for `to` (a user's id, or an address with no account), inside the caller's transaction `tx`: the one
 * way anything is put in the outbox. Rendered now in the reader's language (User.locale: "en" gets English, anything
 * else Bahasa Indonesia), unless the user turned the kind's category off (account messages cannot be turned off, and
 * only they may go to a bare address). Returns whether a message was queued. Rolled back with the caller's
 * transaction, so no message tells of an event that did not happen.
 */
export async function queueMessage<K extends MessageKind>(
  tx: Tx,
  to: string | MessageAddress,
  kind: K,
  data: MessageData<K>,
  options: QueueOptions = {},
): Promise<boolean> {
  const category = categoryOf(kind);
  const recipient = await findRecipient(tx, to, kind, category);
  if (!recipient) return false;
  const language = languageOf(recipient.locale);
  const rendered = renderMessage(kind, data, language, messageWebOrigin());
  const row = {
    toEmail: recipient.email,
    userId: recipient.userId,
    kind,
    locale: language,
    subject: rendered.subject,
    body: rendered.text,
    html: rendered.html,
    dedupeKey: options.dedupeKey ?? null,
  };
  if (options.dedupeKey) {
    // ON CONFLICT DO NOTHING: a unique violation would abort the caller's whole transaction on PostgreSQL.
    const { count } = await tx.outboxMessage.createMany({ data: [row], skipDuplicates: true });
    if (count === 1) showInDevelopment(row);
    return count === 1;
  }
  await tx.outboxMessage.create({ data: row, select: { id: true } });
  showInDevelopment(row);
  return true;
}

/** Who gets the message, or null when nobody does (no such user, or the category is turned off). */
async function findRecipient(tx: Tx, to: string | MessageAddress, kind: MessageKind, category: Category) {
  if (typeof to !== "string") {
    // Preferences belong to users: a message someone could turn off must have a user to ask.
    if (category !== "ACCOUNT") throw new Error(`${kind} goes to users only, not to a bare address`);
    return { email: to.email, locale: to.locale, userId: null };
  }
  const user = await tx.user.findUnique({
    where: { id: to },
    select: {
      email: true,
      locale: true,
      ...(category === "ACCOUNT" ? {} : { messageOptOuts: { where: { category }, select: { category: true } } }),
    },
  });
  if (!user) return null;
  if (category !== "ACCOUNT" && (user.messageOptOuts?.length ?? 0) > 0) return null;
  return { email: user.email, locale: user.locale, userId: to };
}

/**
 * No mail transport is configured in development: the message (and its link) is printed to the log, so a person
 * trying `npm start` can finish a sign-up. Never in production, where links are secrets; not in tests either.
 */
function showInDevelopment(message: { toEmail: string; subject: string; body: string }) {
  if ((process.env.NODE_ENV ?? "development") !== "development") return;
  console.info(`[outbox] to ${message.toEmail}: ${message.subject}\n  ${message.body}`);
}

/** Queues `kind` for each of `userIds` (each once, in their own language). */
export async function queueMessages<K extends MessageKind>(
  tx: Tx,
  userIds: Iterable<string>,
  kind: K,
  data: MessageData<K> | ((userId: string) => MessageData<K>),
  options: (userId: string) => QueueOptions = () => ({}),
) {
  for (const userId of new Set(userIds)) {
    const payload = typeof data === "function" ? (data as (id: string) => MessageData<K>)(userId) : data;
    await queueMessage(tx, userId, kind, payload, options(userId));
  }
}

export interface MessagePreference {
  category: MessageCategory;
  enabled: boolean;
}

/** Every category with whether the user gets it (on unless turned off). */
export async function messagePreferences(db: Db, userId: string): Promise<MessagePreference[]> {
  const off = await db.messageOptOut.findMany({ where: { userId }, select: { category: true } });
  const offSet = new Set(off.map((o) => o.category));
  return MESSAGE_CATEGORIES.map((category) => ({ category, enabled: !offSet.has(category) }));
}

/**
 * Sets which categories the user gets: exactly `enabled` (the form's ticked boxes; an unticked box is not sent), the
 * others off. Account messages are not a category: they are always sent.
 */
export async function setMessagePreferences(db: Db, userId: string, enabled: readonly MessageCategory[]) {
  const on = new Set(enabled);
  const off = MESSAGE_CATEGORIES.filter((category) => !on.has(category));
  const write = async (tx: Tx) => {
    await tx.messageOptOut.deleteMany({ where: { userId, category: { notIn: off } } });
    if (off.length) {
      await tx.messageOptOut.createMany({
        data: off.map((category) => ({ userId, category })),
        skipDuplicates: true,
      });
    }
  };
  if ("$disconnect" in db) await db.$transaction(write);
  else await write(db);
  return messagePreferences(db, userId);
}
