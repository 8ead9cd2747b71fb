import { describe, expect, it } from "vitest";

import { deriveQueueKey, seal, unseal } from "./crypto.ts";
import { type Entry, memoryStore, OfflineQueue, type SendOutcome } from "./queue.ts";
import { offlineSecret } from "./secret.server.ts";

const secret = offlineSecret("session-token-of-the-officer");
const person = (name: string) => ({
  kind: "person" as const,
  label: name,
  action: "/kantor-desa/juntinyuat-indramayu/registri/baru",
  fields: [
    ["fullName", name],
    ["nik", "3212014506990001"],
    ["consentGiven", "on"],
  ] as [string, string][],
});
const field = (entry: Entry, name: string) => entry.fields.find(([n]) => n === name)?.[1];

describe("the offline queue's encryption", () => {
  it("gives each session its own secret and key: what one session sealed another cannot open", async () => {
    // given two sessions of the same officer (signed out and in again)
    const other = offlineSecret("another-session-token");
    expect(other).not.toBe(secret);
    const key = await deriveQueueKey(secret, "kantor-desa");
    const sealed = await seal(key, { fullName: "Sutini" }, "record-1");
    // then the first session reads its record, the second cannot, nor can the first under another record's key
    expect(await unseal(key, sealed, "record-1")).toEqual({ fullName: "Sutini" });
    expect(await unseal(await deriveQueueKey(other, "kantor-desa"), sealed, "record-1")).toBeNull();
    expect(await unseal(key, sealed, "record-2")).toBeNull();
    // and the key never leaves WebCrypto
    expect(key.extractable).toBe(false);
  });

  it("stores nothing readable: no name, no NIK in the sealed bytes", async () => {
    const store = memoryStore();
    const queue = new OfflineQueue(store, await deriveQueueKey(secret, "kantor-desa"));
    await queue.add(person("Sutini Tanpa Sinyal"));
    const [sealed] = [...store.records.values()];
    const bytes = new TextDecoder("latin1").decode(sealed!.data);
    expect(bytes).not.toContain("Sutini");
    expect(bytes).not.toContain("3212014506990001");
    expect(sealed!.iv).toHaveLength(12);
  });
});

describe("the offline queue", () => {
  it("keeps entries in the order they were made, each with its own idempotency key", async () => {
    const queue = new OfflineQueue(memoryStore(), await deriveQueueKey(secret, "kantor-desa"));
    for (const name of ["Satu", "Dua", "Tiga"]) await queue.add(person(name));
    const { entries, unreadable } = await queue.list();
    expect(entries.map((entry) => entry.label)).toEqual(["Satu", "Dua", "Tiga"]);
    expect(new Set(entries.map((entry) => field(entry, "idempotencyKey"))).size).toBe(3);
    expect(entries.every((entry) => entry.state === "pending")).toBe(true);
    expect(unreadable).toBe(0);
  });

  it("sends each entry once, in order, and stops at no signal to resume later with the same keys", async () => {
    const queue = new OfflineQueue(memoryStore(), await deriveQueueKey(secret, "kantor-desa"));
    for (const name of ["Satu", "Dua", "Tiga"]) await queue.add(person(name));
    const sent: string[] = [];
    // the signal drops after the first entry
    const first = await queue.replay(async (entry) => {
      if (sent.length === 1) return { type: "unavailable" };
      sent.push(`${entry.label}:${field(entry, "idempotencyKey")}`);
      return { type: "sent" };
    });
    expect(first).toEqual({ sent: 1, stopped: true });
    expect((await queue.list()).entries.map((entry) => entry.label)).toEqual(["Dua", "Tiga"]);
    const keys = (await queue.list()).entries.map((entry) => field(entry, "idempotencyKey"));
    // it comes back
    const second = await queue.replay(async (entry) => {
      sent.push(`${entry.label}:${field(entry, "idempotencyKey")}`);
      return { type: "sent" };
    });
    expect(second).toEqual({ sent: 2, stopped: false });
    expect(sent.map((line) => line.split(":")[0])).toEqual(["Satu", "Dua", "Tiga"]);
    expect(sent.slice(1).map((line) => line.split(":")[1])).toEqual(keys);
    expect((await queue.list()).entries).toEqual([]);
  });

  it("holds a conflict for the officer; keeping theirs sends it again from the current version, under a new key", async () => {
    const queue = new OfflineQueue(memoryStore(), await deriveQueueKey(secret, "kantor-desa"));
    await queue.add({
      kind: "caseStep",
      label: "IN_PROGRESS",
      action: "/kantor-desa/juntinyuat-indramayu/kasus/abc?/perbarui",
      fields: [
        ["status", "IN_PROGRESS"],
        ["note", "Menghubungi agen."],
        ["expectedVersion", "2"],
      ],
    });
    const conflict: SendOutcome = {
      type: "conflict",
      message: "Kasus ini sudah diubah",
      current: { status: "REFERRED", version: 3 },
    };
    expect(await queue.replay(async () => conflict)).toEqual({ sent: 0, stopped: false });
    const [held] = (await queue.list()).entries;
    expect(held).toMatchObject({ state: "conflict", current: { status: "REFERRED", version: 3 } });
    // a later round leaves it alone
    expect(await queue.replay(async () => ({ type: "sent" }))).toEqual({ sent: 0, stopped: false });

    await queue.keepMine(held!.id);
    const [again] = (await queue.list()).entries;
    expect(again).toMatchObject({ state: "pending" });
    expect(field(again!, "expectedVersion")).toBe("3");
    expect(field(again!, "idempotencyKey")).not.toBe(field(held!, "idempotencyKey"));
    expect(await queue.replay(async () => ({ type: "sent" }))).toEqual({ sent: 1, stopped: false });
  });

  it("keeps a refusal until the officer discards it", async () => {
    const queue = new OfflineQueue(memoryStore(), await deriveQueueKey(secret, "kantor-desa"));
    await queue.add(person("Dobel"));
    await queue.replay(async () => ({ type: "refused", message: "NIK ini sudah terdaftar." }));
    const [refused] = (await queue.list()).entries;
    expect(refused).toMatchObject({ state: "refused", message: "NIK ini sudah terdaftar." });
    await queue.discard(refused!.id);
    expect((await queue.list()).entries).toEqual([]);
  });

  it("counts, never shows or sends, entries sealed by an earlier session", async () => {
    const store = memoryStore();
    await new OfflineQueue(store, await deriveQueueKey(offlineSecret("old-session"), "kantor-desa")).add(
      person("Lama"),
    );
    const queue = new OfflineQueue(store, await deriveQueueKey(secret, "kantor-desa"));
    await queue.add(person("Baru"));
    const { entries, unreadable } = await queue.list();
    expect(entries.map((entry) => entry.label)).toEqual(["Baru"]);
    expect(unreadable).toBe(1);
    const sent: string[] = [];
    await queue.replay(async (entry) => {
      sent.push(entry.label);
      return { type: "sent" };
    });
    expect(sent).toEqual(["Baru"]);
  });
});
