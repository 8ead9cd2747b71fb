// The queue of entries a village officer made without a signal: each entry is the office form as it was sent (its
// action address and fields, with the idempotency key the API will see), kept encrypted (crypto.ts) until it can
// be sent. Free of the DOM: the browser's store is IndexedDB (idb-store.ts), the tests' a Map.
import { seal, type Sealed, unseal } from "./crypto.ts";

/** What the entry is, for its summary: the officer's words are in `label` (a name, or a status code). */
export type EntryKind = "person" | "episode" | "episodeStatus" | "case" | "caseStep";

export interface Entry {
  /** The record's key; keys sort in the order the entries were made. */
  id: string;
  kind: EntryKind;
  label: string;
  /** The form's action address (same origin), e.g. `/kantor-desa/<slug>/registri/<id>?/status`. */
  action: string;
  /** The form's fields as sent, with `idempotencyKey` (and `expectedVersion` for an update). */
  fields: [string, string][];
  /** `pending` waits for a signal; `conflict` and `refused` wait for the officer. */
  state: "pending" | "conflict" | "refused";
  /** The API's words for a conflict or a refusal. */
  message?: string;
  /** The record as it is now, when someone changed it after the officer saw it (its `version` among them). */
  current?: Record<string, unknown>;
  createdAt: string;
}

/** Where sealed entries are kept, in key order. */
export interface EntryStore {
  put(id: string, sealed: Sealed): Promise<void>;
  all(): Promise<{ id: string; sealed: Sealed }[]>;
  remove(id: string): Promise<void>;
  clear(): Promise<void>;
}

/** How sending one entry went. `unavailable`: no signal or the server cannot take it now; try again later. */
export type SendOutcome =
  | { type: "sent" }
  | { type: "conflict"; message: string; current: Record<string, unknown> }
  | { type: "refused"; message: string }
  | { type: "unavailable" };

let sequence = 0;
const nextId = () =>
  `${Date.now().toString().padStart(15, "0")}-${(sequence++).toString().padStart(6, "0")}-${crypto.randomUUID()}`;

const withField = (fields: [string, string][], name: string, value: string): [string, string][] => [
  ...fields.filter(([n]) => n !== name),
  [name, value],
];

export class OfflineQueue {
  readonly #store: EntryStore;
  readonly #key: CryptoKey;

  constructor(store: EntryStore, key: CryptoKey) {
    this.#store = store;
    this.#key = key;
  }

  /** Stores an entry; it gets an idempotency key here unless the form already carried one. */
  async add(entry: Pick<Entry, "kind" | "label" | "action" | "fields">): Promise<Entry> {
    const fields = entry.fields.some(([name, value]) => name === "idempotencyKey" && value)
      ? entry.fields
      : withField(entry.fields, "idempotencyKey", crypto.randomUUID());
    const stored: Entry = { ...entry, fields, id: nextId(), state: "pending", createdAt: new Date().toISOString() };
    await this.#write(stored);
    return stored;
  }

  /** Every entry this session can read, oldest first, and how many it cannot (sealed under another session). */
  async list(): Promise<{ entries: Entry[]; unreadable: number }> {
    const entries: Entry[] = [];
    let unreadable = 0;
    for (const { id, sealed } of await this.#store.all()) {
      const entry = await unseal<Entry>(this.#key, sealed, id);
      if (entry && entry.id === id) entries.push(entry);
      else unreadable += 1;
    }
    return { entries, unreadable };
  }

  /**
   * Sends the pending entries in the order they were made, each once: an entry sent is removed before the next
   * goes, and a lost answer is harmless because it is sent again with the same idempotency key. A conflict or a
   * refusal is kept for the officer; no signal stops the round (the next `online` event or page load resumes it).
   * Callers hold a lock across tabs around it (offline-state), so two tabs never send the same entry.
   */
  async replay(send: (entry: Entry) => Promise<SendOutcome>): Promise<{ sent: number; stopped: boolean }> {
    let sent = 0;
    const { entries } = await this.list();
    for (const entry of entries) {
      if (entry.state !== "pending") continue;
      const outcome = await send(entry);
      if (outcome.type === "unavailable") return { sent, stopped: true };
      if (outcome.type === "sent") {
        await this.#store.remove(entry.id);
        sent += 1;
      } else if (outcome.type === "conflict") {
        await this.#write({ ...entry, state: "conflict", message: outcome.message, current: outcome.current });
      } else {
        await this.#write({ ...entry, state: "refused", message: outcome.message });
      }
    }
    return { sent, stopped: false };
  }

  /**
   * "Keep mine": the entry goes again, now made from the version the officer has just seen, under a new key (the
   * request differs from the refused one).
   */
  async keepMine(id: string): Promise<void> {
    const entry = (await this.list()).entries.find((e) => e.id === id);
    if (!entry || entry.state !== "conflict") return;
    const version = entry.current?.version;
    let fields = withField(entry.fields, "idempotencyKey", crypto.randomUUID());
    if (typeof version === "number") fields = withField(fields, "expectedVersion", String(version));
    await this.#write({ ...entry, fields, state: "pending", message: undefined, current: undefined });
  }

  async discard(id: string): Promise<void> {
    await this.#store.remove(id);
  }

  async #write(entry: Entry) {
    await this.#store.put(entry.id, await seal(this.#key, entry, entry.id));
  }
}

/** A store in memory (the tests'). */
export function memoryStore(): EntryStore & { records: Map<string, Sealed> } {
  const records = new Map<string, Sealed>();
  return {
    records,
    put: async (id, sealed) => void records.set(id, sealed),
    all: async () => [...records].sort(([a], [b]) => (a < b ? -1 : 1)).map(([id, sealed]) => ({ id, sealed })),
    remove: async (id) => void records.delete(id),
    clear: async () => records.clear(),
  };
}
