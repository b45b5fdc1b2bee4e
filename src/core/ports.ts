/**
 * Small ports the core talks through. Adapters implement them; tests use fakes.
 * Core never reads the wall clock or a platform library directly.
 */
import type { Reply } from './reply.js';
/** The Store port (items, subscriptions, delivery outbox, audit log), defined beside the schedule logic. */
export type { Store } from './schedule/store-port.js';

export type Platform = 'console' | 'telegram' | 'discord';
export type Locale = 'de' | 'en';

/** Time and timers, so schedule logic runs on a fake clock in tests. */
export interface Clock {
  /** Milliseconds since the Unix epoch. */
  now(): number;
  /** Calls `fn` once after `ms` milliseconds; returns a handle for `clearTimer`. */
  setTimer(fn: () => void, ms: number): TimerHandle;
  /** Cancels a timer; unknown or fired handles are ignored. */
  clearTimer(handle: TimerHandle): void;
}
export type TimerHandle = { readonly id: unknown };

/** A message from a reader or moderator, as every adapter hands it to the core. */
export interface Incoming {
  platform: Platform;
  /** Chat / channel the message came from (Telegram chat id, Discord channel id, "console"). */
  chatId: string;
  userId: string;
  userName?: string;
  /** UI language for framing text; article text stays German. */
  locale: Locale;
  /** The raw text (a question, or "/befehl args" when the platform did not parse it). */
  text: string;
  /** Set by the adapter from platform roles (Manage Server, chat admin, console user). */
  isModerator?: boolean;
  /** A command the platform already parsed (Discord slash command, Telegram entity). */
  command?: { name: string; args: string; options?: Record<string, string | number | boolean> };
}

/** Rates a platform allows; the delivery worker keeps to them. */
export interface RateLimits {
  /** Messages per second across all chats. */
  perSecond: number;
  /** Minimum milliseconds between two messages to the same chat (Telegram: 1000). */
  perChatIntervalMs?: number;
  /** Messages per minute into one group chat (Telegram: 20). */
  perGroupPerMinute?: number;
}

/** One breaking item rendered for a channel. */
export interface OutgoingPost {
  /** Delivery row id; stable across retries, so platforms can dedupe (Discord nonce). */
  deliveryId: string;
  itemId: string;
  reply: Reply;
}

/** Sends scheduled posts to one platform. Throws a PostError subclass on failure. */
export interface Poster {
  readonly platform: Platform;
  readonly limits: RateLimits;
  /** Posts to `channelId`; resolves with the platform's message id. */
  post(channelId: string, post: OutgoingPost): Promise<{ messageId: string }>;
}

/** Something main.ts starts and stops (an adapter, the scheduler, the HTTP server). */
export interface Service {
  readonly name: string;
  start(): Promise<void>;
  /** Stops gracefully; resolves when in-flight work is finished or released. */
  stop(): Promise<void>;
  /** Current state for /healthz. */
  state(): ServiceState;
}
export type ServiceState = 'idle' | 'starting' | 'running' | 'stopping' | 'stopped' | 'failed';
