import { describe, expect, it } from "vitest";

import { memoryKeyStore, openSessionKey } from "./keyring.ts";
import { memoryStore, OfflineQueue } from "./queue.ts";
import { offlineSecret } from "./secret.server.ts";

const offices = [{ slug: "juntinyuat-indramayu", name: "Juntinyuat" }];
const session = (token: string, userId = "officer-1") => ({ secret: offlineSecret(token), userId, offices });
const person = (name: string) => ({
  kind: "person" as const,
  label: name,
  action: "/kantor-desa/juntinyuat-indramayu/registri/baru",
  fields: [
    ["fullName", name],
    ["consentGiven", "on"],
  ] as [string, string][],
});

describe("the queue's stored key", () => {
  it("is stored non-extractable with the officer and their offices, and opens the queue without a session", async () => {
    const keys = memoryKeyStore();
    const entries = memoryStore();
    const key = await openSessionKey(keys, entries, session("first-session"));
    await new OfflineQueue(entries, key).add(person("Sutini"));
    // what the offline page finds: the same key, usable, never exportable
    const stored = await keys.get();
    expect(stored).toMatchObject({ userId: "officer-1", offices });
    expect(stored!.key.extractable).toBe(false);
    await expect(crypto.subtle.exportKey("raw", stored!.key)).rejects.toThrow();
    expect(JSON.stringify(stored)).not.toContain(offlineSecret("first-session"));
    const { entries: listed } = await new OfflineQueue(entries, stored!.key).list();
    expect(listed.map((entry) => entry.label)).toEqual(["Sutini"]);
  });

  it("hands the same officer's entries to their new session, keeping each entry's idempotency key", async () => {
    const keys = memoryKeyStore();
    const entries = memoryStore();
    const old = new OfflineQueue(entries, await openSessionKey(keys, entries, session("expired-session")));
    await old.add(person("Satu"));
    await old.add(person("Dua"));
    const before = (await old.list()).entries;
    // when the officer signs in again (a new secret) and an office page starts the queue
    const renewed = await openSessionKey(keys, entries, session("new-session"));
    // then the new key reads every entry, unchanged, and the old one no longer does
    const queue = new OfflineQueue(entries, renewed);
    expect(await queue.list()).toEqual({ entries: before, unreadable: 0 });
    expect(await old.list()).toEqual({ entries: [], unreadable: 2 });
    expect((await keys.get())!.key).toBe(renewed);
    // and each is sent once
    const sent: string[] = [];
    await queue.replay(async (entry) => {
      sent.push(entry.label);
      return { type: "sent" };
    });
    expect(sent).toEqual(["Satu", "Dua"]);
    expect(entries.records.size).toBe(0);
  });

  it("finishes a re-keying that was interrupted, and starting again in the same session changes nothing", async () => {
    const keys = memoryKeyStore();
    const entries = memoryStore();
    const old = new OfflineQueue(entries, await openSessionKey(keys, entries, session("expired-session")));
    await old.add(person("Satu"));
    await old.add(person("Dua"));
    const oldKey = (await keys.get())!;
    // the first start re-sealed the entries, then stopped before replacing the stored key
    await openSessionKey(keys, entries, session("new-session"));
    await keys.put(oldKey);
    const again = await openSessionKey(keys, entries, session("new-session"));
    expect((await new OfflineQueue(entries, again).list()).entries.map((entry) => entry.label)).toEqual([
      "Satu",
      "Dua",
    ]);
    const same = await openSessionKey(keys, entries, session("new-session"));
    expect((await new OfflineQueue(entries, same).list()).unreadable).toBe(0);
  });

  it("never shows another user's entries: a different officer's session deletes them and their key", async () => {
    const keys = memoryKeyStore();
    const entries = memoryStore();
    await new OfflineQueue(entries, await openSessionKey(keys, entries, session("session-a", "officer-1"))).add(
      person("Milik Petugas Satu"),
    );
    const key = await openSessionKey(keys, entries, session("session-b", "officer-2"));
    expect(await new OfflineQueue(entries, key).list()).toEqual({ entries: [], unreadable: 0 });
    expect(entries.records.size).toBe(0);
    expect((await keys.get())!.userId).toBe("officer-2");
  });
});
