// Two API processes (as compose.yaml's api-1 and api-2) on one database and one Redis: the per-address rate limit
// and the sign-in block are counted together, so a client gains nothing by landing on the other replica.
// Skipped when no Redis answers at REDIS_URL.
import { randomBytes } from "node:crypto";

import { createTestDatabase, type TestDatabase } from "@desa-migran/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { hashPassword } from "../../src/modules/auth/passwords.ts";
import { REDIS_URL, redisReachable } from "../redis.ts";
import { productionEnv, type ServeProcess, startServe } from "./serve-process.ts";

const redisRuns = await redisReachable();
/** A client address no other test uses, so counters left in Redis by other runs do not matter. */
const freshAddress = () => `198.18.${randomBytes(1)[0]}.${randomBytes(1)[0]}`;

describe.skipIf(!redisRuns)(
  "two API processes share limits through Redis (skipped without Redis)",
  { timeout: 90_000 },
  () => {
    let database: TestDatabase;
    const replicas: ServeProcess[] = [];
    const post = async (
      replica: ServeProcess,
      address: string,
      query: string,
      variables: Record<string, unknown> = {},
    ) => {
      const response = await fetch(`${replica.apiOrigin}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-forwarded-for": address },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, body: (await response.json()) as { data?: any } };
    };

    beforeAll(async () => {
      database = await createTestDatabase();
      // Both trust the test (on loopback) to name the client, as they trust Caddy and the web server in compose.
      const env = { ...productionEnv(database.url), REDIS_URL, TRUST_PROXY: "loopback", RATE_LIMIT_IP_POINTS: "20" };
      replicas.push(await startServe("api", env), await startServe("api", env));
      // Ready means Redis answered the readiness check's own connection; give the limiters' connections a moment
      // too, or the first requests are counted by their in-memory stand-ins (per process, by design).
      await new Promise((resolve) => setTimeout(resolve, 500));
    }, 180_000);
    afterAll(async () => {
      for (const replica of replicas) replica.kill();
      await database?.cleanup();
    });

    it("counts one address's requests across both processes", async () => {
      const [a, b] = replicas as [ServeProcess, ServeProcess];
      const address = freshAddress();
      // given twenty requests from one address, ten to each process (each saw only half the limit)
      for (let i = 0; i < 10; i++) {
        expect((await post(a, address, "{ __typename }")).status).toBe(200);
        expect((await post(b, address, "{ __typename }")).status).toBe(200);
      }
      // then the next is refused by either
      expect((await post(a, address, "{ __typename }")).status).toBe(429);
      expect((await post(b, address, "{ __typename }")).status).toBe(429);
      // while another address is still served
      expect((await post(a, freshAddress(), "{ __typename }")).status).toBe(200);
    });

    it("blocks an account after more than ten wrong passwords spread over both processes", async () => {
      const [a, b] = replicas as [ServeProcess, ServeProcess];
      const email = `throttle-${randomBytes(4).toString("hex")}@example.id`;
      const password = "the-right-password-2027";
      await database.prisma.user.create({
        data: { email, name: "Throttle Test", passwordHash: await hashPassword(password) },
      });
      const SIGN_IN = `mutation SignIn($input: SignInInput!) { signIn(input: $input) { __typename } }`;
      const address = freshAddress();
      // given eleven wrong passwords from one address, alternating between the processes (the pair is blocked once
      // its ten points are used up, i.e. at the eleventh)
      for (let i = 0; i < 11; i++) {
        const result = await post(i % 2 ? b : a, address, SIGN_IN, { input: { email, password: `wrong-${i}` } });
        expect(result.body.data.signIn.__typename).toBe("InvalidCredentialsError");
      }
      // then the right password from that address is refused by both, though neither process saw more than six
      // wrong ones itself
      for (const replica of [a, b]) {
        const blocked = await post(replica, address, SIGN_IN, { input: { email, password } });
        expect(blocked.body.data.signIn.__typename).toBe("TooManySignInAttemptsError");
      }
      // while the owner, from another address, still signs in
      const owner = await post(b, freshAddress(), SIGN_IN, { input: { email, password } });
      expect(owner.body.data.signIn.__typename).toBe("MutationSignInSuccess");
    });
  },
);
