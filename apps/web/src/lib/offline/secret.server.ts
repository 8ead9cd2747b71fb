import { createHmac } from "node:crypto";

/**
 * The secret the offline queue's key is derived from (#lib/offline/crypto.ts), for the signed-in officer's pages:
 * an HMAC of their session token, so it changes with every session, is never stored on the phone, and cannot be
 * had again once the session is signed out (the API revokes the token). The token itself never leaves the cookie.
 */
export function offlineSecret(sessionToken: string): string {
  return createHmac("sha256", sessionToken).update("desa-migran/offline-queue/v1").digest("base64url");
}
