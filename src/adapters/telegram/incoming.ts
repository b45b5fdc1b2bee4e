/**
 * Telegram messages -> what the core gets. Decides whether a message is meant for the bot
 * (a private chat always; a group only when the bot is mentioned or replied to; a
 * command everywhere), strips the mention, and maps Telegram command names back to the
 * catalogue. Pure functions over Bot API objects, so they test without a server.
 */
import type { Message, MessageEntity } from 'grammy/types';
import type { CommandSpec } from '../../core/commands.js';
import type { Locale } from '../../core/ports.js';
import { commandByTelegramName } from './commands-menu.js';

/** German by default; English for an English Telegram client (language_code "en", "en-GB"...). */
export function localeOf(languageCode: string | undefined): Locale {
  return languageCode?.toLowerCase().startsWith('en') ? 'en' : 'de';
}

export interface BotIdentity {
  id: number;
  username: string;
}

export type Classified =
  | { kind: 'ignore' }
  | { kind: 'question'; text: string }
  | { kind: 'command'; name: string; args: string; spec?: CommandSpec };

/** Telegram's user id that stands for an anonymous group administrator. */
export const GROUP_ANONYMOUS_BOT_ID = 1087968824;

/**
 * The message's entities; when a client or server sent none, the leading /command and
 * @mentions are derived from the text the way Telegram marks them.
 */
function entitiesOf(message: Message): MessageEntity[] {
  if (message.entities && message.entities.length > 0) return message.entities;
  const text = message.text ?? '';
  const derived: MessageEntity[] = [];
  const command = /^\/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,32})?/.exec(text);
  if (command) derived.push({ type: 'bot_command', offset: 0, length: command[0].length });
  for (const match of text.matchAll(/(?<![\w@])@[A-Za-z][A-Za-z0-9_]{3,31}/g)) {
    if (!command || match.index >= command[0].length) derived.push({ type: 'mention', offset: match.index, length: match[0].length });
  }
  return derived;
}

function mentionsBot(message: Message, text: string, bot: BotIdentity): MessageEntity | undefined {
  return entitiesOf(message).find((entity) =>
    (entity.type === 'mention' && text.slice(entity.offset, entity.offset + entity.length).toLowerCase() === `@${bot.username.toLowerCase()}`)
    || (entity.type === 'text_mention' && entity.user.id === bot.id));
}

/** Classifies a text message (or channel post) for the bot: a question, a command, or not for us. */
export function classifyMessage(message: Message, bot: BotIdentity): Classified {
  const text = message.text ?? '';
  if (!text.trim()) return { kind: 'ignore' };
  if (message.from?.is_bot && message.from.id !== GROUP_ANONYMOUS_BOT_ID) return { kind: 'ignore' };
  const isPrivate = message.chat.type === 'private';

  const command = entitiesOf(message).find((entity) => entity.type === 'bot_command' && entity.offset === 0);
  if (command) {
    const [rawName = '', target] = text.slice(1, command.length).split('@');
    if (target && target.toLowerCase() !== bot.username.toLowerCase()) return { kind: 'ignore' };
    const name = rawName.toLowerCase();
    const spec = commandByTelegramName(name);
    // In groups, an unaddressed command we do not know belongs to another bot.
    if (!isPrivate && !target && !spec && name !== 'start') return { kind: 'ignore' };
    const args = text.slice(command.length).trim();
    return spec ? { kind: 'command', name: spec.name, args, spec } : { kind: 'command', name, args };
  }

  if (isPrivate) return { kind: 'question', text: text.trim() };

  const mention = mentionsBot(message, text, bot);
  if (mention) {
    const stripped = `${text.slice(0, mention.offset)} ${text.slice(mention.offset + mention.length)}`;
    return { kind: 'question', text: stripped.replace(/\s+/g, ' ').replace(/\s+([,.;:!?])/g, '$1').replace(/^[\s,:;–-]+/, '').trim() };
  }
  if (message.reply_to_message?.from?.id === bot.id) return { kind: 'question', text: text.trim() };
  return { kind: 'ignore' };
}

/** A channel reference in a command's arguments: `@username` or a numeric chat id (-100…). */
export function extractChannelRef(args: string): { ref: string; rest: string } | null {
  const tokens = args.split(/\s+/).filter(Boolean);
  const index = tokens.findIndex((token) => /^@[A-Za-z][A-Za-z0-9_]{3,31}$/.test(token) || /^-\d{5,20}$/.test(token));
  if (index < 0) return null;
  const ref = tokens[index]!;
  tokens.splice(index, 1);
  return { ref, rest: tokens.join(' ') };
}

/** True when the command has a channel option (so it may target another chat). */
export const takesChannel = (spec: CommandSpec | undefined): boolean =>
  Boolean(spec?.options.some((option) => option.type === 'channel'));
