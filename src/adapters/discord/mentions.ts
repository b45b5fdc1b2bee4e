/**
 * Mentions, replies and DMs: the bot answers a message that @mentions it, replies to it,
 * or is written to it directly. Discord delivers the content of exactly these messages
 * without the privileged MessageContent intent, so the bot never asks for it.
 */
import type { Message } from 'discord.js';
import type { Logger } from 'pino';
import type { Bot } from '../../core/bot.js';
import { incomingFromMessage, isAddressedToBot } from './incoming.js';
import { toDiscordOptions } from './interactions.js';
import { renderMessage } from './render.js';

export interface MentionDeps {
  bot: Bot;
  logger: Logger;
  /** The bot's own user id (known after READY). */
  botId: () => string | undefined;
  onHandled?: (ms: number, ok: boolean) => void;
}

/** Creates the `messageCreate` listener; it never throws. */
export function createMentionHandler(deps: MentionDeps): (message: Message) => Promise<void> {
  return async (message) => {
    const botId = deps.botId();
    if (!botId || !isAddressedToBot(message, botId)) return;
    const started = performance.now();
    try {
      const incoming = incomingFromMessage(message, botId);
      const reply = await deps.bot.handle(incoming);
      if (reply.silent) return;
      const { flags: _flags, ...body } = toDiscordOptions(renderMessage(reply, incoming.locale, { ephemeral: false }));
      await message.reply({ ...body, failIfNotExists: false });
      deps.onHandled?.(performance.now() - started, true);
    } catch (error) {
      deps.onHandled?.(performance.now() - started, false);
      deps.logger.error({ err: error, channel: message.channelId }, 'answering a mention failed');
    }
  };
}
