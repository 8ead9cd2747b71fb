// Account and household load functions and form actions against the real API on a seeded database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { outcome as outcomeOf, serverEvent, type ServerEventOptions } from "../../testing/load-event.ts";
import { type RealApi, startRealApi } from "../../testing/real-api.ts";
import { load as loadRoot } from "./+layout.server.ts";
import { load as loadAccount } from "./akun/+page.server.ts";
import { actions as signUpActions } from "./daftar/+page.server.ts";
import { actions as confirmActions, load as loadConfirm } from "./daftar/konfirmasi/+page.server.ts";
import { load as loadHouseholdLayout } from "./keluarga/[rumah]/+layout.server.ts";
import { actions as householdActions, load as loadRemittances } from "./keluarga/[rumah]/+page.server.ts";
import { actions as investActions, load as loadRounds } from "./keluarga/[rumah]/investasi/+page.server.ts";
import { load as loadPortfolio } from "./keluarga/[rumah]/portofolio/+page.server.ts";
import { load as loadHouseholds } from "./keluarga/+page.server.ts";
import { actions as signInActions } from "./masuk/+page.server.ts";
import { load as loadStatement } from "./rekening/[akun]/+page.server.ts";
import { GET as downloadCsv } from "./rekening/[akun]/unduh/+server.ts";

type Handler = (event: any) => Promise<any>;

let api: RealApi;
// The demo family's household and wallet, found the way a user finds them: through /keluarga.
const family = { householdId: "", walletId: "" };

/** A request event with a cookie jar, as Kit gives loads and actions on the server. */
const event = (path: string, options: Pick<ServerEventOptions, "params" | "form" | "cookies"> = {}) =>
  serverEvent(api.url, path, options);

/** Runs a load/action and returns what it returned, or the redirect/error it threw. */
const outcome = (handler: unknown, e: ReturnType<typeof event>) => outcomeOf((handler as Handler)(e));

async function signedInAs(email: string): Promise<Map<string, string>> {
  const e = event("/masuk", { form: { email, password: "desa-migran-demo", kembali: "/keluarga" } });
  const result = await outcome(signInActions.default, e);
  expect(result).toMatchObject({ status: 303, location: "/keluarga" });
  return e.jar;
}

beforeAll(async () => {
  api = await startRealApi({ seed: true });
  // The component-test plugin resolves Kit's "browser" build, whose redirect() reads
  // window.location.origin. Set after the embedded database has started (it probes for a window).
  const location = new URL("http://localhost");
  Object.assign(globalThis, {
    window: new Proxy(globalThis, { get: (target, key) => (key === "location" ? location : Reflect.get(target, key)) }),
  });

  const cookies = await signedInAs("keluarga@desamigran.id");
  const opened = await outcome(loadHouseholds, event("/keluarga", { cookies }));
  family.householdId = decodeURIComponent(String(opened.location).replace("/keluarga/", ""));
  const layout = await outcome(
    loadHouseholdLayout,
    event("/keluarga/x", { cookies, params: { rumah: family.householdId } }),
  );
  family.walletId = layout.value.walletId;
}, 180_000);

afterAll(async () => {
  Reflect.deleteProperty(globalThis, "window");
  await api?.stop();
});

describe("sign in /masuk", () => {
  it("sets the API's session as an HttpOnly, SameSite=Lax cookie and goes back where the user came from", async () => {
    const e = event("/masuk", {
      form: { email: "keluarga@desamigran.id", password: "desa-migran-demo", kembali: "/keluarga" },
    });
    const result = await outcome(signInActions.default, e);

    expect(result).toMatchObject({ status: 303, location: "/keluarga" });
    const [cookie] = e.setCookies;
    expect(cookie?.name).toBe("dm_session");
    expect(cookie?.value.length).toBeGreaterThan(20);
    expect(cookie?.options).toMatchObject({ path: "/", httpOnly: true, sameSite: "lax", secure: false });
    expect(cookie?.options.maxAge).toBeGreaterThan(3600);
  });

  it("puts a wrong password's error next to the password and keeps the email", async () => {
    const e = event("/masuk", { form: { email: "keluarga@desamigran.id", password: "salah-sekali-123" } });
    const result = await outcome(signInActions.default, e);

    expect(result.value).toMatchObject({
      status: 400,
      data: {
        values: { email: "keluarga@desamigran.id" },
        errors: { fields: { password: expect.stringMatching(/salah/) } },
      },
    });
    expect(e.setCookies).toHaveLength(0);
  });

  it("never redirects off the site after signing in", async () => {
    const e = event("/masuk", {
      form: { email: "keluarga@desamigran.id", password: "desa-migran-demo", kembali: "//evil.example/x" },
    });
    expect(await outcome(signInActions.default, e)).toMatchObject({ status: 303, location: "/akun" });
  });
});

describe("sign up /daftar", () => {
  it("sends the activation link, and the link's button creates the account and signs it in", async () => {
    const e = event("/daftar", {
      form: { name: "Sari Wulandari", email: "sari.baru@example.id", password: "kata-sandi-panjang" },
    });
    expect((await outcome(signUpActions.default, e)).value).toMatchObject({
      sent: true,
      email: "sari.baru@example.id",
    });
    expect(e.setCookies).toHaveLength(0);
    const token = /token=([\w-]+)/.exec((await api.lastMessageTo("sari.baru@example.id")) ?? "")?.[1];
    expect(token).toBeTruthy();

    const opened = await outcome(loadConfirm, event(`/daftar/konfirmasi?token=${token}`));
    expect(opened.value).toMatchObject({ token });
    const confirm = event("/daftar/konfirmasi", { form: { token: token! } });
    expect(await outcome(confirmActions.default, confirm)).toMatchObject({ status: 303, location: "/akun" });
    const account = await outcome(loadAccount, event("/akun", { cookies: confirm.jar }));
    expect(account.value).toMatchObject({ account: { name: "Sari Wulandari", email: "sari.baru@example.id" } });

    // A second press of the same link explains itself
    const again = await outcome(confirmActions.default, event("/daftar/konfirmasi", { form: { token: token! } }));
    expect(again.value).toMatchObject({ status: 400, data: { error: expect.stringMatching(/tidak berlaku/) } });
  });

  it("answers a registered email exactly like a new one", async () => {
    const taken = await outcome(
      signUpActions.default,
      event("/daftar", { form: { name: "Tarmidi", email: "keluarga@desamigran.id", password: "kata-sandi-panjang" } }),
    );
    expect(taken.value).toEqual({ sent: true, email: "keluarga@desamigran.id" });
    expect(await api.lastMessageTo("keluarga@desamigran.id")).toMatch(/sudah punya akun/);
  });
});

describe("protected pages", () => {
  it("send a signed-out visitor to sign in and back", async () => {
    const result = await outcome(loadAccount, event("/akun?tab=1"));
    expect(result).toMatchObject({ status: 303, location: `/masuk?kembali=${encodeURIComponent("/akun?tab=1")}` });
  });

  it("hide another family's household (404)", async () => {
    const cookies = await signedInAs("pembeli@desamigran.id");
    const result = await outcome(
      loadHouseholdLayout,
      event("/keluarga/x", { cookies, params: { rumah: family.householdId } }),
    );
    expect(result.status).toBe(404);
  });
});

describe("finding the household /keluarga", () => {
  it("takes a member of one household straight to it, and its layout links the wallet's statement", async () => {
    const cookies = await signedInAs("keluarga@desamigran.id");
    const result = await outcome(loadHouseholds, event("/keluarga", { cookies }));
    expect(result.status).toBe(303);
    expect(result.location).toBe(`/keluarga/${encodeURIComponent(family.householdId)}`);

    const layout = await outcome(
      loadHouseholdLayout,
      event("/keluarga/x", { cookies, params: { rumah: family.householdId } }),
    );
    expect(layout.value.household.name).toBe("Keluarga Bapak Tarmidi");
    expect(layout.value.walletId).toBe(family.walletId);
    const statement = (
      await outcome(loadStatement, event("/rekening/x", { cookies, params: { akun: family.walletId } }))
    ).value;
    expect(statement.account.kind).toBe("HOUSEHOLD_WALLET");
  });

  it("tells an account without a household what to do instead of redirecting", async () => {
    const cookies = await signedInAs("pembeli@desamigran.id");
    const result = await outcome(loadHouseholds, event("/keluarga", { cookies }));
    expect(result.value).toEqual({ households: [] });
  });
});

describe("header /+layout", () => {
  it("costs a visitor without a session no API call", async () => {
    const e = event("/");
    let calls = 0;
    e.fetch = (_input: unknown, init?: RequestInit) => {
      calls++;
      return globalThis.fetch(api.url, init);
    };
    expect((await outcome(loadRoot, e)).value).toEqual({ viewer: null });
    expect(calls).toBe(0);
  });

  it("names the user, counts the cart and lists the workspaces of their roles", async () => {
    const member = (await outcome(loadRoot, event("/", { cookies: await signedInAs("keluarga@desamigran.id") }))).value
      .viewer;
    expect(member).toMatchObject({
      name: expect.stringContaining("Tarmidi"),
      roles: { household: true, cooperative: true, business: false, villageOfficer: false },
    });
    expect(member.cartItemCount).toBeGreaterThanOrEqual(0);

    const owner = (await outcome(loadRoot, event("/", { cookies: await signedInAs("wirausaha@desamigran.id") }))).value
      .viewer;
    expect(owner.roles).toMatchObject({ business: true, household: false });
    const buyer = (await outcome(loadRoot, event("/", { cookies: await signedInAs("pembeli@desamigran.id") }))).value
      .viewer;
    expect(buyer.roles).toMatchObject({
      cooperative: false,
      household: false,
      business: false,
      villageOfficer: false,
      partner: false,
    });
    const officer = (await outcome(loadRoot, event("/", { cookies: await signedInAs("desa@desamigran.id") }))).value
      .viewer;
    expect(officer.roles).toMatchObject({ villageOfficer: true, business: false });
    const coop = (await outcome(loadRoot, event("/", { cookies: await signedInAs("koperasi@desamigran.id") }))).value
      .viewer;
    expect(coop.roles).toMatchObject({ cooperative: true });
    const partner = (await outcome(loadRoot, event("/", { cookies: await signedInAs("mitra@desamigran.id") }))).value
      .viewer;
    expect(partner.roles).toMatchObject({ partner: true, household: false, business: false });
  });
});

describe("household /keluarga/[rumah]", () => {
  it("shows the wallet and the remittances in both currencies with their allocation", async () => {
    const cookies = await signedInAs("keluarga@desamigran.id");
    const params = { rumah: family.householdId };
    const layout = await outcome(loadHouseholdLayout, event("/keluarga/x", { cookies, params }));
    expect(layout.value.household.name).toBe("Keluarga Bapak Tarmidi");
    expect(BigInt(layout.value.household.walletBalance.amount)).toBeGreaterThan(0n);

    const page = await outcome(loadRemittances, event("/keluarga/x", { cookies, params }));
    expect(page.value.remittances).toHaveLength(10);
    expect(page.value.totalCount).toBeGreaterThan(10);
    expect(page.value.links.next).toMatch(/after=/);
    const [first] = page.value.remittances;
    expect(first.amount.currency).toBe("TWD");
    expect(first.amountIdr.currency).toBe("IDR");
    expect(first.allocation).not.toBeNull();
    expect(page.value.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("records a remittance once even when submitted twice, and the wallet grows by savings + investment", async () => {
    const cookies = await signedInAs("keluarga@desamigran.id");
    const params = { rumah: family.householdId };
    const before = (await outcome(loadHouseholdLayout, event("/keluarga/x", { cookies, params }))).value.household
      .walletBalance.amount;
    const form = {
      idempotencyKey: crypto.randomUUID(),
      amount: "7.500,00",
      currency: "TWD",
      rate: "515",
      corridorCountry: "TW",
      channel: "APP",
      receivedOn: "2026-11-20",
      savings: "500.000",
      investment: "250.000",
    };
    const first = await outcome(householdActions.record, event("/keluarga/x?/record", { cookies, params, form }));
    const again = await outcome(householdActions.record, event("/keluarga/x?/record", { cookies, params, form }));

    expect(first.value).toEqual({ recorded: { amountIdr: "3862500", toWallet: "750000" } });
    expect(again.value).toEqual(first.value);
    const after = (await outcome(loadHouseholdLayout, event("/keluarga/x", { cookies, params }))).value.household
      .walletBalance.amount;
    expect(BigInt(after) - BigInt(before)).toBe(750000n);
  });

  it("shows an allocation above the remittance next to savings and investment, keeping the input", async () => {
    const cookies = await signedInAs("keluarga@desamigran.id");
    const form = {
      idempotencyKey: crypto.randomUUID(),
      amount: "100",
      currency: "MYR",
      rate: "3.780",
      corridorCountry: "MY",
      channel: "BANK",
      receivedOn: "2026-11-20",
      savings: "300.000",
      investment: "200.000",
    };
    const result = await outcome(
      householdActions.record,
      event("/keluarga/x?/record", { cookies, params: { rumah: family.householdId }, form }),
    );
    expect(result.value.status).toBe(400);
    expect(result.value.data.values.savings).toBe("300.000");
    expect(result.value.data.errors.fields.savings).toContain("Rp\u00a0378.000");
    expect(result.value.data.errors.fields.investment).toBeTruthy();
  });

  it("refuses an amount with too many decimals before calling the API", async () => {
    const cookies = await signedInAs("keluarga@desamigran.id");
    const form = {
      idempotencyKey: crypto.randomUUID(),
      amount: "1.500,005",
      currency: "MYR",
      rate: "3780",
      corridorCountry: "MY",
      channel: "BANK",
      receivedOn: "2026-11-20",
      savings: "",
      investment: "",
    };
    const result = await outcome(
      householdActions.record,
      event("/keluarga/x?/record", { cookies, params: { rumah: family.householdId }, form }),
    );
    expect(Object.keys(result.value.data.errors.fields)).toEqual(["amount"]);
  });
});

describe("investing and portfolio", () => {
  it("lists open rounds, pledges within the caps, and shows the pledge in the portfolio", async () => {
    const cookies = await signedInAs("keluarga@desamigran.id");
    const params = { rumah: family.householdId };
    const rounds = (await outcome(loadRounds, event("/keluarga/x/investasi", { cookies, params }))).value.rounds;
    const round = rounds.find((r: { slug: string }) => r.slug === "mesin-spinner-keripik-mbak-siti");
    expect(round).toMatchObject({ isPublic: true, minTicket: { amount: "250000" }, maxTicket: { amount: "4000000" } });

    const page = (await outcome(loadRounds, event("/keluarga/x/investasi", { cookies, params }))).value;
    expect(page.disclosure.version).toMatch(/^\d{4}-\d{2}-\d+$/);
    expect(page.disclosure.paragraphsId.length).toBe(page.disclosure.paragraphsEn.length);
    expect(page.investmentCap).toMatchObject({ limit: { amount: expect.any(String) } });

    // Step 1 checks the amount before showing the statement.
    const refused = await outcome(
      investActions.review,
      event("/x?/review", {
        cookies,
        params,
        form: { roundId: round.id, amount: "100.000", idempotencyKey: crypto.randomUUID() },
      }),
    );
    expect(refused.value.data.errors.fields.amount).toMatch(/antara Rp\u00a0250\.000 dan Rp\u00a04\.000\.000/);
    expect(refused.value.data.values.amount).toBe("100.000");

    const form = { roundId: round.id, amount: "300.000", idempotencyKey: crypto.randomUUID() };
    const review = await outcome(investActions.review, event("/x?/review", { cookies, params, form }));
    expect(review.value).toMatchObject({ review: { roundId: round.id, amount: "300.000", amountIdr: "300000" } });

    // Back keeps the amount typed.
    const back = await outcome(investActions.back, event("/x?/back", { cookies, params, form }));
    expect(back.value).toMatchObject({ values: { roundId: round.id, amount: "300.000" } });

    // Step 2 without the box ticked, or with an old statement, stays on step 2 and moves nothing.
    const version = page.disclosure.version;
    const unticked = await outcome(
      investActions.pledge,
      event("/x?/pledge", { cookies, params, form: { ...form, disclosureVersion: version } }),
    );
    expect(unticked.value.data.review.error).toMatch(/Centang kotak/);
    const stale = await outcome(
      investActions.pledge,
      event("/x?/pledge", { cookies, params, form: { ...form, disclosureVersion: "2020-01-1", confirm: "yes" } }),
    );
    expect(stale.value.data.review.error).toMatch(/diperbarui/);

    const pledged = await outcome(
      investActions.pledge,
      event("/x?/pledge", { cookies, params, form: { ...form, disclosureVersion: version, confirm: "yes" } }),
    );
    expect(pledged.value).toMatchObject({ pledged: { amount: "300000", roundTitle: round.title } });

    const portfolio = (await outcome(loadPortfolio, event("/keluarga/x/portofolio", { cookies, params }))).value;
    expect(portfolio.pledges[0]).toMatchObject({
      roundSlug: "mesin-spinner-keripik-mbak-siti",
      amount: { amount: "300000" },
      status: "ACTIVE",
    });
  });
});

describe("statement /rekening/[akun]", () => {
  it("lists movements with a running balance and downloads them as CSV", async () => {
    const cookies = await signedInAs("keluarga@desamigran.id");
    const params = { akun: family.walletId };
    const page = (await outcome(loadStatement, event("/rekening/x", { cookies, params }))).value;
    expect(page.account.kind).toBe("HOUSEHOLD_WALLET");
    expect(page.lines.length).toBeGreaterThan(0);
    expect(page.lines[0].balance.currency).toBe("IDR");

    const response: Response = await downloadCsv(event("/rekening/x/unduh", { cookies, params }) as never);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="mutasi-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    const csv = new TextDecoder().decode(bytes);
    expect(csv.split("\n").length).toBeGreaterThan(2);
    // Opens in Indonesian Excel: UTF-8 with a byte order mark (TextDecoder drops it), `;`, words not codes.
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.startsWith("Tanggal (WIB);Keterangan;")).toBe(true);
    expect(csv).not.toMatch(/REMITTANCE|via APP/);
  });

  it("shows a period newest first, carries it to the CSV, and explains a reversed one", async () => {
    const cookies = await signedInAs("keluarga@desamigran.id");
    const params = { akun: family.walletId };
    const all = (await outcome(loadStatement, event("/rekening/x", { cookies, params }))).value;
    const newest = all.lines[0];
    const day = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta" }).format(new Date(newest.createdAt));
    const period = await outcome(loadStatement, event(`/rekening/x?dari=${day}&sampai=${day}`, { cookies, params }));
    expect(period.value.period.problem).toBeNull();
    expect(period.value.lines[0]).toEqual(newest);
    expect(period.value.lines.length).toBeLessThanOrEqual(all.lines.length);
    expect(period.value.csvHref).toMatch(new RegExp(`/unduh\\?dari=${day}&sampai=${day}$`));
    const response: Response = await downloadCsv(
      event(`/rekening/x/unduh?dari=${day}&sampai=${day}`, { cookies, params }) as never,
    );
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="mutasi-${day}-${day}.csv"`);
    expect((await response.text()).trim().split("\r\n")).toHaveLength(period.value.lines.length + 1);

    const reversed = await outcome(
      loadStatement,
      event("/rekening/x?dari=2026-05-01&sampai=2026-04-01", { cookies, params }),
    );
    expect(reversed.value.period.problem).toBe("reversed");
    expect(reversed.value.lines).toEqual(all.lines);
  });

  it("refuses the CSV without a session", async () => {
    const result = await outcome(downloadCsv, event("/rekening/x/unduh", { params: { akun: family.walletId } }));
    expect(result.status).toBe(401);
  });
});
