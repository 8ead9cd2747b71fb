// Problem reports on the web server against the real API on a seeded database, called as Kit calls loads and
// actions (no browser): the buyer reports on /pesanan/[id], the seller answers on /usahaku/pesanan, the cooperative's
// officer refunds (capped, once) on /koperasi/[slug]/masalah-pesanan, and the buyer reads the outcome.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { loadCooperative } from "#lib/koperasi/access.ts";
import { loadMyBusinesses } from "#lib/usahaku/my-business.server.ts";

import { apiCall, signInToken } from "../../testing/commerce-session.ts";
import { outcome, serverEvent, type ServerEventOptions } from "../../testing/load-event.ts";
import { paidOrder as paidOrderOf } from "../../testing/order-problem-fixtures.ts";
import { type RealApi, startRealApi } from "../../testing/real-api.ts";
import * as queuePage from "./koperasi/[slug]/masalah-pesanan/+page.server.ts";
import * as orderPage from "./pesanan/[id]/+page.server.ts";
import * as incoming from "./usahaku/pesanan/+page.server.ts";

type Any = any;

const fakeWindow = () => ((globalThis as Any).window ??= { location: { origin: "http://localhost" } });

let api: RealApi;
let buyer: string;
let seller: string;
let chair: string;
let slug: string;

const event = (path: string, options: ServerEventOptions = {}): Any => serverEvent(api.url, path, options);
/** An event under /koperasi/[slug]: `parent` resolves the layout's data like Kit does. */
function coopEvent(path: string, options: Omit<ServerEventOptions, "parent"> = {}): Any {
  const ev: Any = serverEvent(api.url, path, { ...options, params: { slug } });
  ev.parent = () => loadCooperative(ev);
  return ev;
}

/** A paid transfer order of the demo buyer (the cooperative's treasurer confirmed it). */
const paidOrder = () => paidOrderOf(api.url, buyer);

beforeAll(async () => {
  api = await startRealApi({ seed: true });
  fakeWindow();
  buyer = await signInToken(api.url, "buyer");
  seller = await signInToken(api.url, "entrepreneur");
  chair = await signInToken(api.url, "cooperativeOfficer");
  const data = await apiCall<Any>(api.url, "{ viewer { cooperativeOffices { cooperative { slug } } } }", {}, chair);
  slug = data.viewer.cooperativeOffices[0].cooperative.slug;
}, 180_000);

afterAll(async () => {
  await api?.stop();
});

describe("problem reports", () => {
  it("buyer reports, seller answers, officer refunds once within what was paid, buyer sees the refund", async () => {
    const order = await paidOrder();
    const params = { id: order.id };

    // the buyer's order page offers the report
    const before = (await orderPage.load(event(`/pesanan/${order.id}`, { token: buyer, params }))) as Any;
    expect(before.problemReporting).toMatchObject({ reportable: true, throughCooperative: true, problems: [] });

    // a too-short description comes back on its field, with what was typed kept
    const short = await (orderPage.actions as Any).masalah(
      event(`/pesanan/${order.id}?/masalah`, { token: buyer, params, form: { kind: "DAMAGED", description: "pecah" } }),
    );
    expect(short.status).toBe(400);
    expect(short.data.errors.fields.description).toMatch(/minimal 10 karakter/);
    expect(short.data.values.description).toBe("pecah");

    // the report is sent and shows as being handled
    const sent = await (orderPage.actions as Any).masalah(
      event(`/pesanan/${order.id}?/masalah`, {
        token: buyer,
        params,
        form: { kind: "DAMAGED", description: "Keripiknya melempem saat dibuka." },
      }),
    );
    expect(sent).toEqual({ problemSent: true });
    const reported = (await orderPage.load(event(`/pesanan/${order.id}`, { token: buyer, params }))) as Any;
    expect(reported.problemReporting.reportable).toBe(false);
    expect(reported.problemReporting.problems[0]).toMatchObject({ status: "OPEN", kind: "DAMAGED" });
    const problemId = reported.problemReporting.problems[0].id;

    // the seller sees it on the incoming order and answers
    const parent = () => loadMyBusinesses(event("/usahaku", { token: seller }));
    const mine = (await incoming.load(event("/usahaku/pesanan", { token: seller, parent }))) as Any;
    const withProblem = mine.orders.find((o: Any) => o.id === order.id);
    expect(withProblem.problems[0].description).toBe("Keripiknya melempem saat dibuka.");
    const answered = await (incoming.actions as Any)["jawab-masalah"](
      event("/usahaku/pesanan?/jawab-masalah", {
        token: seller,
        form: { problemId, note: "Maaf, kami ganti dengan yang baru." },
      }),
    );
    expect(answered).toEqual({ answered: problemId });

    // the seller cannot refund from the officers' page: not an officer
    expect(
      await outcome(queuePage.load(coopEvent(`/koperasi/${slug}/masalah-pesanan`, { token: seller }))),
    ).toMatchObject({ status: 403 });

    // the chair sees it in the queue with what can be refunded
    const queue = (await queuePage.load(coopEvent(`/koperasi/${slug}/masalah-pesanan`, { token: chair }))) as Any;
    const item = queue.problems.find((p: Any) => p.id === problemId);
    expect(item).toMatchObject({
      sellerNote: "Maaf, kami ganti dengan yang baru.",
      refundable: { amount: order.total },
    });
    const idempotencyKey = queue.keys[problemId];

    // more than was paid is refused on the amount field, nothing refunded
    const tooMuch = await (queuePage.actions as Any).kembalikan(
      coopEvent(`/koperasi/${slug}/masalah-pesanan?/kembalikan`, {
        token: chair,
        form: { problemId, amount: String(BigInt(order.total) + 1n), note: "Dana dikembalikan penuh.", idempotencyKey },
      }),
    );
    expect(tooMuch.status).toBe(400);
    expect(tooMuch.data.errors.fields.amount).toMatch(/Paling banyak Rp/);

    // a refund typed as "Rp 10.000", submitted twice, refunds once
    const refund = () =>
      (queuePage.actions as Any).kembalikan(
        coopEvent(`/koperasi/${slug}/masalah-pesanan?/kembalikan`, {
          token: chair,
          form: { problemId, amount: "Rp 10.000", note: "Ganti rugi keripik melempem.", idempotencyKey },
        }),
      );
    expect(await refund()).toEqual({ refunded: problemId });
    expect(await refund()).toEqual({ refunded: problemId });
    const done = (await queuePage.load(
      coopEvent(`/koperasi/${slug}/masalah-pesanan?status=dikembalikan`, { token: chair }),
    )) as Any;
    expect(done.problems.filter((p: Any) => p.id === problemId)).toHaveLength(1);

    // the buyer reads the outcome
    const after = (await orderPage.load(event(`/pesanan/${order.id}`, { token: buyer, params }))) as Any;
    expect(after.problemReporting.problems[0]).toMatchObject({
      status: "REFUNDED",
      refund: { amount: "10000" },
      resolutionNote: "Ganti rugi keripik melempem.",
      refundable: { amount: String(BigInt(order.total) - 10_000n) },
    });
  }, 60_000);

  it("refuses a buyer in the officers' queue and closes with a reason", async () => {
    expect(
      await outcome(queuePage.load(coopEvent(`/koperasi/${slug}/masalah-pesanan`, { token: buyer }))),
    ).toMatchObject({ status: 403 });
    const order = await paidOrder();
    await (orderPage.actions as Any).masalah(
      event(`/pesanan/${order.id}?/masalah`, {
        token: buyer,
        params: { id: order.id },
        form: { kind: "NOT_ARRIVED", description: "Paket belum sampai seminggu ini." },
      }),
    );
    const queue = (await queuePage.load(coopEvent(`/koperasi/${slug}/masalah-pesanan`, { token: chair }))) as Any;
    const problem = queue.problems.find((p: Any) => p.status === "OPEN" && p.kind === "NOT_ARRIVED");
    const closed = await (queuePage.actions as Any).tutup(
      coopEvent(`/koperasi/${slug}/masalah-pesanan?/tutup`, {
        token: chair,
        form: {
          problemId: problem.id,
          reason: "Kurir: paket diterima tetangga.",
          idempotencyKey: queue.keys[problem.id],
        },
      }),
    );
    expect(closed).toEqual({ closed: problem.id });
    const after = (await orderPage.load(
      event(`/pesanan/${order.id}`, { token: buyer, params: { id: order.id } }),
    )) as Any;
    expect(after.problemReporting.problems[0]).toMatchObject({
      status: "CLOSED",
      resolutionNote: "Kurir: paket diterima tetangga.",
    });
  }, 60_000);
});
