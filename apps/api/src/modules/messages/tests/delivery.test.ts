// The outbox worker against a real SMTP server: delivery in the recipient's language, retries with backoff on a
// temporary refusal (injected clock), giving up, and two workers at once sending each message once.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";

import { createTestApi } from "../../../../test/harness.ts";
import { startSmtpServer } from "../../../../test/smtp.ts";
import { runJobOnce } from "../../../jobs/runner.ts";
import {
  createSmtpTransport,
  deliverDueMessages,
  FIRST_RETRY_MS,
  type MailTransport,
  MAX_ATTEMPTS,
} from "../delivery.ts";
import { messageDeliveryJob } from "../jobs.ts";
import { queueMessage } from "../service.ts";

type TestApi = Awaited<ReturnType<typeof createTestApi>>;

describe("the outbox worker", () => {
  let api: TestApi;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let transport: MailTransport;
  let users = 0;

  beforeAll(async () => {
    api = await createTestApi();
    smtp = await startSmtpServer({ delayMs: 20 });
    transport = createSmtpTransport(smtp.url, "Desa Migran <no-reply@desamigran.id>");
  });
  afterAll(async () => {
    transport?.close();
    await smtp?.stop();
    await api?.cleanup();
  });
  afterEach(async () => {
    // Each test starts with an empty outbox and mailbox.
    await api.prisma.outboxMessage.deleteMany({});
    smtp.reset();
  });

  async function givenUser(locale: "id" | "en") {
    const email = `warga-${++users}-${locale}@contoh.id`;
    return api.prisma.user.create({ data: { email, name: `Warga ${users}`, passwordHash: "x", locale } });
  }

  const queueShipped = (userId: string, orderNumber: string) =>
    api.prisma.$transaction((tx) =>
      queueMessage(tx, userId, "order.shipped", { orderNumber, businessName: "Keripik Bu Sari" }),
    );

  it("delivers a message to its recipient, in the recipient's language, and marks it sent", async () => {
    // given an Indonesian and an English recipient with a message each
    const siti = await givenUser("id");
    const jane = await givenUser("en");
    await queueShipped(siti.id, "DM-2612-000101");
    await queueShipped(jane.id, "DM-2612-000102");
    const now = new Date(Date.now() + 1000);

    // when the worker runs
    const report = await deliverDueMessages(api.prisma, transport, now);

    // then the SMTP server received both, each in its reader's language
    expect(report).toEqual({ sent: 2, retrying: 0, failed: 0 });
    const toSiti = smtp.received.find((m) => m.to.includes(siti.email))!;
    expect(toSiti.raw).toContain("Subject: Pesanan DM-2612-000101 dikirim");
    expect(toSiti.raw).toContain("Keripik Bu Sari sudah mengirim pesanan DM-2612-000101.");
    expect(toSiti.raw).toContain("/pesanan");
    const toJane = smtp.received.find((m) => m.to.includes(jane.email))!;
    expect(toJane.raw).toContain("Subject: Order DM-2612-000102 shipped");
    expect(toJane.raw).toContain("Keripik Bu Sari has shipped order DM-2612-000102.");
    expect(toJane.raw).not.toContain("dikirim");
    // and both rows are sent, so the next run sends nothing
    expect(await api.prisma.outboxMessage.count({ where: { sentAt: now } })).toBe(2);
    expect(await deliverDueMessages(api.prisma, transport, now)).toEqual({ sent: 0, retrying: 0, failed: 0 });
    expect(smtp.received).toHaveLength(2);
  });

  it("retries a message the server refused for now, after the backoff, and then delivers it", async () => {
    // given a message and a server that refuses the first attempt with 451
    const user = await givenUser("id");
    await queueShipped(user.id, "DM-2612-000201");
    smtp.refuseNext(451);
    // (a message is due from when it was queued, by the database's clock: the injected clock starts after it)
    const t0 = new Date(Date.now() + 1000);

    // when the worker runs: the attempt fails and is put off by the first backoff step
    expect(await deliverDueMessages(api.prisma, transport, t0)).toEqual({ sent: 0, retrying: 1, failed: 0 });
    const waiting = await api.prisma.outboxMessage.findFirstOrThrow({ where: { userId: user.id } });
    expect(waiting).toMatchObject({ sentAt: null, failedAt: null, attempts: 1 });
    expect(waiting.lastError).toContain("451");
    expect(waiting.nextAttemptAt.getTime()).toBe(t0.getTime() + FIRST_RETRY_MS);

    // when it runs again before the wait is over, nothing is tried
    const attemptsBefore = smtp.attempts();
    await deliverDueMessages(api.prisma, transport, new Date(t0.getTime() + FIRST_RETRY_MS - 1000));
    expect(smtp.attempts()).toBe(attemptsBefore);

    // when it runs after the wait, the message is delivered
    const later = new Date(t0.getTime() + FIRST_RETRY_MS);
    expect(await deliverDueMessages(api.prisma, transport, later)).toEqual({ sent: 1, retrying: 0, failed: 0 });
    expect(smtp.received.map((m) => m.to)).toEqual([[user.email]]);
    expect(await api.prisma.outboxMessage.findFirstOrThrow({ where: { userId: user.id } })).toMatchObject({
      sentAt: later,
      attempts: 2,
      lastError: null,
    });
  });

  it("waits twice as long after each failure and gives up after the last attempt, leaving the message failed", async () => {
    // given a message and a server that refuses it every time
    const user = await givenUser("en");
    await queueShipped(user.id, "DM-2612-000301");
    smtp.refuseNext(...Array.from({ length: MAX_ATTEMPTS }, () => 451));

    // when the worker runs whenever the message is due, MAX_ATTEMPTS times
    let now = new Date(Date.now() + 1000);
    const waits: number[] = [];
    for (let i = 1; i <= MAX_ATTEMPTS; i++) {
      await deliverDueMessages(api.prisma, transport, now);
      const row = await api.prisma.outboxMessage.findFirstOrThrow({ where: { userId: user.id } });
      if (row.failedAt) break;
      waits.push(row.nextAttemptAt.getTime() - now.getTime());
      now = row.nextAttemptAt;
    }

    // then each wait doubled, and after the last attempt it is failed, not retried, and counted as not to be sent
    expect(waits.slice(0, 3)).toEqual([FIRST_RETRY_MS, 2 * FIRST_RETRY_MS, 4 * FIRST_RETRY_MS]);
    const failed = await api.prisma.outboxMessage.findFirstOrThrow({ where: { userId: user.id } });
    expect(failed).toMatchObject({ sentAt: null, attempts: MAX_ATTEMPTS, failedAt: now });
    const tried = smtp.attempts();
    await deliverDueMessages(api.prisma, transport, new Date(now.getTime() + 86_400_000));
    expect(smtp.attempts()).toBe(tried);
    expect(smtp.received).toHaveLength(0);
  });

  it("gives up at once on a permanent refusal (550)", async () => {
    const user = await givenUser("id");
    await queueShipped(user.id, "DM-2612-000401");
    smtp.refuseNext(550);
    const now = new Date(Date.now() + 1000);
    expect(await deliverDueMessages(api.prisma, transport, now)).toEqual({ sent: 0, retrying: 0, failed: 1 });
    const row = await api.prisma.outboxMessage.findFirstOrThrow({ where: { userId: user.id } });
    expect(row.failedAt).not.toBeNull();
    expect(row.lastError).toContain("550");
  });

  it("sends each message once when two workers run at the same moment", async () => {
    // given six messages
    const recipients = await Promise.all(Array.from({ length: 6 }, () => givenUser("id")));
    for (const [i, user] of recipients.entries()) await queueShipped(user.id, `DM-2612-0005${i}0`);
    const now = new Date(Date.now() + 1000);

    // when two workers claim rows and two job runners (as two API replicas would) run, all at the same moment
    const job = messageDeliveryJob(transport);
    await Promise.all([
      deliverDueMessages(api.prisma, transport, now),
      runJobOnce(api.prisma, job, now),
      deliverDueMessages(api.prisma, transport, now),
      runJobOnce(api.prisma, job, now),
    ]);

    // then every recipient got exactly one message
    const addresses = smtp.received.flatMap((m) => m.to).sort();
    expect(addresses).toEqual(recipients.map((u) => u.email).sort());
    expect(await api.prisma.outboxMessage.count({ where: { sentAt: null } })).toBe(0);
  });
});
