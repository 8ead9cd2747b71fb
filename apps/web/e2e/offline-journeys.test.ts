// A village officer in the field without a signal (#lib/offline), in Chromium against the real API (seeded): the
// office pages are open, the network drops, three entries are made (a person, a stint abroad, a case step) and kept
// encrypted on the phone, the signal returns and each reaches the API exactly once; sign-out leaves nothing behind.
import { DEMO_PASSWORD } from "@desa-migran/api/seed/demo-accounts";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import { type RealApi, startRealApi } from "../testing/real-api.ts";
import { expectAccessible } from "./axe.ts";
import { chromiumAvailable, launchBrowser, saveScreenshot, skipReason, type TestBrowser } from "./browser.ts";
import { startStack, type WebStack } from "./stack.ts";

const VILLAGE = "/kantor-desa/juntinyuat-indramayu";
const NEW_PERSON = "Sutini Tanpa Sinyal";
const KNOWN_PERSON = "Warsem Uji Luring";
const STEP_NOTE = "Menghubungi agen penempatan lewat telepon desa.";
const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString("base64");

/** What the queue's database holds, as the page's own script sees it: how many records, and their bytes as text. */
const storedQueue = (page: Page) =>
  page.evaluate(async () => {
    const names = (await indexedDB.databases()).map((database) => database.name);
    if (!names.includes("desa-migran-antrean")) return { count: 0, text: "" };
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open("desa-migran-antrean");
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    if (!db.objectStoreNames.contains("entries")) {
      db.close();
      return { count: 0, text: "" };
    }
    const records = await new Promise<{ iv: Uint8Array; data: ArrayBuffer }[]>((resolve, reject) => {
      const request = db.transaction("entries").objectStore("entries").getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    db.close();
    const text = records.map((record) => new TextDecoder("latin1").decode(record.data)).join("\n");
    return { count: records.length, text };
  });

/** The key an office page stored for the offline page (#lib/offline/keyring.ts), as the page's script sees it. */
const storedKey = (page: Page) =>
  page.evaluate(async () => {
    if (!(await indexedDB.databases()).some((database) => database.name === "desa-migran-antrean")) return null;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open("desa-migran-antrean");
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    if (!db.objectStoreNames.contains("key")) {
      db.close();
      return null;
    }
    const stored = await new Promise<{ key: CryptoKey; userId: string; offices: unknown[] } | undefined>(
      (resolve, reject) => {
        const request = db.transaction("key").objectStore("key").get("current");
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      },
    );
    db.close();
    if (!stored) return null;
    const exported = await crypto.subtle.exportKey("raw", stored.key).then(
      () => true,
      () => false,
    );
    return { extractable: stored.key.extractable, exported, userId: stored.userId, offices: stored.offices };
  });

/**
 * Waits until the service worker has installed (precached the app's files) and is active. `ready` settles only
 * then; a polled async predicate would not wait, its promise being truthy at once.
 */
async function serviceWorkerActive(page: Page): Promise<void> {
  const state = await page.evaluate(() =>
    navigator.serviceWorker.ready.then((registration) => registration.active?.state),
  );
  expect(state).toMatch(/^activat/);
}

/** Signs the officer in through the API: a new session token, which replaces the browser's session cookie. */
async function signIn(apiUrl: string): Promise<string> {
  const response = await fetch(apiUrl, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      query: "mutation($input: SignInInput!) { signIn(input: $input) { __typename } }",
      variables: { input: { email: "desa@desamigran.id", password: DEMO_PASSWORD } },
    }),
  });
  const cookie = response.headers.getSetCookie().find((header) => header.startsWith("dm_session="));
  if (!cookie) throw new Error("signIn set no session");
  return decodeURIComponent(cookie.split(";")[0]!.slice("dm_session=".length));
}

describe.skipIf(!chromiumAvailable)(`field work without a signal${skipReason}`, { timeout: 180_000 }, () => {
  let api: RealApi;
  let web: WebStack;
  let officer: TestBrowser;
  let personId: string;
  let caseId: string;
  let token: string;

  beforeAll(async () => {
    api = await startRealApi({ seed: true });
    web = await startStack({ apiUrl: api.url });
    officer = await launchBrowser();
    token = await signIn(api.url);
    await officer.context.addCookies([
      { name: "dm_session", value: token, url: web.url, httpOnly: true, sameSite: "Lax" },
    ]);
    // A registered villager with no stint yet, and a case about her that the officer handles.
    const { prisma } = api;
    const village = await prisma.village.findUniqueOrThrow({ where: { slug: "juntinyuat-indramayu" } });
    const handler = await prisma.user.findUniqueOrThrow({ where: { email: "desa@desamigran.id" } });
    const person = await prisma.person.create({ data: { villageId: village.id, fullName: KNOWN_PERSON } });
    const opened = await prisma.protectionCase.create({
      data: {
        personId: person.id,
        villageId: village.id,
        type: "UNPAID_WAGES",
        summary: "Gaji dua bulan belum dibayar.",
        handlerId: handler.id,
        reportedById: handler.id,
        events: { create: { status: "REPORTED", note: "Laporan diterima.", actorId: handler.id } },
      },
    });
    personId = person.id;
    caseId = opened.id;
  }, 300_000);

  // A test that failed offline must not leave the next one without a signal.
  beforeEach(() => officer.context.setOffline(false));

  afterAll(async () => {
    await officer?.close();
    await web?.stop();
    await api?.stop();
  });

  it("keeps three entries on the phone while offline and sends each once when the signal returns", async () => {
    // given the three office pages open while there is a signal
    const register = await officer.newPage();
    await register.goto(`${web.url}${VILLAGE}/registri/baru`);
    const stint = await officer.newPage();
    await stint.goto(`${web.url}${VILLAGE}/registri/${encodeURIComponent(globalId("Person", personId))}`);
    const step = await officer.newPage();
    await step.goto(`${web.url}${VILLAGE}/kasus/${encodeURIComponent(globalId("ProtectionCase", caseId))}`);
    // (the service worker has installed: the app's files are on the phone)
    await serviceWorkerActive(register);

    // when the signal drops
    await officer.context.setOffline(true);
    await expect.poll(() => step.getByText("Tidak ada sinyal.").first().isVisible()).toBe(true);

    // and the officer registers a person,
    await register.getByLabel("Nama lengkap (sesuai KTP)").fill(NEW_PERSON);
    await register.getByLabel(/Warga menyetujui/).check();
    await register.getByRole("button", { name: "Daftarkan" }).click();
    await expect.poll(() => register.getByText("Tersimpan di perangkat ini.").isVisible()).toBe(true);
    expect(await register.getByLabel("Nama lengkap (sesuai KTP)").inputValue()).toBe("");

    // records a stint abroad,
    await stint.getByLabel("Status", { exact: true }).selectOption("PROSPECTIVE");
    await stint.getByLabel("Negara tujuan").selectOption("TW");
    await stint.getByRole("button", { name: "Simpan catatan migrasi" }).click();
    await expect.poll(() => stint.getByText("Tersimpan di perangkat ini.").isVisible()).toBe(true);

    // and adds a step to the case
    await step.getByLabel("Status baru").selectOption("IN_PROGRESS");
    await step.locator("#update-note").fill(STEP_NOTE);
    await step.getByRole("button", { name: "Simpan langkah" }).click();

    // then all three wait on the phone, listed in the officer's language, stored only as ciphertext
    await expect.poll(() => step.getByRole("heading", { name: "Menunggu dikirim: 3 entri" }).isVisible()).toBe(true);
    const queue = step.locator(".offline-queue");
    expect(await queue.innerText()).toContain(`Pendaftaran orang: ${NEW_PERSON}`);
    expect(await queue.innerText()).toContain("Langkah kasus: Ditangani");
    const stored = await storedQueue(step);
    expect(stored.count).toBe(3);
    expect(stored.text).not.toContain(NEW_PERSON);
    expect(stored.text).not.toContain(STEP_NOTE);
    expect(await api.prisma.person.count({ where: { fullName: NEW_PERSON } })).toBe(0);
    await expectAccessible(step);
    await saveScreenshot(step, "offline-queue-mobile");

    // when the signal returns (every open tab sees it; one sends)
    await officer.context.setOffline(false);

    // then each entry reaches the API exactly once
    await expect.poll(() => api.prisma.person.count({ where: { fullName: NEW_PERSON } }), { timeout: 30_000 }).toBe(1);
    await expect.poll(() => api.prisma.migrationEpisode.count({ where: { personId } }), { timeout: 30_000 }).toBe(1);
    await expect
      .poll(() => api.prisma.protectionCaseEvent.count({ where: { caseId, note: STEP_NOTE } }), { timeout: 30_000 })
      .toBe(1);
    await expect.poll(async () => (await storedQueue(step)).count, { timeout: 30_000 }).toBe(0);
    // A moment later (every tab's replay has run) still once each, and the queue is gone from every tab.
    await step.waitForTimeout(1_000);
    expect(await api.prisma.person.count({ where: { fullName: NEW_PERSON } })).toBe(1);
    expect(await api.prisma.migrationEpisode.count({ where: { personId } })).toBe(1);
    expect(await api.prisma.protectionCaseEvent.count({ where: { caseId } })).toBe(2);
    expect(await api.prisma.idempotentRequest.count()).toBe(3);
    await expect.poll(() => register.locator(".offline-queue").count()).toBe(0);

    await register.close();
    await stint.close();
    await step.close();
  });

  it("shows a case step whose case changed meanwhile with both versions, and sends the officer's version when asked", async () => {
    const page = await officer.newPage();
    await page.goto(`${web.url}${VILLAGE}/kasus/${encodeURIComponent(globalId("ProtectionCase", caseId))}`);
    // given a step typed without a signal
    await officer.context.setOffline(true);
    await page.getByLabel("Status baru").selectOption("RESOLVED");
    await page.locator("#update-note").fill("Gaji sudah dibayar penuh.");
    await page.getByRole("button", { name: "Simpan langkah" }).click();
    await expect.poll(() => page.getByRole("heading", { name: "Menunggu dikirim: 1 entri" }).isVisible()).toBe(true);
    // and meanwhile a colleague's step reached the case (its version moves on)
    const { prisma } = api;
    const before = await prisma.protectionCase.findUniqueOrThrow({ where: { id: caseId } });
    await prisma.protectionCase.update({
      where: { id: caseId },
      data: { status: "IN_PROGRESS", version: before.version + 1 },
    });
    await prisma.protectionCaseEvent.create({
      data: { caseId, status: "IN_PROGRESS", note: "Keluarga datang ke kantor desa." },
    });
    // when the signal returns
    await officer.context.setOffline(false);
    // then nothing is written and the officer sees their version beside the latest one
    await expect
      .poll(() => page.getByText("Data ini sudah diubah sejak Anda membukanya").isVisible(), { timeout: 30_000 })
      .toBe(true);
    const queue = page.locator(".offline-queue");
    expect(await queue.innerText()).toContain("Versi Anda");
    expect(await queue.innerText()).toContain("Status: Selesai");
    expect(await queue.innerText()).toContain("Langkah terakhir: Keluarga datang ke kantor desa.");
    expect(await prisma.protectionCaseEvent.count({ where: { caseId, note: "Gaji sudah dibayar penuh." } })).toBe(0);
    await expectAccessible(page);
    await saveScreenshot(page, "offline-conflict-mobile");
    // when the officer keeps theirs
    await page.getByRole("button", { name: "Kirim versi saya" }).click();
    // then it is written once, from the latest version
    await expect
      .poll(() => prisma.protectionCaseEvent.count({ where: { caseId, note: "Gaji sudah dibayar penuh." } }), {
        timeout: 30_000,
      })
      .toBe(1);
    await expect.poll(() => queue.count(), { timeout: 30_000 }).toBe(0);
    expect((await prisma.protectionCase.findUniqueOrThrow({ where: { id: caseId } })).status).toBe("RESOLVED");
    await page.close();
  });

  it("opens an office page never opened before without a signal, and sends what it took once the signal returns", async () => {
    // given an office page opened once while there is a signal (its load stores the queue's key)
    const office = await officer.newPage();
    await office.goto(`${web.url}${VILLAGE}/registri`);
    await serviceWorkerActive(office);
    await expect.poll(async () => (await storedKey(office))?.userId).toBeTruthy();
    const key = await storedKey(office);
    expect(key).toMatchObject({
      extractable: false,
      exported: false,
      offices: [expect.objectContaining({ slug: "juntinyuat-indramayu" })],
    });
    // (and the worker has stored the office's offline page with the app's files)
    expect(await office.evaluate(async () => !!(await caches.match("/kantor-desa/luring")))).toBe(true);

    await office.close();

    // when, with no signal, a new tab opens the new-person form it never loaded
    await officer.context.setOffline(true);
    const page = await officer.newPage();
    await page.goto(`${web.url}${VILLAGE}/registri/baru`);
    // then the office's offline page answers, with the stored key's form
    expect(new URL(page.url()).pathname).toBe("/kantor-desa/luring");
    await expect.poll(() => page.getByRole("heading", { name: "Kantor desa tanpa sinyal" }).isVisible()).toBe(true);
    expect(await page.locator("form.cm-card").getAttribute("action")).toBe(`${VILLAGE}/registri/baru`);

    // and the officer registers two people on it
    const names = ["Darsih Lapangan Satu", "Carmi Lapangan Dua"];
    for (const name of names) {
      await page.getByLabel("Nama lengkap (sesuai KTP)").fill(name);
      await page.getByLabel(/Warga menyetujui/).check();
      await page.getByRole("button", { name: "Daftarkan" }).click();
      await expect.poll(() => page.getByLabel("Nama lengkap (sesuai KTP)").inputValue()).toBe("");
    }
    await expect.poll(() => page.getByRole("heading", { name: "Menunggu dikirim: 2 entri" }).isVisible()).toBe(true);
    expect((await storedQueue(page)).count).toBe(2);
    expect((await storedQueue(page)).text).not.toContain(names[0]);
    expect(await api.prisma.person.count({ where: { fullName: { in: names } } })).toBe(0);
    await expectAccessible(page);
    await saveScreenshot(page, "offline-office-page-mobile");

    // when the signal returns, the offline page sends them: each person is created exactly once
    await officer.context.setOffline(false);
    for (const fullName of names)
      await expect.poll(() => api.prisma.person.count({ where: { fullName } }), { timeout: 30_000 }).toBe(1);
    await expect.poll(async () => (await storedQueue(page)).count, { timeout: 30_000 }).toBe(0);
    await page.waitForTimeout(1_000);
    for (const fullName of names) expect(await api.prisma.person.count({ where: { fullName } })).toBe(1);
    await page.close();
  });

  it("keeps a queue made in a session that ended, and sends it once from the officer's next session", async () => {
    const name = "Warsini Sesi Lama";
    const page = await officer.newPage();
    await page.goto(`${web.url}${VILLAGE}/registri/baru`);
    // given an entry queued without a signal, and the tab closed before the signal returned
    await officer.context.setOffline(true);
    await page.getByLabel("Nama lengkap (sesuai KTP)").fill(name);
    await page.getByLabel(/Warga menyetujui/).check();
    await page.getByRole("button", { name: "Daftarkan" }).click();
    await expect.poll(() => page.getByText("Tersimpan di perangkat ini.").isVisible()).toBe(true);
    await page.close();
    // when that session ends (signed out elsewhere) and the officer signs in again
    const signOut = await fetch(api.url, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: `dm_session=${encodeURIComponent(token)}` },
      body: JSON.stringify({ query: "mutation { signOut }" }),
    });
    expect(signOut.ok).toBe(true);
    token = await signIn(api.url);
    await officer.context.addCookies([
      { name: "dm_session", value: token, url: web.url, httpOnly: true, sameSite: "Lax" },
    ]);
    await officer.context.setOffline(false);
    // then the next office page reads the entry (re-sealed under the new session's key) and sends it once
    const next = await officer.newPage();
    await next.goto(`${web.url}${VILLAGE}/registri`);
    await expect.poll(() => api.prisma.person.count({ where: { fullName: name } }), { timeout: 30_000 }).toBe(1);
    await expect.poll(async () => (await storedQueue(next)).count, { timeout: 30_000 }).toBe(0);
    await next.waitForTimeout(1_000);
    expect(await api.prisma.person.count({ where: { fullName: name } })).toBe(1);
    expect(await next.getByText(/sesi sebelumnya/).count()).toBe(0);
    await next.close();
  });

  it("forgets the queue at sign-out", async () => {
    // given two registrations made offline with one NIK: the second is refused and stays for the officer
    const nik = "3212014107980002";
    const page = await officer.newPage();
    await page.goto(`${web.url}${VILLAGE}/registri/baru`);
    await officer.context.setOffline(true);
    for (const name of ["Entri Antrean Satu", "Entri Antrean Dua"]) {
      await page.getByLabel("Nama lengkap (sesuai KTP)").fill(name);
      await page.getByLabel("NIK (opsional)").fill(nik);
      await page.getByLabel(/Warga menyetujui/).check();
      await page.getByRole("button", { name: "Daftarkan" }).click();
      await expect.poll(() => page.getByLabel("Nama lengkap (sesuai KTP)").inputValue()).toBe("");
    }
    await officer.context.setOffline(false);
    await expect
      .poll(() => page.getByText(/Tidak diterima: NIK ini sudah terdaftar/).isVisible(), { timeout: 30_000 })
      .toBe(true);
    expect((await storedQueue(page)).count).toBe(1);
    expect(await api.prisma.person.count({ where: { fullName: { startsWith: "Entri Antrean" } } })).toBe(1);
    // when the officer signs out
    await page.locator(".site-header").getByRole("button", { name: "Keluar" }).click();
    await page.waitForURL((url) => url.pathname === "/");
    // then the phone keeps no queue
    expect((await storedQueue(page)).count).toBe(0);
    expect(
      await page.evaluate(async () => (await indexedDB.databases()).map((database) => database.name)),
    ).not.toContain("desa-migran-antrean");
    // and the office's offline page finds no key and shows no queue
    await page.goto(`${web.url}/kantor-desa/luring`);
    await expect.poll(() => page.getByText(/belum siap dipakai tanpa sinyal/).isVisible()).toBe(true);
    expect(await page.locator(".offline-queue").count()).toBe(0);
    expect(await page.getByRole("button", { name: "Daftarkan" }).count()).toBe(0);
    expect(await storedKey(page)).toBeNull();
    await page.close();
  });
});
