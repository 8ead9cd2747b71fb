// The browser's store of the offline queue: one IndexedDB database holding the sealed records (IV + ciphertext)
// and the one non-extractable key that opens them (keyring.ts).
import type { Sealed } from "./crypto.ts";
import type { KeyStore, StoredKey } from "./keyring.ts";
import type { EntryStore } from "./queue.ts";

/** The database's name; sign-out deletes it (and /keluar answers with Clear-Site-Data as well). */
export const QUEUE_DATABASE = "desa-migran-antrean";
const STORE = "entries";
const KEY_STORE = "key";

const done = <T>(request: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });

let opened: Promise<IDBDatabase> | null = null;

function open(): Promise<IDBDatabase> {
  opened ??= new Promise((resolve, reject) => {
    // Version 2 added the key's store; a phone with version 1 keeps its entries.
    const request = indexedDB.open(QUEUE_DATABASE, 2);
    request.onupgradeneeded = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains(STORE)) db.createObjectStore(STORE);
      if (!db.objectStoreNames.contains(KEY_STORE)) db.createObjectStore(KEY_STORE);
    };
    request.onsuccess = () => {
      const db = request.result;
      // Another tab deleting the database (sign-out) must not wait for this connection.
      db.onversionchange = () => {
        db.close();
        opened = null;
      };
      resolve(db);
    };
    request.onerror = () => {
      opened = null;
      reject(request.error);
    };
  });
  return opened;
}

async function run<T>(
  mode: IDBTransactionMode,
  work: (store: IDBObjectStore) => IDBRequest<T>,
  name: string = STORE,
): Promise<T> {
  const db = await open();
  const tx = db.transaction(name, mode);
  const committed = new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
  const result = await done(work(tx.objectStore(name)));
  await committed;
  return result;
}

export const idbStore: EntryStore = {
  put: async (id, sealed) => void (await run("readwrite", (s) => s.put(sealed, id))),
  all: async () => {
    const db = await open();
    const tx = db.transaction(STORE, "readonly");
    const store = tx.objectStore(STORE);
    const [keys, values] = await Promise.all([done(store.getAllKeys()), done(store.getAll())]);
    return keys.map((id, i) => ({ id: String(id), sealed: values[i] as Sealed }));
  },
  remove: async (id) => void (await run("readwrite", (s) => s.delete(id))),
  clear: async () => void (await run("readwrite", (s) => s.clear())),
};

const KEY = "current";

export const idbKeyStore: KeyStore = {
  get: async () => {
    // Looking must not create an empty database on a phone that has none (signed out, or never online here).
    const names = (await indexedDB.databases?.())?.map((database) => database.name);
    if (names && !names.includes(QUEUE_DATABASE)) return null;
    return ((await run("readonly", (s) => s.get(KEY), KEY_STORE)) as StoredKey | undefined) ?? null;
  },
  put: async (stored) => void (await run("readwrite", (s) => s.put(stored, KEY), KEY_STORE)),
};

/** Deletes the whole database (sign-out): nothing of the queue, nor its key, stays on the phone. */
export async function deleteQueueDatabase(): Promise<void> {
  const db = await opened?.catch(() => null);
  db?.close();
  opened = null;
  await new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase(QUEUE_DATABASE);
    request.onsuccess = () => resolve();
    request.onerror = () => resolve();
    request.onblocked = () => resolve();
  });
}
