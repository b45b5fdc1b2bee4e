/**
 * The Telegram Poster: sends scheduled breaking items through the delivery port within
 * Telegram's limits. It throttles per chat and overall, waits out a 429's retry_after
 * and tries again (a few times), and otherwise throws the core's typed PostErrors so the
 * worker can retry later, disable the subscription (403) or move it (migrate_to_chat_id).
 */
import type { Api } from 'grammy';
import { TransientPostError } from '../../core/errors.js';
import type { Clock, OutgoingPost, Poster, RateLimits } from '../../core/ports.js';
import { renderReply } from './html.js';
import { retryAfterMs, toPostError } from './post-errors.js';
import { createThrottle, type Throttle } from './throttle.js';

/** Telegram's documented limits for bots that post to many chats. */
export const TELEGRAM_LIMITS: RateLimits = { perSecond: 30, perChatIntervalMs: 1000, perGroupPerMinute: 20 };

export interface TelegramPosterOptions {
  /** A grammY Api WITHOUT auto-retry, so 429s reach the poster's own handling. */
  api: Api;
  /** Only used to redact error texts. */
  token: string;
  clock: Clock;
  limits?: RateLimits;
  /** 429 retries per message before giving up with a TransientPostError. */
  maxRateLimitRetries?: number;
  /** Longest retry_after waited in place, in ms; longer ones go back to the worker. */
  maxInlineWaitMs?: number;
  /** Shared throttle (e.g. with other senders of the same bot); one is created otherwise. */
  throttle?: Throttle;
}

/** A Bot API chat id: numeric ids as numbers, `@channelusername` as is. */
export function toChatId(channelId: string): number | string {
  return /^-?\d+$/.test(channelId) ? Number(channelId) : channelId;
}

export function createTelegramPoster(options: TelegramPosterOptions): Poster & { throttle: Throttle } {
  const limits = options.limits ?? TELEGRAM_LIMITS;
  const throttle = options.throttle ?? createThrottle(limits, options.clock);
  const maxRetries = options.maxRateLimitRetries ?? 3;
  const maxWaitMs = options.maxInlineWaitMs ?? 30_000;

  async function sendOne(channelId: string, html: string, keyboard: unknown): Promise<number> {
    for (let attempt = 0; ; attempt++) {
      await throttle.acquire(channelId);
      try {
        const message = await options.api.sendMessage(toChatId(channelId), html, {
          parse_mode: 'HTML',
          link_preview_options: { is_disabled: true },
          ...(keyboard ? { reply_markup: { inline_keyboard: keyboard as never } } : {}),
        });
        return message.message_id;
      } catch (error) {
        const waitMs = retryAfterMs(error);
        if (waitMs === undefined) throw toPostError(error, options.token);
        throttle.pauseAll(waitMs);
        if (attempt >= maxRetries || waitMs > maxWaitMs) {
          throw new TransientPostError(`429 rate limited after ${attempt + 1} attempts`, waitMs, { cause: error });
        }
      }
    }
  }

  return {
    platform: 'telegram',
    limits,
    throttle,
    async post(channelId: string, post: OutgoingPost) {
      const messages = renderReply(post.reply, 'de');
      if (messages.length === 0) throw new TransientPostError(`item ${post.itemId} renders to no message`);
      let first: number | undefined;
      for (const message of messages) {
        const id = await sendOne(channelId, message.html, message.keyboard);
        first ??= id;
      }
      return { messageId: String(first) };
    },
  };
}
