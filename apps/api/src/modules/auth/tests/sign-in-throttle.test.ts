// Password guessing, as found: 30 wrong passwords, then the right one. Counted per account and address, and
// shared through Redis by every API process.
import { randomUUID } from "node:crypto";

import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { DEMO_PASSWORD } from "../../../../seed/demo-accounts.ts";
import { createTestApi } from "../../../../test/harness.ts";
import { REDIS_URL, redisReachable } from "../../../../test/redis.ts";
import { createApi } from "../../../yoga.ts";

// The wait is read through the RateLimitedError interface, as the web app reads it.
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { __typename ... on Error { message }
  ... on RateLimitedError { retryAfterSeconds } } }`;

type Yoga = ReturnType<typeof createApi>;
async function signIn(yoga: Yoga, email: string, password: string) {
  const response = await yoga.fetch("http://localhost/graphql", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: SIGN_IN, variables: { input: { email, password } } }),
  });
  const body = (await response.json()) as {
    data: { signIn: { __typename: string; message?: string; retryAfterSeconds?: number } };
  };
  return { ...body.data.signIn, cookie: response.headers.get("set-cookie") };
}

const redisUrl = REDIS_URL;
const reachable = await redisReachable();

describe("sign-in throttling", () => {
  let api: Awaited<ReturnType<typeof createTestApi>>;
  beforeAll(async () => {
    api = await createTestApi({ seed: true });
  });
  afterAll(() => api?.cleanup());

  it("refuses the right password after 30 wrong ones, and says when to try again", async () => {
    const yoga = createApi({ prisma: api.prisma, rateLimit: false });
    // Given 30 wrong guesses for one account
    for (let i = 0; i < 30; i++) {
      const guess = await signIn(yoga, "pembeli@desamigran.id", `tebakan-salah-${i}`);
      expect(["InvalidCredentialsError", "TooManySignInAttemptsError"]).toContain(guess.__typename);
    }
    // When the right password comes
    const right = await signIn(yoga, "pembeli@desamigran.id", DEMO_PASSWORD);
    // Then it is refused too, with no session, and the wait is said in words
    expect(right.__typename).toBe("TooManySignInAttemptsError");
    expect(right.cookie ?? "").not.toMatch(/dm_session=[^;]/);
    expect(right.message).toMatch(/Coba lagi dalam \d+ menit/);
    expect(right.retryAfterSeconds).toBeGreaterThan(0);
    // While another account signs in from the same address
    expect((await signIn(yoga, "keluarga@desamigran.id", DEMO_PASSWORD)).__typename).toBe("MutationSignInSuccess");
  });

  it("forgets wrong guesses after a right password", async () => {
    const yoga = createApi({ prisma: api.prisma, rateLimit: false });
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 8; i++) await signIn(yoga, "wirausaha@desamigran.id", `salah-${round}-${i}`);
      expect((await signIn(yoga, "wirausaha@desamigran.id", DEMO_PASSWORD)).__typename).toBe("MutationSignInSuccess");
    }
  });

  it.skipIf(!reachable)("shares a block between API processes through Redis (skipped without Redis)", async () => {
    const clients = [new Redis(redisUrl), new Redis(redisUrl)];
    await Promise.all(clients.map((client) => client.ping()));
    const keyPrefix = `dm-test-signin-${randomUUID()}`;
    const [first, second] = clients.map((redis) =>
      createApi({ prisma: api.prisma, rateLimit: false, signInThrottle: { redis, keyPrefix } }),
    );
    try {
      // Given 11 wrong guesses through the first process
      for (let i = 0; i < 11; i++) await signIn(first!, "koperasi@desamigran.id", `salah-${i}`);
      // Then the second process refuses the right password too
      expect((await signIn(second!, "koperasi@desamigran.id", DEMO_PASSWORD)).__typename).toBe(
        "TooManySignInAttemptsError",
      );
    } finally {
      const keys = await clients[0]!.keys(`${keyPrefix}:*`);
      if (keys.length) await clients[0]!.del(...keys);
      for (const client of clients) client.disconnect();
    }
  });
});
