// The queue's key kept on the phone between sessions, so the office opens without a signal (the prerendered
// /kantor-desa/luring page has no session to derive a key from) and a queue outlives the session that made it.
// The CryptoKey object itself is stored (IndexedDB's structured clone keeps it usable and still non-extractable:
// no script can read its bytes), beside the officer's user id and the offices they serve, nothing else.
import { deriveQueueKey, seal, unseal } from "./crypto.ts";
import type { EntryStore } from "./queue.ts";

/** A village the officer serves, for the offline page's form address and its choice of village. */
export interface OfficeRef {
  slug: string;
  name: string;
}

export interface StoredKey {
  key: CryptoKey;
  /** Which session's secret the key was derived from (a digest of the secret, not the secret). */
  keyId: string;
  userId: string;
  offices: OfficeRef[];
}

/** Where the one stored key lives (IndexedDB in the browser, a variable in the tests). */
export interface KeyStore {
  get(): Promise<StoredKey | null>;
  put(stored: StoredKey): Promise<void>;
}

/** What an office page load knows: the session's secret, who is signed in and the villages they serve. */
export interface OfficeSession {
  secret: string;
  userId: string;
  offices: OfficeRef[];
}

async function keyIdOf(secret: string): Promise<string> {
  const digest = await crypto.subtle.digest(
    "SHA-256",
    new TextEncoder().encode(`desa-migran/offline-key-id/v1:${secret}`),
  );
  return btoa(String.fromCharCode(...new Uint8Array(digest)));
}

/**
 * The key for this session, stored for the next offline start. The same officer in a new session: every entry the
 * old key can read is sealed again under the new one before the new key replaces it, so nothing queued is lost
 * when a session renews (interrupted halfway, the next start finishes it: entries already re-sealed no longer open
 * under the old key and are left as they are). Another user: their entries are deleted unread, never shown.
 */
export async function openSessionKey(keys: KeyStore, entries: EntryStore, session: OfficeSession): Promise<CryptoKey> {
  const key = await deriveQueueKey(session.secret, session.userId);
  const keyId = await keyIdOf(session.secret);
  const stored = await keys.get();
  if (stored && stored.userId !== session.userId) {
    await entries.clear();
  } else if (stored && stored.keyId !== keyId) {
    for (const { id, sealed } of await entries.all()) {
      const value = await unseal<unknown>(stored.key, sealed, id);
      if (value !== null) await entries.put(id, await seal(key, value, id));
    }
  }
  await keys.put({ key, keyId, userId: session.userId, offices: session.offices });
  return key;
}

/** A key store in memory (the tests'). */
export function memoryKeyStore(): KeyStore & { stored: StoredKey | null } {
  const store = {
    stored: null as StoredKey | null,
    get: async () => store.stored,
    put: async (stored: StoredKey) => void (store.stored = stored),
  };
  return store;
}
