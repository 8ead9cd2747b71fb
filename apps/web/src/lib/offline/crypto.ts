// Encryption at rest of the entries a village officer makes without a signal (see queue.ts). WebCrypto only: the
// same code runs in the browser and in Node's tests.

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** What one stored entry holds: a fresh 96-bit IV and the AES-GCM ciphertext (with its tag). */
export interface Sealed {
  iv: Uint8Array<ArrayBuffer>;
  data: ArrayBuffer;
}

function fromBase64Url(value: string): Uint8Array<ArrayBuffer> {
  const base64 = value.replace(/-/g, "+").replace(/_/g, "/");
  const binary = atob(base64 + "=".repeat((4 - (base64.length % 4)) % 4));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * The queue's AES-256-GCM key, derived with HKDF-SHA-256 from the secret the server gives the signed-in officer's
 * session (the office layout's `offlineSecret`, which changes with every session and is never stored on the
 * device). Bound to the officer (`scope`, their user id) through HKDF's info. Not extractable: keyring.ts stores
 * the CryptoKey object itself on the phone, usable by this site's scripts but never readable as bytes.
 */
export async function deriveQueueKey(secret: string, scope: string): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey("raw", fromBase64Url(secret), "HKDF", false, ["deriveKey"]);
  return crypto.subtle.deriveKey(
    {
      name: "HKDF",
      hash: "SHA-256",
      salt: encoder.encode("desa-migran/offline-queue/v1"),
      info: encoder.encode(scope),
    },
    material,
    { name: "AES-GCM", length: 256 },
    false,
    ["encrypt", "decrypt"],
  );
}

/** Encrypts a JSON value under the key with a fresh random IV; `label` (the record's key) is bound as extra data. */
export async function seal(key: CryptoKey, value: unknown, label: string): Promise<Sealed> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = await crypto.subtle.encrypt(
    { name: "AES-GCM", iv, additionalData: encoder.encode(label) },
    key,
    encoder.encode(JSON.stringify(value)),
  );
  return { iv, data };
}

/**
 * Decrypts what `seal` made under the same key and label; null when it cannot (another session's key, a record
 * moved to another label, a changed byte): such an entry is never shown or sent.
 */
export async function unseal<T>(key: CryptoKey, sealed: Sealed, label: string): Promise<T | null> {
  try {
    const plain = await crypto.subtle.decrypt(
      { name: "AES-GCM", iv: sealed.iv, additionalData: encoder.encode(label) },
      key,
      sealed.data,
    );
    return JSON.parse(decoder.decode(plain)) as T;
  } catch {
    return null;
  }
}
