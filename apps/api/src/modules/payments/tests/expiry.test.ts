// Unpaid transfers expire at their deadline, with a controllable clock: orders cancelled, stock released exactly
// once however often (or however concurrently) the sweep runs; a payment confirmed in time is left alone.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestApi } from "../../../../test/harness.ts";
import { runJobOnce } from "../../../jobs/runner.ts";
import { registeredJobs } from "../../../jobs/runner.ts";
import { decidePayment, givenPlacedOrder, rawId, type TestApi, treasurerSession } from "../../orders/tests/fixtures.ts";
import { EXPIRE_PAYMENTS_JOB } from "../jobs.ts";
import { PAYMENT_DEADLINE_MS } from "../service.ts";
import { expireOverduePayments } from "../treasury.ts";

describe("payment expiry", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi({ seed: true });
  });
  afterAll(() => api?.cleanup());

  const stockOf = async (productId: string) =>
    (await api.prisma.product.findUniqueOrThrow({ where: { id: productId } })).stock;

  it("cancels the orders and releases their stock exactly once, at the deadline and not before", async () => {
    // given an unpaid transfer for 3 of 20 units
    const { order, product } = await givenPlacedOrder(api, { quantity: 3, stock: 20 });
    const placed = await api.prisma.order.findUniqueOrThrow({
      where: { id: rawId(order.id) },
      include: { payment: true },
    });
    expect(await stockOf(product.id)).toBe(17);
    const deadline = placed.payment!.deadlineAt!;
    expect(deadline.getTime() - placed.placedAt.getTime()).toBe(PAYMENT_DEADLINE_MS);

    // when the sweep runs a minute before the deadline, nothing happens
    await expireOverduePayments(api.prisma, new Date(deadline.getTime() - 60_000));
    expect(await stockOf(product.id)).toBe(17);

    // when it runs after the deadline: twice at once through the job runner, then once more
    const job = registeredJobs().find((j) => j.name === EXPIRE_PAYMENTS_JOB)!;
    const after = new Date(deadline.getTime() + 1);
    await Promise.all([runJobOnce(api.prisma, job, after), runJobOnce(api.prisma, job, after)]);
    await expireOverduePayments(api.prisma, new Date(deadline.getTime() + 3_600_000));

    // then the payment expired, the order is cancelled and the 3 units are back once
    const expired = await api.prisma.order.findUniqueOrThrow({
      where: { id: placed.id },
      include: { payment: true },
    });
    expect(expired.payment).toMatchObject({ status: "EXPIRED", expiredAt: after });
    expect(expired).toMatchObject({ status: "CANCELLED", cancelledAt: after });
    expect(expired.cancelReason).toMatch(/batas waktu/);
    expect(await stockOf(product.id)).toBe(20);
    // and the treasurer can no longer confirm it
    const treasurer = await treasurerSession(api, expired.payment!.cooperativeId!);
    const gid = Buffer.from(`Payment:${expired.paymentId}`).toString("base64");
    expect(await decidePayment(api, treasurer, gid)).toMatchObject({
      __typename: "PaymentStatusError",
      status: "EXPIRED",
    });
  });

  it("leaves a payment confirmed, or waiting on the treasurer with a proof, when the deadline passes", async () => {
    const first = await givenPlacedOrder(api, { quantity: 1, stock: 10 });
    const firstOrder = await api.prisma.order.findUniqueOrThrow({ where: { id: rawId(first.order.id) } });
    const treasurer = await treasurerSession(api, first.business.cooperativeId!);
    await decidePayment(api, treasurer, Buffer.from(`Payment:${firstOrder.paymentId}`).toString("base64"));

    const second = await givenPlacedOrder(api, { quantity: 1, stock: 10 });
    const secondOrder = await api.prisma.order.findUniqueOrThrow({ where: { id: rawId(second.order.id) } });
    await api.prisma.payment.update({
      where: { id: secondOrder.paymentId! },
      data: { status: "PROOF_SUBMITTED", provenAmountIdr: 1_000n, proofSubmittedAt: new Date() },
    });

    await expireOverduePayments(api.prisma, new Date(Date.now() + 2 * PAYMENT_DEADLINE_MS));

    expect((await api.prisma.order.findUniqueOrThrow({ where: { id: firstOrder.id } })).status).toBe("PAID");
    expect((await api.prisma.order.findUniqueOrThrow({ where: { id: secondOrder.id } })).status).toBe(
      "PENDING_PAYMENT",
    );
    expect(await stockOf(second.product.id)).toBe(9);
  });
});
