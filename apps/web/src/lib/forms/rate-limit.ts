/**
 * The whole minutes a person waits after a throttle's answer (a RateLimitedError, selected by MutationErrors):
 * rounded up and at least 1, so the page never says "0 minutes" while the API still refuses.
 */
export function minutesToWait(error: { retryAfterSeconds: number }): number {
  return Math.max(1, Math.ceil(error.retryAfterSeconds / 60));
}
