/**
 * How long a delivery waits before its next attempt after a transient failure:
 * exponential from `baseMs`, capped at `maxMs`, never shorter than the platform's retry-after.
 */

export interface BackoffPolicy {
  /** Wait after the first failed attempt, in ms. */
  baseMs: number;
  /** Longest wait, in ms. */
  maxMs: number;
  /** Attempts after which a delivery counts as failed for good. */
  maxAttempts: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 1_000, maxMs: 5 * 60_000, maxAttempts: 15 };

/** Delay in ms before attempt `attempts + 1`, given `attempts` failed ones and the platform's retry-after (ms). */
export function retryDelayMs(policy: BackoffPolicy, attempts: number, retryAfterMs?: number): number {
  const exponential = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, attempts - 1));
  return Math.max(exponential, retryAfterMs ?? 0);
}
