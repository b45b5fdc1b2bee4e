/**
 * Error classes of the core. User-facing ones carry a code whose text comes from
 * messages.ts; platform failures are split into "refused for good", "try again" and
 * "moved", as grammY splits GrammyError from HttpError.
 */
import type { MessageCode } from './messages.js';

/** A problem the user can fix; its text is looked up by `code` in the locale's table. */
export class UserError extends Error {
  override readonly name = 'UserError';
  constructor(
    readonly code: MessageCode,
    readonly params: Record<string, string | number> = {},
    options?: { cause?: unknown },
  ) {
    super(code, options);
  }
}

/** Base of every failure to post to a platform. */
export abstract class PostError extends Error {
  abstract readonly permanent: boolean;
}

/** Network failure, 5xx or rate limit: retry later (after `retryAfterMs` when the platform said so). */
export class TransientPostError extends PostError {
  override readonly name = 'TransientPostError';
  readonly permanent = false;
  constructor(message: string, readonly retryAfterMs?: number, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** The platform refused for good (blocked, kicked, channel gone, no permission): disable the subscription. */
export class PermanentPostError extends PostError {
  override readonly name = 'PermanentPostError';
  readonly permanent = true;
  constructor(message: string, readonly code?: string | number, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** The chat moved (Telegram group -> supergroup): move the subscription to `newChannelId` and retry. */
export class ChannelMovedError extends PostError {
  override readonly name = 'ChannelMovedError';
  readonly permanent = false;
  constructor(readonly newChannelId: string, options?: { cause?: unknown }) {
    super(`chat moved to ${newChannelId}`, options);
  }
}
