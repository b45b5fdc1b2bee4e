/**
 * The Discord Poster: posts scheduled breaking items to a channel as embeds over REST.
 * Each post carries a nonce derived from the delivery id with enforce_nonce, so a retry
 * after a lost response does not post twice. Rate limits are left to @discordjs/rest
 * (it waits and retries); refusals map to the core's PostError classes.
 */
import { createHash } from 'node:crypto';
import { DiscordAPIError, HTTPError, Routes, type REST } from 'discord.js';
import { PermanentPostError, TransientPostError } from '../../core/errors.js';
import type { Locale, OutgoingPost, Poster } from '../../core/ports.js';
import { renderMessage } from './render.js';

/** Discord's global limit: 50 requests per second per bot. */
export const DISCORD_LIMITS = { perSecond: 50 } as const;

/** Max chars of a message nonce (Discord docs: integer or string, up to 25 chars). */
const NONCE_MAX = 25;

/** API error codes that mean "this channel is lost to us": disable the subscription. */
export const PERMANENT_CODES: Readonly<Record<number, string>> = {
  10003: 'Unknown Channel: the channel was deleted',
  50001: 'Missing Access: the bot cannot see this channel',
  50013: 'Missing Permissions: the bot may not post embeds in this channel',
};

/** Same delivery -> same nonce; <= 25 chars of base64url. */
export function nonceFor(deliveryId: string): string {
  return createHash('sha256').update(deliveryId).digest('base64url').slice(0, NONCE_MAX);
}

/** Maps a REST failure to "disable for good" or "try later". */
export function toPostError(error: unknown, channelId: string): Error {
  if (error instanceof DiscordAPIError) {
    const code = typeof error.code === 'number' ? error.code : Number(error.code);
    const reason = PERMANENT_CODES[code];
    if (reason) return new PermanentPostError(`${reason} (Discord code ${code}, channel ${channelId})`, code, { cause: error });
    if (error.status === 401) return new PermanentPostError(`Unauthorized: the bot token was rejected (${code})`, code, { cause: error });
    return new TransientPostError(`Discord refused the post: ${error.message} (${code})`, undefined, { cause: error });
  }
  if (error instanceof HTTPError) return new TransientPostError(`Discord answered ${error.status}`, undefined, { cause: error });
  const text = error instanceof Error ? error.message : String(error);
  return new TransientPostError(`network failure posting to Discord: ${text}`, undefined, { cause: error });
}

export interface DiscordPosterDeps {
  rest: REST;
  /** Language of framing text in posts (footer label). */
  locale?: Locale;
}

/** Creates the Poster the delivery worker calls for `platform: 'discord'` subscriptions. */
export function createDiscordPoster(deps: DiscordPosterDeps): Poster {
  const locale = deps.locale ?? 'de';
  return {
    platform: 'discord',
    limits: DISCORD_LIMITS,
    async post(channelId: string, post: OutgoingPost): Promise<{ messageId: string }> {
      const { flags: _flags, ...body } = renderMessage(post.reply, locale, { ephemeral: false });
      try {
        const created = await deps.rest.post(Routes.channelMessages(channelId), {
          body: { ...body, nonce: nonceFor(post.deliveryId), enforce_nonce: true },
        }) as { id: string };
        return { messageId: created.id };
      } catch (error) {
        throw toPostError(error, channelId);
      }
    },
  };
}
