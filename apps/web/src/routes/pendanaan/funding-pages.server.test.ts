// The funding pages' loads and the entrepreneur's funding actions against the real API on a seeded database,
// called as Kit calls them on the server (no browser).
import { render } from "svelte/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { loadMyBusinesses } from "#lib/usahaku/my-business.server.ts";

import { apiCall, signInToken, signInTokenFor, TREASURER } from "../../../testing/commerce-session.ts";
import { outcome, serverEvent, type ServerEventOptions } from "../../../testing/load-event.ts";
import { type RealApi, startRealApi, unreachableApiUrl } from "../../../testing/real-api.ts";
import * as businessPage from "../usaha/[slug]/+page.server.ts";
import * as dashboard from "../usahaku/pendanaan/+page.server.ts";
import * as roundPage from "./[slug]/+page.server.ts";
import RoundPage from "./[slug]/+page.svelte";
import * as listPage from "./+page.server.ts";

type Any = any;

// The seeded REPAYING loan whose 4th instalment (due 5 Nov 2026) was never paid.
const LATE_ROUND = "penggoreng-vakum-keripik-tempe";

// Kit's `#internal` resolves to its browser half in Vitest, whose redirect() reads window.location.
// Set only after the API has started: PGlite takes a defined `window` for a browser and fails to load.
const fakeWindow = () => ((globalThis as Any).window ??= { location: { origin: "http://localhost" } });

vi.setConfig({ testTimeout: 30_000 });

let api: RealApi;
let household: string;
let entrepreneur: string;

/** A server request event as Kit builds it, with an optional session cookie and form POST. */
const event = (path: string, options: ServerEventOptions = {}): Any => serverEvent(api.url, path, options);

const loadRound = (slug: string, token?: string) =>
  roundPage.load(event(`/pendanaan/${slug}`, { token, params: { slug } })) as Promise<Any>;

beforeAll(async () => {
  api = await startRealApi({ seed: true });
  fakeWindow();
  household = await signInToken(api.url, "household");
  entrepreneur = await signInToken(api.url, "entrepreneur");
}, 180_000);

afterAll(async () => {
  await api?.stop();
});

describe("funding round page /pendanaan/[slug]", () => {
  it("shows a repaying loan's schedule with the late instalment and its arrears", async () => {
    // given the seeded loan with three instalments paid and the fourth (due 5 Nov 2026) unpaid
    const data = await loadRound(LATE_ROUND);

    // then the round, its business and village and the repayment record are there
    expect(data.round.status).toBe("REPAYING");
    expect(data.round.business.name).toBe("Keripik Tempe Tukiyem");
    expect(data.round.schedule).toHaveLength(10);
    // (instalments after the 4th are unpaid too, so the later the clock, the more of them are late)
    const late = data.round.schedule.filter((row: Any) => row.status === "OVERDUE");
    expect(late[0]).toMatchObject({ sequence: 4, paid: { amount: "0" } });
    expect(late[0].dueOn.slice(0, 10)).toBe("2026-11-05");
    expect(data.round.schedule.slice(0, 3).map((row: Any) => row.status)).toEqual(["PAID", "PAID", "PAID"]);
    const owed = late.reduce((sum: bigint, row: Any) => sum + BigInt(row.amount.amount), 0n);
    expect(data.round.repaymentRecord.overdueCount).toBe(late.length);
    expect(data.round.repaymentRecord.arrears.amount).toBe(owed.toString());
    expect(data.updates.map((update: Any) => update.title)).toContain("Cicilan November terlambat");
    // and a closed round offers no pledge
    expect(data.pledge).toEqual({ kind: "closed" });

    // when the page renders, the late row and the arrears are marked in words, not colour alone
    const html = render(RoundPage, {
      props: { data: { ...data, viewer: null }, form: null, params: { slug: LATE_ROUND } } as Any,
    }).body.replaceAll("\u00a0", " ");
    const rupiah = (amount: bigint) => `Rp ${amount.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ".")}`;
    expect(html).toContain(`Ada tunggakan: ${late.length} cicilan terlambat, belum dibayar ${rupiah(owed)}.`);
    const cells = (row: string) =>
      [...row.matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/g)].map((cell) => cell[1]!.replace(/<[^>]+>/g, ""));
    const lateRow = /<tr class="instalment instalment-OVERDUE[^"]*">(.*?)<\/tr>/.exec(html)?.[1] ?? "";
    const instalment = rupiah(BigInt(late[0].amount.amount));
    expect(cells(lateRow)).toEqual(["4", "5 Nov 2026", instalment, "Rp 0", instalment, "Terlambat"]);
    const paidRow = /<tr class="instalment instalment-PAID[^"]*">(.*?)<\/tr>/.exec(html)?.[1] ?? "";
    expect(cells(paidRow)).toEqual(["1", "5 Agu 2026", instalment, instalment, "–", "Lunas"]);
    expect(html).toContain("Dalam pengembalian");
  });

  it("asks a visitor to sign in and sends a household member to the household's invest page with the round chosen", async () => {
    const visitor = await loadRound("mesin-spinner-keripik-mbak-siti");
    expect(visitor.pledge).toEqual({
      kind: "sign-in",
      href: "/masuk?kembali=%2Fpendanaan%2Fmesin-spinner-keripik-mbak-siti",
    });
    expect(visitor.round.isPublic).toBe(true);
    expect(visitor.round.minTicket.amount).toBe("250000");

    const member = await loadRound("mesin-spinner-keripik-mbak-siti", household);
    const { viewer } = await apiCall<Any>(api.url, "{ viewer { households { id } } }", {}, household);
    expect(member.pledge).toEqual({
      kind: "households",
      links: [
        {
          name: "Keluarga Bapak Tarmidi",
          href: `/keluarga/${encodeURIComponent(viewer.households[0].id)}/investasi?putaran=mesin-spinner-keripik-mbak-siti#round-mesin-spinner-keripik-mbak-siti`,
        },
      ],
    });

    // a signed-in user without a household is told why they cannot invest
    expect((await loadRound("mesin-spinner-keripik-mbak-siti", entrepreneur)).pledge).toEqual({ kind: "no-household" });
  });

  it("answers 404 for an unknown round and redirects a global ID to the slug address", async () => {
    expect(await outcome(loadRound("tidak-ada"))).toEqual({ status: 404, location: undefined });
    const { fundingRound } = await apiCall<Any>(api.url, `{ fundingRound(slug: "${LATE_ROUND}") { id } }`);
    expect(await outcome(loadRound(fundingRound.id))).toEqual({ status: 308, location: `/pendanaan/${LATE_ROUND}` });
    // an ID the API cannot decode is no round either
    expect(await outcome(loadRound("Tm90QVJvdW5kOjE="))).toEqual({ status: 404, location: undefined });
  });

  it("answers 503, not 404, when the API cannot be reached to look up a global ID", async () => {
    // given a round's global ID and an API that is down
    const { fundingRound } = await apiCall<Any>(api.url, `{ fundingRound(slug: "${LATE_ROUND}") { id } }`);
    const down = await unreachableApiUrl();
    const request = event(`/pendanaan/${fundingRound.id}`, { params: { slug: fundingRound.id } });
    request.fetch = (_input: unknown, init?: RequestInit) => globalThis.fetch(down, init);
    // then the page says the service is unavailable rather than that the round does not exist
    expect(await outcome(roundPage.load(request))).toEqual({ status: 503, location: undefined });
  });
});

describe("funding list and business page", () => {
  it("lists rounds with their slug (each card links to its page) and their arrears", async () => {
    const data = (await listPage.load(event("/pendanaan"))) as Any;
    const late = data.rounds.find((round: Any) => round.slug === LATE_ROUND);
    // the late loan's arrears travel with its card; a round with nothing overdue shows none
    expect(BigInt(late.arrears.amount)).toBeGreaterThan(0n);
    expect(data.rounds.find((round: Any) => round.slug === "mesin-spinner-keripik-mbak-siti").arrears.amount).toBe("0");
    expect(data.rounds.every((round: Any) => round.status !== "DRAFT")).toBe(true);
  });

  it("features the business's round on its page", async () => {
    const data = (await businessPage.load(
      event("/usaha/keripik-tempe-tukiyem", { params: { slug: "keripik-tempe-tukiyem" } }),
    )) as Any;
    expect(data.fundingRound).toMatchObject({
      slug: LATE_ROUND,
      status: "REPAYING",
      business: { slug: "keripik-tempe-tukiyem" },
    });
    expect(data.otherRoundCount).toBe(0);
  });
});

describe("entrepreneur /usahaku/pendanaan", () => {
  const parent = async () => loadMyBusinesses(event("/usahaku/pendanaan", { token: entrepreneur }));
  const act = (name: "buat" | "buka" | "kabar" | "ajukan", form: Record<string, string>) =>
    outcome((dashboard.actions as Any)[name](event(`/usahaku/pendanaan?/${name}`, { token: entrepreneur, form })));
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

  it("drafts a round, opens it, and posts an update that shows on the public page", async () => {
    // given a draft saved from the form (rupiah typed with dots)
    const created = await act("buat", {
      title: "Etalase kaca untuk kios koperasi",
      purpose: "Etalase kaca dan rak agar keripik tampil rapi di kios koperasi.",
      instrument: "PROFIT_SHARE",
      targetIdr: "6.000.000",
      minTicketIdr: "100.000",
      maxTicketIdr: "1.000.000",
      returnPercent: "20",
      tenorMonths: "12",
      opensAt: day(0),
      closesAt: day(30),
      isPublic: "on",
    });
    expect(created.value).toMatchObject({ action: "buat", done: true, roundSlug: "etalase-kaca-untuk-kios-koperasi" });
    const slug = created.value.roundSlug;
    // the owner sees the draft on the dashboard and its page; the public does not
    const own = (await dashboard.load(event("/usahaku/pendanaan", { token: entrepreneur, parent }))) as Any;
    const draft = own.rounds.find((round: Any) => round.slug === slug);
    expect(draft.status).toBe("DRAFT");
    expect((await loadRound(slug, entrepreneur)).round.status).toBe("DRAFT");
    expect(await outcome(loadRound(slug))).toEqual({ status: 404, location: undefined });

    // a draft cannot be opened: she submits it, and the cooperative's two officers approve it
    expect((await act("buka", { roundId: draft.id })).value.status).toBe(400);
    expect((await act("ajukan", { roundId: draft.id })).value).toMatchObject({ action: "ajukan", done: true });
    for (const token of [await signInToken(api.url, "cooperativeOfficer"), await signInTokenFor(api.url, TREASURER)]) {
      const review = await apiCall<{ reviewFundingRound: { __typename: string } }>(
        api.url,
        `mutation($input: ReviewFundingRoundInput!) { reviewFundingRound(input: $input) { __typename } }`,
        {
          input: {
            roundId: draft.id,
            approve: true,
            comment: "",
            checklist: { businessVerified: true, useOfFunds: true, repaymentPlan: true, withinLimits: true },
          },
        },
        token,
      );
      expect(review.reviewFundingRound.__typename).toBe("MutationReviewFundingRoundSuccess");
    }

    // when she opens it
    expect((await act("buka", { roundId: draft.id })).value).toMatchObject({
      action: "buka",
      done: true,
      roundSlug: slug,
    });

    // then an update she posts is public
    const refused = await act("kabar", { roundId: draft.id, title: "Ok", body: "Terlalu pendek judulnya." });
    expect(refused.value.status).toBe(400);
    expect(refused.value.data.errors.fields.title).toBe("Judul minimal 3 karakter.");
    expect(refused.value.data.values.body).toBe("Terlalu pendek judulnya.");
    expect(
      (
        await act("kabar", {
          roundId: draft.id,
          title: "Etalase sudah dipesan",
          body: "Tukang kayu desa mulai bekerja minggu ini.",
        })
      ).value,
    ).toEqual({
      action: "kabar",
      done: true,
      roundId: draft.id,
    });
    const page = await loadRound(slug);
    expect(page.round.status).toBe("OPEN");
    expect(page.updates[0]).toMatchObject({
      title: "Etalase sudah dipesan",
      body: "Tukang kayu desa mulai bekerja minggu ini.",
      authorName: "Siti Aminah",
    });
  });

  it("shows the API's typed error next to the field and keeps what was typed", async () => {
    const refused = await act("buat", {
      title: "Rak pajang",
      purpose: "Rak.",
      instrument: "LOAN",
      targetIdr: "1.000.000",
      minTicketIdr: "500.000",
      maxTicketIdr: "2.000.000",
      returnPercent: "10",
      tenorMonths: "6",
      opensAt: day(0),
      closesAt: day(20),
    });
    expect(refused.value.status).toBe(400);
    expect(refused.value.data.errors.fields.maxTicketIdr).toBe("Investasi maksimum tidak boleh melebihi target.");
    expect(refused.value.data.values.title).toBe("Rak pajang");
  });
});
