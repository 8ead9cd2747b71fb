// The cooperative officer's pages (/koperasi/**): load functions and form actions against the real API
// on a seeded database, called as Kit calls them on the server (no browser).
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { loadCooperative } from "#lib/koperasi/access.ts";

import { apiCall, signInToken } from "../../../testing/commerce-session.ts";
import { outcome, serverEvent, type ServerEventOptions } from "../../../testing/load-event.ts";
import { type RealApi, startRealApi } from "../../../testing/real-api.ts";
import * as overviewPage from "./[slug]/+page.server.ts";
import * as bylawsPage from "./[slug]/anggaran-dasar/+page.server.ts";
import * as memberPage from "./[slug]/anggota/[anggota]/+page.server.ts";
import { GET as downloadSavings } from "./[slug]/anggota/[anggota]/unduh/+server.ts";
import * as membersPage from "./[slug]/anggota/+page.server.ts";
import { GET as downloadMembers } from "./[slug]/anggota/unduh/+server.ts";
import * as ledgerPage from "./[slug]/buku-besar/+page.server.ts";
import * as meetingPage from "./[slug]/rapat/[rapat]/+page.server.ts";
import * as meetingsPage from "./[slug]/rapat/+page.server.ts";
import * as shuPage from "./[slug]/shu/+page.server.ts";
import * as listPage from "./+page.server.ts";

type Any = any;

// Kit's browser-half redirect() reads window.location; set only after PGlite has loaded (see commerce.server.test.ts).
const fakeWindow = () => ((globalThis as Any).window ??= { location: { origin: "http://localhost" } });

let api: RealApi;
let officer: string;
let buyer: string;
let slug: string;

/** A server request event as Kit builds it; `parent` resolves the [slug] layout's data like Kit does. */
function event(path: string, options: Omit<ServerEventOptions, "parent" | "cookies"> = {}) {
  const ev: Any = serverEvent(api.url, path, { ...options, params: options.params ?? { slug } });
  ev.parent = () => loadCooperative(ev);
  return ev;
}

beforeAll(async () => {
  api = await startRealApi({ seed: true });
  fakeWindow();
  officer = await signInToken(api.url, "cooperativeOfficer");
  buyer = await signInToken(api.url, "buyer");
  const data = await apiCall<Any>(api.url, "{ viewer { cooperativeOffices { cooperative { slug } } } }", {}, officer);
  slug = data.viewer.cooperativeOffices[0].cooperative.slug;
}, 180_000);

afterAll(async () => {
  await api?.stop();
});

describe("/koperasi", () => {
  it("sends a visitor to sign in, lists the officer's cooperatives, and explains to a non-officer", async () => {
    expect(await outcome(listPage.load(event("/koperasi") as Any))).toEqual({
      status: 303,
      location: "/masuk?kembali=%2Fkoperasi",
    });
    const mine = (await listPage.load(event("/koperasi", { token: officer }) as Any)) as Any;
    expect(mine.offices.map((o: Any) => o.cooperative.slug)).toContain(slug);
    expect(mine.offices[0].title).toBe("Ketua Pengurus");
    const theirs = (await listPage.load(event("/koperasi", { token: buyer }) as Any)) as Any;
    expect(theirs.offices).toEqual([]);
  });

  it("guards the officer pages: sign-in for visitors, 403 for others, a 404 for an unknown cooperative", async () => {
    expect(await outcome(overviewPage.load(event(`/koperasi/${slug}`) as Any))).toEqual({
      status: 303,
      location: `/masuk?kembali=${encodeURIComponent(`/koperasi/${slug}`)}`,
    });
    expect(await outcome(membersPage.load(event(`/koperasi/${slug}/anggota`, { token: buyer }) as Any))).toMatchObject({
      status: 403,
    });
    expect(await outcome(shuPage.load(event(`/koperasi/${slug}/shu`, { token: buyer }) as Any))).toMatchObject({
      status: 403,
    });
    expect(
      await outcome(loadCooperative(event("/koperasi/tidak-ada", { params: { slug: "tidak-ada" } }))),
    ).toMatchObject({ status: 404 });
    const overview = (await overviewPage.load(event(`/koperasi/${slug}`, { token: officer }) as Any)) as Any;
    expect(overview.overview.members).toBeGreaterThan(9);
  });
});

describe("public ledger /koperasi/[slug]/buku-besar", () => {
  it("shows totals to a signed-out visitor", async () => {
    const page = (await ledgerPage.load(event(`/koperasi/${slug}/buku-besar`) as Any)) as Any;
    expect(BigInt(page.ledger.ledgerSummary.memberSavings.total.amount)).toBeGreaterThan(0n);
    expect(page.ledger.shuPolicy.reservePct + page.ledger.shuPolicy.membersPct).toBeGreaterThan(0);
  });
});

describe("members and savings", () => {
  it("pages members with their savings and searches by member number", async () => {
    const first = (await membersPage.load(event(`/koperasi/${slug}/anggota`, { token: officer }) as Any)) as Any;
    expect(first.members).toHaveLength(10);
    expect(first.totalCount).toBeGreaterThan(10);
    expect(first.links.next).toMatch(/^\/koperasi\/.+\/anggota\?after=/);
    expect(first.members[0].savings.pokok.amount).not.toBe("0");
    const second = (await membersPage.load(event(first.links.next, { token: officer }) as Any)) as Any;
    expect(second.members.length).toBe(first.totalCount - 10);
    expect(second.links.previous).toMatch(/before=/);
    const number = first.members[3].memberNumber;
    const found = (await membersPage.load(
      event(`/koperasi/${slug}/anggota?cari=${number}`, { token: officer }) as Any,
    )) as Any;
    expect(found.members.map((m: Any) => m.memberNumber)).toEqual([number]);
  });

  it("downloads the member register and a member's savings for officers only, as Indonesian spreadsheets", async () => {
    const register: Response = await downloadMembers(
      event(`/koperasi/${slug}/anggota/unduh`, { token: officer }) as Any,
    );
    expect(register.headers.get("content-disposition")).toMatch(
      new RegExp(`^attachment; filename="anggota-${slug}-\\d{4}-\\d{2}-\\d{2}\\.csv"$`),
    );
    expect(register.headers.get("cache-control")).toBe("private, no-store");
    expect((await register.text()).startsWith("No. anggota;Nama;Status;")).toBe(true);
    expect(
      await outcome(downloadMembers(event(`/koperasi/${slug}/anggota/unduh`, { token: buyer }) as Any)),
    ).toMatchObject({
      status: 404,
    });

    const list = (await membersPage.load(event(`/koperasi/${slug}/anggota`, { token: officer }) as Any)) as Any;
    const member = list.members[0];
    const params = { slug, anggota: member.id };
    const savings: Response = await downloadSavings(
      event(`/koperasi/${slug}/anggota/x/unduh`, { token: officer, params }) as Any,
    );
    expect(savings.headers.get("content-disposition")).toMatch(
      /^attachment; filename="simpanan-[A-Za-z0-9._-]+\.csv"$/,
    );
    expect((await savings.text()).split("\r\n")[0]).toMatch(/^Tanggal \(WI(B|TA|T)\);Simpanan;Keterangan;/);
    expect(
      await outcome(downloadSavings(event(`/koperasi/${slug}/anggota/x/unduh`, { token: buyer, params }) as Any)),
    ).toMatchObject({ status: 404 });
  });

  it("records a payment once per form, and shows refusals on the right field with what was typed", async () => {
    const list = (await membersPage.load(event(`/koperasi/${slug}/anggota`, { token: officer }) as Any)) as Any;
    const member = list.members[1];
    const path = `/koperasi/${slug}/anggota/${member.id}`;
    const params = { slug, anggota: member.id };
    const page = (await memberPage.load(event(path, { token: officer, params }) as Any)) as Any;
    expect(page.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);

    const bad = await (memberPage.actions as Any).setor(
      event(`${path}?/setor`, {
        token: officer,
        params,
        form: { kind: "WAJIB", amount: "lima puluh", channel: "CASH", idempotencyKey: page.idempotencyKey },
      }) as Any,
    );
    expect((bad as Any).status).toBe(400);
    expect((bad as Any).data.errors.fields.amount).toBeTruthy();
    expect((bad as Any).data.values.amount).toBe("lima puluh");

    const pokok = await (memberPage.actions as Any).setor(
      event(`${path}?/setor`, {
        token: officer,
        params,
        form: { kind: "POKOK", amount: "1", channel: "CASH", idempotencyKey: crypto.randomUUID() },
      }) as Any,
    );
    expect((pokok as Any).data.errors.fields.amount).toMatch(/Simpanan pokok/);

    const form = { kind: "WAJIB", amount: "Rp 50.000", channel: "CASH", idempotencyKey: page.idempotencyKey };
    const saved = await outcome(
      (memberPage.actions as Any).setor(event(`${path}?/setor`, { token: officer, params, form }) as Any),
    );
    // The officer lands on the payment's receipt.
    expect(saved).toEqual({
      status: 303,
      location: expect.stringMatching(new RegExp(`^/koperasi/${slug}/kwitansi/[^/]+\\?baru$`)),
    });
    // The same form sent twice (double click, resent POST) is one payment.
    expect(
      await outcome(
        (memberPage.actions as Any).setor(event(`${path}?/setor`, { token: officer, params, form }) as Any),
      ),
    ).toEqual(saved);
    const after = (await memberPage.load(event(path, { token: officer, params }) as Any)) as Any;
    expect(BigInt(after.member.savings.wajib.amount)).toBe(BigInt(member.savings.wajib.amount) + 50_000n);
    expect(after.idempotencyKey).not.toBe(page.idempotencyKey);
  });
});

/** A `datetime-local` value in WIB, `minutes` from now. */
const wibInput = (minutes: number) =>
  new Date(Date.now() + minutes * 60_000 + 7 * 3_600_000).toISOString().slice(0, 16);

describe("meetings", () => {
  it("calls a meeting, opens it, records attendance, takes one vote per present member, closes it with quorum", async () => {
    const base = `/koperasi/${slug}/rapat`;
    const listed = (await meetingsPage.load(event(base, { token: officer }) as Any)) as Any;
    expect(listed.meetings.length).toBeGreaterThan(0);

    const form = {
      kind: "EXTRAORDINARY",
      title: "Rapat Anggota Luar Biasa Unit Toko",
      fiscalYear: "",
      scheduledAt: wibInput(-60),
      location: "Balai Desa",
      motions: "",
    };
    const noMotions = await (meetingsPage.actions as Any).panggil(
      event(`${base}?/panggil`, { token: officer, form }) as Any,
    );
    expect((noMotions as Any).data.errors.fields.motions).toBeTruthy();
    expect((noMotions as Any).data.values.title).toBe(form.title);

    const called = await outcome(
      (meetingsPage.actions as Any).panggil(
        event(`${base}?/panggil`, {
          token: officer,
          form: { ...form, motions: "Membuka unit toko: modal dari cadangan\nMenambah jam layanan" },
        }) as Any,
      ),
    );
    expect(called.status).toBe(303);
    const meetingId = decodeURIComponent(called.location.match(/rapat\/([^?]+)\?dipanggil=1$/)[1]);
    const params = { slug, rapat: meetingId };
    const path = `${base}/${meetingId}`;
    const scheduled = (await meetingPage.load(event(path, { token: officer, params }) as Any)) as Any;
    // The typed time is WIB (UTC+7).
    expect(new Date(scheduled.meeting.scheduledAt).getTime()).toBe(
      new Date(`${form.scheduledAt}:00.000Z`).getTime() - 7 * 3_600_000,
    );
    expect(scheduled.due).toBe(true);
    expect(scheduled.meeting.kind).toBe("EXTRAORDINARY");
    expect(scheduled.meeting.motions.map((m: Any) => [m.title, m.description])).toEqual([
      ["Membuka unit toko", "modal dari cadangan"],
      ["Menambah jam layanan", ""],
    ]);
    const motionId = scheduled.meeting.motions[0].id;

    const early = await (meetingPage.actions as Any).pilih(
      event(`${path}?/pilih`, { token: officer, params, form: { motionId, choice: "YES" } }) as Any,
    );
    expect((early as Any).data.errors.fields.choice).toMatch(/belum dibuka/);

    expect(
      await outcome((meetingPage.actions as Any).buka(event(`${path}?/buka`, { token: officer, params }) as Any)),
    ).toMatchObject({ status: 303 });
    // Not yet recorded as present: the vote is refused, in words a member understands.
    const absent = await (meetingPage.actions as Any).pilih(
      event(`${path}?/pilih`, { token: officer, params, form: { motionId, choice: "YES" } }) as Any,
    );
    expect((absent as Any).data.errors.fields.choice).toMatch(/belum tercatat hadir/);
    // The chair ticks every member present (a list of checkboxes), then the quorum is met.
    const opened = (await meetingPage.load(event(path, { token: officer, params }) as Any)) as Any;
    expect(opened.meeting.quorum.met).toBe(false);
    const noneTicked = await (meetingPage.actions as Any).hadir(
      event(`${path}?/hadir`, { token: officer, params, form: [] }) as Any,
    );
    expect((noneTicked as Any).data.errors.form).toMatch(/minimal satu anggota/);
    const roll = opened.meeting.attendanceRoll.map((r: Any) => ["membershipId", r.membershipId] as [string, string]);
    expect(
      await outcome(
        (meetingPage.actions as Any).hadir(event(`${path}?/hadir`, { token: officer, params, form: roll }) as Any),
      ),
    ).toMatchObject({ status: 303 });
    const attended = (await meetingPage.load(event(path, { token: officer, params }) as Any)) as Any;
    expect(attended.meeting.quorum).toMatchObject({ met: true, present: roll.length });
    expect(attended.meeting.viewerPresent).toBe(true);
    const voted = await outcome(
      (meetingPage.actions as Any).pilih(
        event(`${path}?/pilih`, { token: officer, params, form: { motionId, choice: "YES" } }) as Any,
      ),
    );
    expect(voted.location).toContain("info=suara");
    const twice = await (meetingPage.actions as Any).pilih(
      event(`${path}?/pilih`, { token: officer, params, form: { motionId, choice: "NO" } }) as Any,
    );
    expect((twice as Any).data).toMatchObject({
      step: motionId,
      errors: { fields: { choice: expect.stringMatching(/sudah memberikan suara/) } },
    });
    // A signed-in non-member cannot even reach the voting page.
    expect(await outcome(meetingPage.load(event(path, { token: buyer, params }) as Any))).toMatchObject({
      status: 403,
    });

    expect(
      await outcome((meetingPage.actions as Any).tutup(event(`${path}?/tutup`, { token: officer, params }) as Any)),
    ).toMatchObject({ status: 303 });
    const closed = (await meetingPage.load(event(path, { token: officer, params }) as Any)) as Any;
    expect(closed.meeting.status).toBe("CLOSED");
    expect(closed.meeting.motions[0]).toMatchObject({
      status: "CARRIED",
      viewerVote: "YES",
      tally: { yes: 1, no: 0, abstain: 0, total: 1 },
    });
    expect(closed.meeting.motions[1]).toMatchObject({ status: "REJECTED", tally: { total: 0 } });
    expect(closed.meeting.quorum.met).toBe(true);
  });

  it("does not open before its time, and closes without quorum deciding nothing", async () => {
    const base = `/koperasi/${slug}/rapat`;
    const call = (scheduledAt: string) =>
      outcome(
        (meetingsPage.actions as Any).panggil(
          event(`${base}?/panggil`, {
            token: officer,
            form: {
              kind: "EXTRAORDINARY",
              title: "Rapat Anggota Luar Biasa Gudang",
              fiscalYear: "",
              scheduledAt,
              location: "Balai Desa",
              motions: "Membangun gudang",
            },
          }) as Any,
        ),
      ).then((r: Any) => decodeURIComponent(r.location.match(/rapat\/([^?]+)\?dipanggil=1$/)[1]));
    const later = await call(wibInput(24 * 60));
    const laterParams = { slug, rapat: later };
    const waiting = (await meetingPage.load(
      event(`${base}/${later}`, { token: officer, params: laterParams }) as Any,
    )) as Any;
    expect(waiting.due).toBe(false);
    const early = await (meetingPage.actions as Any).buka(
      event(`${base}/${later}?/buka`, { token: officer, params: laterParams }) as Any,
    );
    expect((early as Any).data.errors.form).toMatch(/belum waktunya dibuka/);

    const now = await call(wibInput(-5));
    const params = { slug, rapat: now };
    const path = `${base}/${now}`;
    await outcome((meetingPage.actions as Any).buka(event(`${path}?/buka`, { token: officer, params }) as Any));
    await outcome((meetingPage.actions as Any).tutup(event(`${path}?/tutup`, { token: officer, params }) as Any));
    const closed = (await meetingPage.load(event(path, { token: officer, params }) as Any)) as Any;
    expect(closed.meeting.quorum).toMatchObject({ present: 0, met: false });
    expect(closed.meeting.motions.map((m: Any) => m.status)).toEqual(["NO_QUORUM"]);
  });

  it("calls a RAT with the motion adopting the annual report, and refuses a second RAT for the year", async () => {
    const base = `/koperasi/${slug}/rapat`;
    const form = {
      kind: "ANNUAL",
      title: "Rapat Anggota Tahunan Tahun Buku 2024",
      fiscalYear: "2024",
      scheduledAt: wibInput(-5),
      location: "Balai Desa",
      motions: "Laporan pengurus",
      adopt: "on",
      surplus: "Rp 7.500.000",
    };
    const called = await outcome(
      (meetingsPage.actions as Any).panggil(event(`${base}?/panggil`, { token: officer, form }) as Any),
    );
    const meetingId = decodeURIComponent(called.location.match(/rapat\/([^?]+)\?dipanggil=1$/)[1]);
    const page = (await meetingPage.load(
      event(`${base}/${meetingId}`, { token: officer, params: { slug, rapat: meetingId } }) as Any,
    )) as Any;
    expect(page.meeting.motions.map((m: Any) => [m.kind, m.surplus?.amount ?? null])).toEqual([
      ["GENERAL", null],
      ["ADOPT_ANNUAL_REPORT", "7500000"],
    ]);
    const again = await (meetingsPage.actions as Any).panggil(
      event(`${base}?/panggil`, { token: officer, form }) as Any,
    );
    expect((again as Any).data.errors.form).toMatch(/RAT untuk tahun buku 2024 sudah ada/);
  });
});

describe("by-laws", () => {
  it("shows the meeting rules to a member and lets only an officer change them", async () => {
    const base = `/koperasi/${slug}/anggaran-dasar`;
    const member = await signInToken(api.url, "household");
    const page = (await bylawsPage.load(event(base, { token: member }) as Any)) as Any;
    expect(page.bylaws).toMatchObject({ quorumPct: 50, majorityPct: 50, meetingCallers: "OFFICERS" });
    const form = {
      quorumPct: "60",
      majorityPct: "50",
      meetingCallers: "OFFICERS",
      equityRefundOnLeaving: "on",
      fundingMaxTargetIdr: "Rp 400.000.000",
      fundingMaxReturnPercent: "25",
    };
    expect(
      await outcome((bylawsPage.actions as Any).simpan(event(`${base}?/simpan`, { token: member, form }) as Any)),
    ).toMatchObject({ status: 403 });
    const wrong = await (bylawsPage.actions as Any).simpan(
      event(`${base}?/simpan`, { token: officer, form: { ...form, majorityPct: "40" } }) as Any,
    );
    expect((wrong as Any).data.errors.fields.majorityPct).toMatch(/50%/);
    expect(
      await outcome((bylawsPage.actions as Any).simpan(event(`${base}?/simpan`, { token: officer, form }) as Any)),
    ).toEqual({ status: 303, location: `${base}?disimpan=1` });
    const saved = (await bylawsPage.load(event(base) as Any)) as Any;
    expect(saved.bylaws).toMatchObject({
      quorumPct: 60,
      fundingMaxTarget: { amount: "400000000" },
      fundingMaxReturnBps: 2500,
    });
    await outcome(
      (bylawsPage.actions as Any).simpan(
        event(`${base}?/simpan`, {
          token: officer,
          form: { ...form, quorumPct: "50", fundingMaxTargetIdr: "500000000", fundingMaxReturnPercent: "30" },
        }) as Any,
      ),
    );
  });
});

describe("SHU", () => {
  const base = () => `/koperasi/${slug}/shu`;

  it("checks the typed year and amount before previewing", async () => {
    const page = (await shuPage.load(event(`${base()}?tahun=99&shu=abc`, { token: officer }) as Any)) as Any;
    expect(page.preview).toBeNull();
    expect(page.ask.errors.fiscalYear).toBeTruthy();
    expect(page.ask.errors.surplus).toBeTruthy();
    expect(page.ask.typedSurplus).toBe("abc");
  });

  it("does not offer a run before the year's RAT adopted the report, and the API refuses one", async () => {
    // 2026's RAT is only scheduled: the preview works, the run is not offered, the meeting is linked
    const page = (await shuPage.load(event(`${base()}?tahun=2026&shu=12500000`, { token: officer }) as Any)) as Any;
    expect(page.preview).not.toBeNull();
    expect(page.adopted).toBeNull();
    expect(page.annualMeeting).toMatchObject({ title: "Rapat Anggota Tahunan Tahun Buku 2026", status: "SCHEDULED" });
    const refused = await (shuPage.actions as Any).jalankan(
      event(`${base()}?/jalankan`, { token: officer, form: { fiscalYear: "2026", surplus: "12500000" } }) as Any,
    );
    expect((refused as Any).data.errors.fields.fiscalYear).toMatch(/belum mengesahkan laporan tahunan/);
  });

  it("previews, runs once on a double submit, refuses another amount, and reverses after confirming", async () => {
    // The seeded 2025 RAT adopted the report: its surplus is the one amount offered.
    const asked = (await shuPage.load(event(`${base()}?tahun=2025&shu=1000`, { token: officer }) as Any)) as Any;
    const adopted: string = asked.adopted.surplus.amount;
    expect(asked.adopted.meeting.title).toBe("Rapat Anggota Tahunan Tahun Buku 2025");
    const preview = (await shuPage.load(
      event(`${base()}?tahun=2025&shu=${adopted}`, { token: officer }) as Any,
    )) as Any;
    expect(preview.runs).toEqual([]);
    const p = preview.preview;
    const parts = [p.reserve, p.members, p.board, p.staff, p.education, p.social].reduce(
      (s: bigint, x: Any) => s + BigInt(x.amount),
      0n,
    );
    expect(parts).toBe(BigInt(adopted));
    expect(p.memberShares.length).toBeGreaterThan(9);

    const form = { fiscalYear: "2025", surplus: adopted };
    const ran = await outcome(
      (shuPage.actions as Any).jalankan(event(`${base()}?/jalankan`, { token: officer, form }) as Any),
    );
    expect(ran).toEqual({ status: 303, location: `${base()}?dijalankan=2025` });
    expect(
      await outcome((shuPage.actions as Any).jalankan(event(`${base()}?/jalankan`, { token: officer, form }) as Any)),
    ).toEqual(ran);
    const other = await (shuPage.actions as Any).jalankan(
      event(`${base()}?/jalankan`, { token: officer, form: { ...form, surplus: "999000" } }) as Any,
    );
    expect((other as Any).data.errors.fields.fiscalYear).toMatch(/sudah dibagikan/);

    const after = (await shuPage.load(event(`${base()}?dijalankan=2025`, { token: officer }) as Any)) as Any;
    expect(after.runs).toHaveLength(1);
    expect(after.runs[0]).toMatchObject({ fiscalYear: 2025, reversed: false, surplus: { amount: adopted } });
    expect(after.runs[0].adoptedBy.meeting.title).toBe("Rapat Anggota Tahunan Tahun Buku 2025");
    const runId = after.runs[0].id;
    // The public ledger shows the distributed SHU, and no amount on it is negative.
    const books = async () =>
      ((await ledgerPage.load(event(`/koperasi/${slug}/buku-besar`) as Any)) as Any).ledger.ledgerSummary;
    const amounts = (summary: Any): string[] => JSON.stringify(summary).match(/"amount":"[^"]*"/g) ?? [];
    const posted = await books();
    expect(posted.shuDistributed.amount).toBe(adopted);
    expect(posted.shuDistributedAdoptedByRat.amount).toBe(adopted);
    expect(amounts(posted).length).toBeGreaterThan(8);
    expect(amounts(posted).filter((a) => a.includes("-"))).toEqual([]);

    const confirmPage = (await shuPage.load(
      event(`${base()}?batalkan=${encodeURIComponent(runId)}`, { token: officer }) as Any,
    )) as Any;
    expect(confirmPage.confirmRun.id).toBe(runId);
    const unconfirmed = await (shuPage.actions as Any).batalkan(
      event(`${base()}?/batalkan`, { token: officer, form: { shuRunId: runId } }) as Any,
    );
    expect((unconfirmed as Any).data.errors.fields.confirm).toBeTruthy();
    const reversed = await outcome(
      (shuPage.actions as Any).batalkan(
        event(`${base()}?/batalkan`, { token: officer, form: { shuRunId: runId, confirm: "yes" } }) as Any,
      ),
    );
    expect(reversed).toEqual({ status: 303, location: `${base()}?dibatalkan=1` });
    const final = (await shuPage.load(event(base(), { token: officer }) as Any)) as Any;
    expect(final.runs[0].reversed).toBe(true);
    const afterReversal = await books();
    expect(afterReversal.shuDistributed.amount).toBe("0");
    expect(amounts(afterReversal).filter((a) => a.includes("-"))).toEqual([]);
  });
});
