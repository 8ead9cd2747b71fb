import { hash, verify } from "@node-rs/argon2";

/** OWASP's Argon2id baseline: 19 MiB memory, 2 iterations, 1 lane (~18 ms a hash on this machine kind). */
const OWASP = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string): Promise<string> => hash(password, OWASP);

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** Verifying against this when the email is unknown keeps sign-in timing the same for known and unknown emails. */
let dummyHash: Promise<string> | null = null;
export const timingDummyHash = (): Promise<string> => (dummyHash ??= hashPassword("timing-equaliser-not-a-password"));
