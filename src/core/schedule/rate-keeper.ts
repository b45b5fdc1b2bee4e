/**
 * Keeps sends within a platform's declared rates (Poster `limits`): a sliding one-second
 * window across all chats, a minimum gap per chat, and a per-minute cap per chat. Waiters
 * are served in order, except that one whose chat must wait does not hold up the others.
 * Time only through the Clock port, so tests run on a fake clock.
 */
import type { Clock, RateLimits, TimerHandle } from '../ports.js';

/** Rejects waiters when the keeper closes (graceful stop). */
export class RateKeeperClosedError extends Error {
  override readonly name = 'RateKeeperClosedError';
  constructor() {
    super('rate keeper closed');
  }
}

export interface RateKeeper {
  /**
   * Runs `send` as soon as a message to `channelId` may go out, counting it as sent. `send`
   * starts synchronously at that moment (no event-loop turn in between), so the platform sees
   * the request when the keeper counted it; resolves or rejects with `send`'s outcome.
   */
  run<T>(channelId: string, send: () => Promise<T>): Promise<T>;
  /** Holds every send until `untilMs` (epoch ms), e.g. after a 429 with retry-after. */
  pauseUntil(untilMs: number): void;
  /** Waiters not yet let through. */
  waiting(): number;
  /** Rejects every waiter with RateKeeperClosedError; later acquires reject too. */
  close(): void;
}

const SECOND_MS = 1000;
const MINUTE_MS = 60_000;

interface Waiter { channelId: string; start: () => void; reject: (error: Error) => void }

/** A keeper for one platform's `limits`. */
export function createRateKeeper(limits: RateLimits, clock: Clock): RateKeeper {
  const window: number[] = [];
  let windowStart = 0;
  const lastPerChat = new Map<string, number>();
  const minutePerChat = new Map<string, number[]>();
  const waiters: Waiter[] = [];
  let timer: TimerHandle | null = null;
  let timerAt = Infinity;
  let pausedUntil = 0;
  let closed = false;
  let grants = 0;

  function chatWait(channelId: string, now: number): number {
    let wait = 0;
    const last = lastPerChat.get(channelId);
    if (limits.perChatIntervalMs && last !== undefined) wait = Math.max(wait, last + limits.perChatIntervalMs - now);
    const perMinute = limits.perGroupPerMinute;
    if (perMinute) {
      const sends = (minutePerChat.get(channelId) ?? []).filter((at) => at > now - MINUTE_MS);
      minutePerChat.set(channelId, sends);
      if (sends.length >= perMinute) wait = Math.max(wait, (sends[sends.length - perMinute] ?? now) + MINUTE_MS - now);
    }
    return wait;
  }

  function record(channelId: string, now: number): void {
    window.push(now);
    if (limits.perChatIntervalMs) lastPerChat.set(channelId, now);
    if (limits.perGroupPerMinute) minutePerChat.set(channelId, [...(minutePerChat.get(channelId) ?? []), now]);
    if (++grants % 1000 === 0) prune(now);
  }

  function prune(now: number): void {
    for (const [chat, at] of lastPerChat) if (at + (limits.perChatIntervalMs ?? 0) <= now) lastPerChat.delete(chat);
    for (const [chat, sends] of minutePerChat) if ((sends[sends.length - 1] ?? 0) <= now - MINUTE_MS) minutePerChat.delete(chat);
    window.splice(0, windowStart);
    windowStart = 0;
  }

  function arm(at: number, now: number): void {
    if (timer && timerAt <= at) return;
    if (timer) clock.clearTimer(timer);
    timerAt = at;
    timer = clock.setTimer(() => {
      timer = null;
      timerAt = Infinity;
      serve();
    }, Math.max(0, at - now));
  }

  function serve(): void {
    const now = clock.now();
    if (now < pausedUntil) {
      if (waiters.length > 0) arm(pausedUntil, now);
      return;
    }
    let soonest = Infinity;
    for (let index = 0; index < waiters.length;) {
      while (windowStart < window.length && (window[windowStart] ?? 0) <= now - SECOND_MS) windowStart++;
      if (window.length - windowStart >= limits.perSecond) {
        soonest = Math.min(soonest, (window[windowStart] ?? now) + SECOND_MS);
        break;
      }
      const waiter = waiters[index] as Waiter;
      const wait = chatWait(waiter.channelId, now);
      if (wait > 0) {
        soonest = Math.min(soonest, now + wait);
        index++;
        continue;
      }
      waiters.splice(index, 1);
      waiter.start();
      // Count the send at the time it actually left (after start), never earlier than the platform saw it.
      record(waiter.channelId, clock.now());
    }
    if (windowStart > 4096) prune(now);
    if (waiters.length > 0 && soonest < Infinity) arm(soonest, now);
  }

  return {
    run<T>(channelId: string, send: () => Promise<T>): Promise<T> {
      if (closed) return Promise.reject(new RateKeeperClosedError());
      return new Promise<T>((resolve, reject) => {
        const start = (): void => {
          try {
            send().then(resolve, reject);
          } catch (error) {
            reject(error);
          }
        };
        waiters.push({ channelId, start, reject });
        serve();
      });
    },
    pauseUntil(untilMs) {
      pausedUntil = Math.max(pausedUntil, untilMs);
    },
    waiting: () => waiters.length,
    close() {
      closed = true;
      if (timer) clock.clearTimer(timer);
      timer = null;
      for (const waiter of waiters.splice(0)) waiter.reject(new RateKeeperClosedError());
    },
  };
}
