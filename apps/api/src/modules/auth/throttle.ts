import { Redis } from "ioredis";
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from "rate-limiter-flexible";

import { TooManyPasswordResetRequestsError, TooManySignInAttemptsError } from "./errors.ts";

export interface SignInThrottleOptions {
  /** Shared counters in Redis (a URL or an ioredis client), so every API process sees the same block. */
  redis?: string | Redis;
  keyPrefix?: string;
}

/**
 * rate-limiter-flexible's login recipe: wrong passwords are counted per account and address (10 in a row block
 * that pair for an hour), per account from anywhere (30 in a row block it for 15 minutes, against guessing spread
 * over many addresses, short enough that nobody can lock a person out for long) and per address (100 a day block
 * the address for a day). A right password clears the account's counts. Only failures count, so people who type
 * their password right are never slowed down.
 */
export function createSignInThrottle(options: SignInThrottleOptions = {}) {
  const redis =
    typeof options.redis === "string"
      ? new Redis(options.redis, { enableOfflineQueue: false, maxRetriesPerRequest: 1 })
      : options.redis;
  // ioredis emits "error" on each failed reconnect; without a listener Node would crash the process.
  if (typeof options.redis === "string") redis!.on("error", () => {});
  const prefix = options.keyPrefix ?? "dm-signin";
  const make = (name: string, points: number, duration: number, blockDuration: number): RateLimiterAbstract => {
    const base = { keyPrefix: `${prefix}:${name}`, points, duration, blockDuration };
    return redis
      ? new RateLimiterRedis({ ...base, storeClient: redis, insuranceLimiter: new RateLimiterMemory(base) })
      : new RateLimiterMemory(base);
  };
  // Durations stay under 24 days: the in-memory limiter expires records with setTimeout (a 32-bit delay).
  const byAccountAndAddress = make("account-address", 10, 7 * 86_400, 3_600);
  const byAccount = make("account", 30, 86_400, 900);
  const byAddress = make("address", 100, 86_400, 86_400);
  // Password reset requests: every request counts, for known and unknown addresses alike (so the block says
  // nothing about who has an account). 3 an hour per e-mail keeps a mailbox from being flooded; 20 an hour per
  // network address slows anyone walking a list of addresses.
  const resetByEmail = make("reset-email", 3, 3_600, 3_600);
  const resetByAddress = make("reset-address", 20, 3_600, 3_600);
  const keys = (email: string, address: string) => {
    const account = email.trim().toLowerCase();
    return [
      [byAccountAndAddress, `${account}_${address}`],
      [byAccount, account],
      [byAddress, address],
    ] as const;
  };

  return {
    /** Counts one password reset request; refuses (TooManyPasswordResetRequestsError) past either limit. */
    async consumePasswordResetRequest(email: string, address: string): Promise<void> {
      const account = email.trim().toLowerCase();
      for (const [limiter, key] of [
        [resetByAddress, address],
        [resetByEmail, account],
      ] as const) {
        try {
          await limiter.consume(key);
        } catch (error) {
          if (error instanceof RateLimiterRes)
            throw new TooManyPasswordResetRequestsError(Math.ceil(error.msBeforeNext / 1000));
          throw error;
        }
      }
    },
    /** Refuses (TooManySignInAttemptsError) while the account, the address or the pair is blocked. */
    async assertAllowed(email: string, address: string): Promise<void> {
      let wait = 0;
      for (const [limiter, key] of keys(email, address)) {
        const state = await limiter.get(key);
        if (state && state.consumedPoints > limiter.points) wait = Math.max(wait, state.msBeforeNext);
      }
      if (wait > 0) throw new TooManySignInAttemptsError(Math.ceil(wait / 1000));
    },
    async recordFailure(email: string, address: string): Promise<void> {
      // consume() rejects once a limit is passed; the block it starts is what assertAllowed reads next time.
      await Promise.all(keys(email, address).map(([limiter, key]) => limiter.consume(key).catch(() => {})));
    },
    async recordSuccess(email: string, address: string): Promise<void> {
      const [[pairLimiter, pairKey], [accountLimiter, accountKey]] = keys(email, address);
      await Promise.all([pairLimiter.delete(pairKey), accountLimiter.delete(accountKey)]);
    },
  };
}

export type SignInThrottle = ReturnType<typeof createSignInThrottle>;
