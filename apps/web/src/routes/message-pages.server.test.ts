// The message settings page (/akun/pesan) and the development outbox (/dev/pesan), against the real API.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { outcome as outcomeOf, serverEvent, type ServerEventOptions } from "../../testing/load-event.ts";
import { type RealApi, startRealApi } from "../../testing/real-api.ts";
import { actions as preferenceActions, load as loadPreferences } from "./akun/pesan/+page.server.ts";
import { actions as signUpActions } from "./daftar/+page.server.ts";
import { load as loadOutbox } from "./dev/pesan/+page.server.ts";
import { actions as signInActions } from "./masuk/+page.server.ts";

type Handler = (event: any) => Promise<any>;

let api: RealApi;

const event = (path: string, options: Pick<ServerEventOptions, "form" | "cookies"> = {}) =>
  serverEvent(api.url, path, options);
const outcome = (handler: unknown, e: ReturnType<typeof event>) => outcomeOf((handler as Handler)(e));

async function signedInAs(email: string): Promise<Map<string, string>> {
  const e = event("/masuk", { form: { email, password: "desa-migran-demo", kembali: "/akun" } });
  expect(await outcome(signInActions.default, e)).toMatchObject({ status: 303, location: "/akun" });
  return e.jar;
}

beforeAll(async () => {
  api = await startRealApi({ seed: true });
  // Kit's "browser" build of redirect() reads window.location.origin (see account-pages.server.test.ts).
  const location = new URL("http://localhost");
  Object.assign(globalThis, {
    window: new Proxy(globalThis, { get: (target, key) => (key === "location" ? location : Reflect.get(target, key)) }),
  });
}, 180_000);

afterAll(async () => {
  Reflect.deleteProperty(globalThis, "window");
  vi.unstubAllEnvs();
  await api?.stop();
});

describe("message settings /akun/pesan", () => {
  it("sends a signed-out visitor to sign in and back", async () => {
    expect(await outcome(loadPreferences, event("/akun/pesan"))).toMatchObject({
      status: 303,
      location: `/masuk?kembali=${encodeURIComponent("/akun/pesan")}`,
    });
  });

  it("shows every category on, saves the ticked boxes (a form without JavaScript) and shows them saved", async () => {
    // given the buyer, who never changed anything
    const cookies = await signedInAs("pembeli@desamigran.id");
    const before = await outcome(loadPreferences, event("/akun/pesan", { cookies }));
    expect(before.value.preferences).toEqual([
      { category: "ORDERS", enabled: true },
      { category: "INVESTMENTS", enabled: true },
      { category: "COOPERATIVE", enabled: true },
      { category: "PROTECTION", enabled: true },
    ]);

    // when they untick everything but orders and cooperative news and save
    const saved = await outcome(
      preferenceActions.default,
      event("/akun/pesan", {
        cookies,
        form: [
          ["kategori", "ORDERS"],
          ["kategori", "COOPERATIVE"],
        ],
      }),
    );

    // then they land on the page again, told it is saved, with the boxes as they left them
    expect(saved).toMatchObject({ status: 303, location: "/akun/pesan?disimpan" });
    const after = await outcome(loadPreferences, event("/akun/pesan?disimpan", { cookies }));
    expect(after.value.saved).toBe(true);
    expect(after.value.preferences).toEqual([
      { category: "ORDERS", enabled: true },
      { category: "INVESTMENTS", enabled: false },
      { category: "COOPERATIVE", enabled: true },
      { category: "PROTECTION", enabled: false },
    ]);

    // and another user's choices are their own: the family still gets everything
    const family = await signedInAs("keluarga@desamigran.id");
    const theirs = await outcome(loadPreferences, event("/akun/pesan", { cookies: family }));
    expect(theirs.value.preferences.every((p: { enabled: boolean }) => p.enabled)).toBe(true);
  });

  it("ignores a category that does not exist instead of failing", async () => {
    const cookies = await signedInAs("pembeli@desamigran.id");
    const saved = await outcome(
      preferenceActions.default,
      event("/akun/pesan", { cookies, form: [["kategori", "EVERYTHING"]] }),
    );
    expect(saved).toMatchObject({ status: 303 });
    const after = await outcome(loadPreferences, event("/akun/pesan", { cookies }));
    expect(after.value.preferences.every((p: { enabled: boolean }) => !p.enabled)).toBe(true);
  });
});

describe("development outbox /dev/pesan", () => {
  it("shows a new sign-up's message with its activation link, filtered by address", async () => {
    // given someone signs up (no mail server in development)
    await outcome(
      signUpActions.default,
      event("/daftar", {
        form: { name: "Dewi Lestari", email: "dewi.baru@example.id", password: "kata-sandi-panjang" },
      }),
    );

    // when the developer opens the outbox for that address
    const page = await outcome(loadOutbox, event("/dev/pesan?untuk=dewi.baru@example.id"));

    // then the message is there, waiting, with its link clickable
    expect(page.value.messages).toHaveLength(1);
    const [message] = page.value.messages;
    expect(message).toMatchObject({
      toEmail: "dewi.baru@example.id",
      status: "waiting",
      subject: "Aktifkan akun Desa Migran Anda",
    });
    expect(message.parts.find((p: { href?: string }) => p.href)?.href).toMatch(/\/daftar\/konfirmasi\?token=/);
  });

  it("does not exist in production", async () => {
    vi.stubEnv("NODE_ENV", "production");
    try {
      expect(await outcome(loadOutbox, event("/dev/pesan"))).toMatchObject({ status: 404 });
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
