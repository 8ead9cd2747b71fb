import { createHash, randomBytes } from "node:crypto";

/** Random bearer secrets (session tokens, API keys): 32 bytes from the OS CSPRNG, base64url. */
export const randomToken = (bytes = 32): string => randomBytes(bytes).toString("base64url");

/** Tokens are stored as SHA-256: they are long and random, so a fast hash is enough (unlike passwords). */
export const hashToken = (token: string): string => createHash("sha256").update(token).digest("hex");
