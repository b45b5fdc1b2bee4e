/**
 * The console as a channel: scheduled breaking items are printed to the output stream
 * (stdout), one block per post, so `npm start` shows items arriving on their schedule.
 */
import type { OutgoingPost, Poster, RateLimits } from '../../core/ports.js';
import { renderReplyText } from './render-text.js';

/** The console channel's id; the console user subscribes it with /abonnieren. */
export const CONSOLE_CHANNEL_ID = 'console';

/** A terminal takes anything; the limit only keeps a flood readable, in messages per second. */
const CONSOLE_LIMITS: RateLimits = { perSecond: 50 };

export interface ConsolePosterOptions {
  output: NodeJS.WritableStream;
}

/** Prints each post's text; the message id is the delivery id (nothing to edit later). */
export function createConsolePoster(options: ConsolePosterOptions): Poster {
  return {
    platform: 'console',
    limits: CONSOLE_LIMITS,
    async post(_channelId: string, post: OutgoingPost) {
      await new Promise<void>((resolve, reject) => {
        options.output.write(`${renderReplyText(post.reply)}\n\n`, (error) => (error ? reject(error) : resolve()));
      });
      return { messageId: post.deliveryId };
    },
  };
}
