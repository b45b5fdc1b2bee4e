/**
 * Keeps outgoing posts within Telegram's limits: about 30 messages/s overall, 1/s per
 * chat, 20/min per group or channel. Each send reserves its slot synchronously, so many
 * concurrent posts queue in order instead of bursting into a 429 storm; a 429 pauses all.
 */
import type { Clock, RateLimits } from '../../core/ports.js';

export interface Throttle {
  /** Resolves when a message to `chatId` may be sent now (reserving that slot). */
  acquire(chatId: string): Promise<void>;
  /** Holds every send for `ms` milliseconds (after a 429's retry_after). */
  pauseAll(ms: number): void;
}

const MINUTE_MS = 60_000;

/** Group and channel chat ids are negative in the Bot API; private chats are positive. */
export const isGroupChat = (chatId: string) => chatId.startsWith('-');

export function createThrottle(limits: RateLimits, clock: Clock): Throttle {
  // 5% headroom, whole ms: 30/s becomes one send per 35 ms, so network jitter never packs
  // 31 messages into one second on Telegram's side.
  const spacingMs = Math.ceil((1000 / limits.perSecond) * 1.05);
  const perChatMs = limits.perChatIntervalMs ?? 0;
  const perGroup = limits.perGroupPerMinute ?? Infinity;
  let nextGlobal = 0;
  let pausedUntil = 0;
  const nextByChat = new Map<string, number>();
  const groupSends = new Map<string, number[]>();

  const sleep = (ms: number) => new Promise<void>((resolve) => { clock.setTimer(resolve, Math.max(0, ms)); });

  const prune = (now: number) => {
    if (nextByChat.size < 10_000) return;
    for (const [chat, at] of nextByChat) if (at < now) nextByChat.delete(chat);
    for (const [chat, sends] of groupSends) if ((sends.at(-1) ?? 0) + MINUTE_MS < now) groupSends.delete(chat);
  };

  const reserve = (chatId: string): number => {
    const now = clock.now();
    prune(now);
    let at = Math.max(now, nextGlobal, pausedUntil, nextByChat.get(chatId) ?? 0);
    if (isGroupChat(chatId) && Number.isFinite(perGroup)) {
      const sends = (groupSends.get(chatId) ?? []).filter((sent) => sent + MINUTE_MS > now);
      if (sends.length >= perGroup) at = Math.max(at, sends[sends.length - perGroup]! + MINUTE_MS);
      sends.push(at);
      groupSends.set(chatId, sends);
    }
    nextGlobal = at + spacingMs;
    if (perChatMs > 0) nextByChat.set(chatId, at + perChatMs);
    return at;
  };

  return {
    async acquire(chatId) {
      for (;;) {
        const wait = reserve(chatId) - clock.now();
        if (wait > 0) await sleep(wait);
        if (pausedUntil <= clock.now()) return;
        // A 429 arrived while we waited: queue again behind the pause, spaced like everyone else
        // (waking all waiters at the end of the pause would be a burst into the next 429).
      }
    },
    pauseAll(ms) {
      pausedUntil = Math.max(pausedUntil, clock.now() + ms);
    },
  };
}
