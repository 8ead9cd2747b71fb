// Order problems through GraphQL on a real database: the buyer reports (only on their own paid order, once at a
// time, within the window), the seller answers, and only the treasurer or chair of the order's cooperative resolves:
// a refund through the ledger (capped, idempotent, balanced, audited) or a close. Never the seller, never another
// cooperative's officer.
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestApi } from "../../../../test/harness.ts";
import { findLedgerViolations, moneyConserved, noViolations } from "../../../../test/ledger-invariants.ts";
import { accounts } from "../../ledger/accounts.ts";
import { postEntry } from "../../ledger/service.ts";
import {
  ERROR_FIELDS,
  gid,
  givenPlacedOrder,
  rawId,
  sellerStep,
  type TestApi,
  treasurerConfirms,
  treasurerSession,
} from "../../orders/tests/fixtures.ts";

const PROBLEM_FIELDS = `id kind description status hasPhoto sellerNote refund { amount } resolutionNote resolvedAt
  refundThroughPlatform refundable { amount } order { number status total { amount } }`;
const PAYLOAD = `data { replayed problem { ${PROBLEM_FIELDS} } }`;

const REPORT = `mutation($input: ReportOrderProblemInput!) { reportOrderProblem(input: $input) {
  ... on MutationReportOrderProblemSuccess { ${PAYLOAD} } ${ERROR_FIELDS}
  ... on ProblemWindowClosedError { windowDays } ... on ProblemNotReportableError { orderStatus }
  ... on ProblemPhotoError { reason } } }`;
const ANSWER = `mutation($input: AnswerOrderProblemInput!) { answerOrderProblem(input: $input) {
  ... on MutationAnswerOrderProblemSuccess { ${PAYLOAD} } ${ERROR_FIELDS} } }`;
const REFUND = `mutation($input: RefundOrderProblemInput!) { refundOrderProblem(input: $input) {
  ... on MutationRefundOrderProblemSuccess { ${PAYLOAD} } ${ERROR_FIELDS}
  ... on RefundExceedsPaidError { refundable } } }`;
const CLOSE = `mutation($input: CloseOrderProblemInput!) { closeOrderProblem(input: $input) {
  ... on MutationCloseOrderProblemSuccess { ${PAYLOAD} } ${ERROR_FIELDS} } }`;
const MY_ORDER = `query($id: ID!) { node(id: $id) { ... on Order { status problemReportable problemReportWindowEndsAt
  problems { ${PROBLEM_FIELDS} } } } }`;

const png = () =>
  sharp({ create: { width: 30, height: 20, channels: 3, background: "#a52" } })
    .png()
    .toBuffer();

let keys = 0;
const key = () => `problem-test-${Date.now()}-${++keys}`;

describe("order problems", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi({ seed: true });
  });
  afterAll(() => api?.cleanup());

  /** A transfer order of the demo buyer, paid (confirmed by the treasurer), brought to `step` by its seller. */
  async function givenPaidOrder(step: "PAID" | "SHIPPED" | "DELIVERED" = "PAID") {
    const placed = await givenPlacedOrder(api, { quantity: 1 });
    await treasurerConfirms(api, placed.order.id);
    const seller = await api.signInAs("entrepreneur");
    if (step !== "PAID") {
      await sellerStep(api, seller, "confirmOrder", placed.order.id);
      await sellerStep(api, seller, "shipOrder", placed.order.id);
    }
    if (step === "DELIVERED") await sellerStep(api, placed.buyer, "confirmReceipt", placed.order.id);
    return { ...placed, seller, total: BigInt(placed.order.total.amount) };
  }

  async function report(session: string, orderId: string, extra: Record<string, unknown> = {}) {
    const result = await api.gql(
      REPORT,
      { input: { orderId, kind: "DAMAGED", description: "Kendi pecah di bagian leher.", ...extra } },
      { session },
    );
    expect(result.errors).toBeUndefined();
    return result.data!.reportOrderProblem;
  }

  async function refund(session: string, problemId: string, amount: string, idempotencyKey = key()) {
    const result = await api.gql(
      REFUND,
      { input: { problemId, amount, note: "Pengembalian untuk barang yang pecah.", idempotencyKey } },
      { session },
    );
    expect(result.errors).toBeUndefined();
    return result.data!.refundOrderProblem;
  }

  async function otherCooperativeOfficer(cooperativeId: string) {
    const officer = await api.prisma.cooperativeOfficer.findFirstOrThrow({
      where: { cooperativeId: { not: cooperativeId }, role: "TREASURER" },
      include: { user: true },
    });
    return api.createSessionFor(officer.user.email);
  }

  it("takes the buyer's report with a photo, refuses anyone else, a second open report and an unpaid order", async () => {
    // given a paid order of the demo buyer
    const { buyer, order, seller } = await givenPaidOrder();
    const stranger = await api.createUserSession({ email: `pembeli-lain-${Date.now()}@contoh.id` });
    // when another buyer or the seller reports on it, the order does not exist for them and nothing is written
    for (const session of [stranger.token, seller]) {
      expect((await report(session, order.id)).__typename).toBe("NotFoundError");
    }
    expect(await api.prisma.orderProblem.count({ where: { orderId: rawId(order.id) } })).toBe(0);
    // when the buyer reports with a photo, the report is open, with the photo kept
    const made = await report(buyer, order.id, { photo: new File([await png()], "pecah.png") });
    expect(made.data.problem).toMatchObject({
      kind: "DAMAGED",
      status: "OPEN",
      hasPhoto: true,
      refundThroughPlatform: true,
      refundable: { amount: order.total.amount },
    });
    // then a second report while it is open is refused, in the buyer's words
    const again = await report(buyer, order.id);
    expect(again).toMatchObject({ __typename: "ProblemAlreadyOpenError" });
    expect(again.message).toMatch(/sudah punya laporan masalah/);
    // and the buyer's order says no new report can be made now
    const mine = await api.gql(MY_ORDER, { id: order.id }, { session: buyer });
    expect(mine.data!.node).toMatchObject({ problemReportable: false, problems: [{ status: "OPEN" }] });
    // an unpaid order cannot be reported
    const unpaid = await givenPlacedOrder(api, { quantity: 1 });
    expect(await report(buyer, unpaid.order.id)).toMatchObject({
      __typename: "ProblemNotReportableError",
      orderStatus: "PENDING_PAYMENT",
    });
    // a text file named .png is refused as a photo, and nothing is reported
    const fake = new File([new TextEncoder().encode("bukan foto")], "pecah.png", { type: "image/png" });
    const other = await givenPaidOrder();
    expect(await report(buyer, other.order.id, { photo: fake })).toMatchObject({
      __typename: "ProblemPhotoError",
      reason: "UNSUPPORTED_TYPE",
    });
    expect(await api.prisma.orderProblem.count({ where: { orderId: rawId(other.order.id) } })).toBe(0);
  });

  it("closes the window 14 days after delivery", async () => {
    const { buyer, order } = await givenPaidOrder("DELIVERED");
    // given the order was delivered 15 days ago
    await api.prisma.order.update({
      where: { id: rawId(order.id) },
      data: { deliveredAt: new Date(Date.now() - 15 * 86_400_000) },
    });
    // then a report is refused with the window named
    const late = await report(buyer, order.id);
    expect(late).toMatchObject({ __typename: "ProblemWindowClosedError", windowDays: 14 });
    expect(late.message).toMatch(/14 hari setelah pesanan diterima/);
  });

  it("lets the seller answer, and only the cooperative's treasurer refund: capped, once, balanced, audited", async () => {
    // given a delivered order (money settled to the seller) with an open report
    const { buyer, order, seller, business, total } = await givenPaidOrder("DELIVERED");
    const problem = (await report(buyer, order.id)).data.problem;
    const ledgerBefore = await api.prisma.journalEntry.count();
    // the seller answers; the buyer reads the answer
    const answered = await api.gql(
      ANSWER,
      { input: { problemId: problem.id, note: "Maaf, kami kirim pengganti." } },
      { session: seller },
    );
    expect(answered.data!.answerOrderProblem.data.problem.sellerNote).toBe("Maaf, kami kirim pengganti.");
    // the buyer cannot answer for the seller
    const notSeller = await api.gql(
      ANSWER,
      { input: { problemId: problem.id, note: "Saya jawab sendiri." } },
      { session: buyer },
    );
    expect(notSeller.data!.answerOrderProblem.__typename).toBe("NotFoundError");

    // the seller, the buyer and an officer of another cooperative cannot refund: the report does not exist for them
    const outsider = await otherCooperativeOfficer(business.cooperativeId!);
    for (const session of [seller, buyer, outsider]) {
      expect((await refund(session, problem.id, "1000")).__typename).toBe("NotFoundError");
      const closed = await api.gql(
        CLOSE,
        { input: { problemId: problem.id, reason: "Ditutup oleh orang lain.", idempotencyKey: key() } },
        { session },
      );
      expect(closed.data!.closeOrderProblem.__typename).toBe("NotFoundError");
    }
    // an officer of the cooperative who is neither treasurer nor chair is refused with the reason
    const secretary = await api.createUserSession({ email: `sekretaris-${Date.now()}@contoh.id` });
    await api.prisma.cooperativeOfficer.create({
      data: {
        userId: secretary.user.id,
        cooperativeId: business.cooperativeId!,
        title: "Sekretaris",
        role: "SECRETARY",
      },
    });
    expect((await refund(secretary.token, problem.id, "1000")).__typename).toBe("ResolverRoleError");

    // the treasurer refunding more than was paid is refused, with what can be refunded, and nothing changes
    const treasurer = await treasurerSession(api, business.cooperativeId!);
    const tooMuch = await refund(treasurer, problem.id, String(total + 1n));
    expect(tooMuch).toMatchObject({ __typename: "RefundExceedsPaidError", refundable: String(total) });
    expect(tooMuch.message).toContain("Paling banyak Rp");
    expect(await api.prisma.journalEntry.count()).toBe(ledgerBefore);
    expect((await api.prisma.orderProblem.findUniqueOrThrow({ where: { id: rawId(problem.id) } })).status).toBe("OPEN");

    // a partial refund, submitted twice with one key, refunds once
    const part = total / 2n;
    const idempotencyKey = key();
    const first = await refund(treasurer, problem.id, String(part), idempotencyKey);
    const second = await refund(treasurer, problem.id, String(part), idempotencyKey);
    expect(first.data).toMatchObject({
      replayed: false,
      problem: { status: "REFUNDED", refund: { amount: String(part) } },
    });
    expect(second.data).toMatchObject({ replayed: true, problem: { status: "REFUNDED" } });
    const entries = await api.prisma.journalEntry.findMany({
      where: { kind: "ORDER_PROBLEM_REFUND", idempotencyKey: `order-problem:${rawId(problem.id)}:refund` },
    });
    expect(entries).toHaveLength(1);
    // another resolution of the same report is refused
    const closeAfter = await api.gql(
      CLOSE,
      { input: { problemId: problem.id, reason: "Tutup setelah dana kembali.", idempotencyKey: key() } },
      { session: treasurer },
    );
    expect(closeAfter.data!.closeOrderProblem.__typename).toBe("ProblemAlreadyResolvedError");
    // the ledger balances, nothing is negative, money is conserved; the refund came out of the seller's account
    expect(await findLedgerViolations(api.prisma)).toEqual(noViolations);
    expect(await moneyConserved(api.prisma)).toBe(true);
    // the refund is in the audit log
    const audit = await api.prisma.auditLog.findFirst({
      where: { action: "order_problem.refund", targetId: rawId(problem.id) },
    });
    expect(audit?.data).toMatchObject({ amountIdr: String(part) });

    // the buyer sees the outcome, and what can still be refunded
    const mine = await api.gql(MY_ORDER, { id: order.id }, { session: buyer });
    expect(mine.data!.node.problems[0]).toMatchObject({
      status: "REFUNDED",
      refund: { amount: String(part) },
      resolutionNote: "Pengembalian untuk barang yang pecah.",
      refundable: { amount: String(total - part) },
    });
    // a new report on the same order can refund at most the rest
    const next = (await report(buyer, order.id, { kind: "WRONG_OR_MISSING_ITEM" })).data.problem;
    expect(await refund(treasurer, next.id, String(total - part + 1n))).toMatchObject({
      __typename: "RefundExceedsPaidError",
      refundable: String(total - part),
    });
  });

  it("refunds money still held before delivery; the delivery then settles only the rest", async () => {
    const { buyer, order, business, total } = await givenPaidOrder("SHIPPED");
    const problem = (await report(buyer, order.id, { kind: "NOT_ARRIVED" })).data.problem;
    // the chair (the demo cooperative officer) refunds a part while the goods are on their way
    const chair = await api.signInAs("cooperativeOfficer");
    const refunded = await refund(chair, problem.id, "5000");
    expect(refunded.data.problem).toMatchObject({ status: "REFUNDED", refund: { amount: "5000" } });
    // the goods then arrive and the buyer says so: the seller's account gets what is left less the fee
    const operatingKey = `business:${business.id}:operating`;
    const before = (await api.prisma.account.findUnique({ where: { key: operatingKey } }))?.balance ?? 0n;
    const delivered = await sellerStep(api, buyer, "confirmReceipt", order.id);
    expect(delivered.data.order.status).toBe("DELIVERED");
    const after = (await api.prisma.account.findUniqueOrThrow({ where: { key: operatingKey } })).balance;
    const fee = BigInt(delivered.data.order.fee.amount);
    expect(after - before).toBe(total - 5000n - fee);
    expect(await findLedgerViolations(api.prisma)).toEqual(noViolations);
    expect(await moneyConserved(api.prisma)).toBe(true);
  });

  it("lets the treasurer close with a reason the buyer reads", async () => {
    const { buyer, order, business } = await givenPaidOrder();
    const problem = (await report(buyer, order.id, { kind: "OTHER" })).data.problem;
    const treasurer = await treasurerSession(api, business.cooperativeId!);
    const closed = await api.gql(
      CLOSE,
      { input: { problemId: problem.id, reason: "Kurir mencatat paket diterima Ibu Rina.", idempotencyKey: key() } },
      { session: treasurer },
    );
    expect(closed.data!.closeOrderProblem.data.problem).toMatchObject({
      status: "CLOSED",
      refund: null,
      resolutionNote: "Kurir mencatat paket diterima Ibu Rina.",
    });
  });

  it("never lets a seller who is also an officer resolve a report on their own order", async () => {
    const { buyer, order, business, owner } = await givenPaidOrder().then(async (g) => ({
      ...g,
      owner: await api.prisma.user.findUniqueOrThrow({ where: { email: "wirausaha@desamigran.id" } }),
    }));
    const problem = (await report(buyer, order.id)).data.problem;
    // given the seller is also the cooperative's treasurer
    const office = await api.prisma.cooperativeOfficer.upsert({
      where: { userId_cooperativeId: { userId: owner.id, cooperativeId: business.cooperativeId! } },
      create: { userId: owner.id, cooperativeId: business.cooperativeId!, title: "Bendahara 2", role: "TREASURER" },
      update: { role: "TREASURER" },
    });
    try {
      const seller = await api.signInAs("entrepreneur");
      const own = await refund(seller, problem.id, "1000");
      expect(own).toMatchObject({ __typename: "OwnOrderProblemError" });
      expect(own.message).toMatch(/Anda penjual pesanan ini/);
    } finally {
      await api.prisma.cooperativeOfficer.delete({ where: { id: office.id } });
    }
  });

  it("a business outside any cooperative: the seller answers and closes, no refund through the platform", async () => {
    // given a cash-on-delivery order of a business that left its cooperative, shipped
    const placed = await givenPlacedOrder(api, { quantity: 1, paymentMethod: "CASH_ON_DELIVERY" });
    const seller = await api.signInAs("entrepreneur");
    await sellerStep(api, seller, "confirmOrder", placed.order.id);
    await sellerStep(api, seller, "shipOrder", placed.order.id);
    const problemRow = await api.prisma.$transaction(async (tx) => {
      const order = await tx.order.findUniqueOrThrow({ where: { id: rawId(placed.order.id) } });
      return tx.orderProblem.create({
        data: { orderId: order.id, reporterId: order.buyerId, kind: "NOT_ARRIVED", description: "Belum sampai." },
      });
    });
    const problemId = gid("OrderProblem", problemRow.id);
    const buyer = await api.signInAs("buyer");
    const seen = await api.gql(MY_ORDER, { id: placed.order.id }, { session: buyer });
    expect(seen.data!.node.problems[0]).toMatchObject({ refundThroughPlatform: false, refundable: { amount: "0" } });
    // the seller cannot refund through the platform
    expect(await refund(seller, problemId, "1000")).toMatchObject({ __typename: "RefundNeedsCooperativeError" });
    // but closes with a reason
    const closed = await api.gql(
      CLOSE,
      { input: { problemId, reason: "Paket dikirim ulang lewat kurir desa.", idempotencyKey: key() } },
      { session: seller },
    );
    expect(closed.data!.closeOrderProblem.data.problem.status).toBe("CLOSED");
  });

  // last: the seller's business account is emptied
  it("refuses a refund the seller's account no longer covers after delivery, moving nothing", async () => {
    // given a delivered order (its money settled to the seller) with an open report
    const { buyer, order, business, total } = await givenPaidOrder("DELIVERED");
    const problem = (await report(buyer, order.id, { kind: "WRONG_OR_MISSING_ITEM" })).data.problem;
    // and the seller has since drawn out everything the business account held
    const operating = accounts.businessOperating(business.id, business.name);
    const held = (await api.prisma.account.findUniqueOrThrow({ where: { key: operating.key } })).balance;
    await api.prisma.$transaction((tx) =>
      postEntry(tx, {
        idempotencyKey: `test-payout-${business.id}-${Date.now()}`,
        kind: "TEST_PAYOUT",
        request: { businessId: business.id, held },
        postings: [
          { account: operating, amount: -held },
          { account: accounts.external(), amount: held },
        ],
      }),
    );
    const entriesBefore = await api.prisma.journalEntry.count();

    // when the treasurer refunds the whole order
    const treasurer = await treasurerSession(api, business.cooperativeId!);
    const short = await refund(treasurer, problem.id, String(total));

    // then it is refused in the treasurer's words, and nothing moved: no entry, the report open, the account empty
    expect(short).toMatchObject({ __typename: "SellerFundsShortError" });
    expect(short.message).toMatch(/Saldo usaha penjual tidak cukup/);
    expect(await api.prisma.journalEntry.count()).toBe(entriesBefore);
    const after = await api.prisma.orderProblem.findUniqueOrThrow({ where: { id: rawId(problem.id) } });
    expect({ status: after.status, refundIdr: after.refundIdr }).toEqual({ status: "OPEN", refundIdr: null });
    expect((await api.prisma.account.findUniqueOrThrow({ where: { key: operating.key } })).balance).toBe(0n);
    expect(await findLedgerViolations(api.prisma)).toEqual(noViolations);
  });
});
