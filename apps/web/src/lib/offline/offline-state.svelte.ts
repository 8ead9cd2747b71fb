// The village office's offline queue as the pages see it: started by the office layout with the session's secret,
// fed by the forms (enhance.ts), shown by offline-queue.svelte, replayed when the signal returns.
import { invalidateAll } from "$app/navigation";

import { deleteQueueDatabase, idbKeyStore, idbStore, QUEUE_DATABASE } from "./idb-store.ts";
import { type OfficeRef, type OfficeSession, openSessionKey } from "./keyring.ts";
import { type Entry, OfflineQueue } from "./queue.ts";
import { sendEntry } from "./send.ts";

/** Tabs of the office tell each other when the queue changed, and hold this lock while sending. */
const CHANNEL = QUEUE_DATABASE;

class OfflineState {
  entries = $state<Entry[]>([]);
  unreadable = $state(0);
  online = $state(true);
  /** What just happened, for the live region: an entry was saved on the device, or `sent` entries went out. */
  notice = $state<{ kind: "queued" } | { kind: "sent"; count: number } | null>(null);
  /** The villages the stored key's officer serves (the offline page's form needs one). */
  offices = $state<OfficeRef[]>([]);
  /** False until `start` or `startStored` has looked; then whether a key was found. */
  looked = $state(false);
  #queue: OfflineQueue | null = null;
  #secret: string | null = null;
  #channel: BroadcastChannel | null = null;

  get ready() {
    return this.#queue !== null;
  }

  /**
   * Called by the office layout on every load (the secret changes when the session does): the session's key is
   * stored for the offline page, an older key of the same officer handing its entries over (keyring.ts).
   */
  async start(session: OfficeSession) {
    this.online = navigator.onLine;
    if (session.secret === this.#secret) return;
    this.#secret = session.secret;
    // Under the tabs' lock: a tab replaying with the old key must not race the re-sealing.
    const open = () => openSessionKey(idbKeyStore, idbStore, session);
    const key = await ("locks" in navigator ? navigator.locks.request(CHANNEL, open) : open());
    this.#queue = new OfflineQueue(idbStore, key);
    this.offices = session.offices;
    await this.#begin();
  }

  /** Called by the offline page, which has no session: the key the last office page load stored, if any. */
  async startStored() {
    this.online = navigator.onLine;
    if (this.#queue) return void (this.looked = true);
    const stored = await idbKeyStore.get();
    if (stored) {
      this.#queue = new OfflineQueue(idbStore, stored.key);
      this.offices = stored.offices;
      await this.#begin();
    }
    this.looked = true;
  }

  async #begin() {
    this.looked = true;
    if (!this.#channel) {
      this.#channel = new BroadcastChannel(CHANNEL);
      this.#channel.onmessage = (event) => void (event.data === "wiped" ? this.#forget() : this.refresh());
    }
    await this.refresh();
    if (this.online) await this.replay();
  }

  async refresh() {
    if (!this.#queue) return;
    const { entries, unreadable } = await this.#queue.list();
    this.entries = entries;
    this.unreadable = unreadable;
  }

  async add(entry: Pick<Entry, "kind" | "label" | "action" | "fields">) {
    if (!this.#queue) throw new Error("The offline queue is not started.");
    await this.#queue.add(entry);
    this.notice = { kind: "queued" };
    await this.#changed();
  }

  /**
   * Sends what waits, once per entry across every open tab: the sending tab holds a Web Lock, and another tab
   * asking meanwhile finds the entries already gone when its turn comes.
   */
  async replay() {
    const queue = this.#queue;
    if (!queue || !navigator.onLine) return;
    const send = () => queue.replay(sendEntry);
    // Browsers without Web Locks (old ones) send from each tab; the idempotency keys still make it one effect.
    const { sent } = await ("locks" in navigator ? navigator.locks.request(CHANNEL, send) : send());
    await this.#changed();
    if (sent > 0) {
      this.notice = { kind: "sent", count: sent };
      await invalidateAll();
    }
  }

  async keepMine(id: string) {
    await this.#queue?.keepMine(id);
    await this.#changed();
    await this.replay();
  }

  async discard(id: string) {
    await this.#queue?.discard(id);
    await this.#changed();
  }

  /** Sign-out: the queue and its stored key go. */
  async wipe() {
    this.#forget();
    await deleteQueueDatabase();
    this.#channel?.postMessage("wiped");
  }

  #forget() {
    this.#queue = null;
    this.#secret = null;
    this.offices = [];
    this.entries = [];
    this.unreadable = 0;
    this.notice = null;
  }

  setOnline(online: boolean) {
    this.online = online;
    if (online) void this.replay();
  }

  async #changed() {
    await this.refresh();
    this.#channel?.postMessage("changed");
  }
}

export const offline = new OfflineState();
