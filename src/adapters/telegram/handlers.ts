/**
 * The update handlers: messages and channel posts -> bot.handle, button presses ->
 * bot.press (every callback answered), inline queries -> bot.answers. One try/catch per
 * update: a failure is logged (token-free) and the user gets the polite internal-error text.
 */
import { Composer, type Context } from 'grammy';
import type { Message } from 'grammy/types';
import type { Bot as CoreBot } from '../../core/bot.js';
import { message as text } from '../../core/messages.js';
import type { Incoming, Locale } from '../../core/ports.js';
import { decodeButtonAction, replyToPlainText, textReply, type Reply } from '../../core/reply.js';
import { renderReply } from './html.js';
import { classifyMessage, extractChannelRef, GROUP_ANONYMOUS_BOT_ID, localeOf, takesChannel, type Classified } from './incoming.js';
import { inlineResults } from './inline.js';
import type { AdminChecker } from './moderators.js';
import { redact } from './post-errors.js';

export interface HandlerLogger {
  warn(details: object, message?: string): void;
  error(details: object, message?: string): void;
  debug(details: object, message?: string): void;
}

export interface HandlerDeps {
  core: CoreBot;
  admins: AdminChecker;
  logger: HandlerLogger;
  token: string;
  /** A group became a supergroup: move its subscription (old chat id, new chat id). */
  onChatMigrated?: (fromChatId: string, toChatId: string) => Promise<void>;
}

const describe = (error: unknown, token: string) =>
  redact(error instanceof Error ? `${error.name}: ${error.message}` : String(error), token);

/** Sends a rendered reply into `chatId`; the first part answers `replyTo` when given. */
export async function sendReply(ctx: Context, chatId: number, reply: Reply, locale: Locale, replyTo?: number): Promise<void> {
  const messages = renderReply(reply, locale);
  for (const [index, part] of messages.entries()) {
    await ctx.api.sendMessage(chatId, part.html, {
      parse_mode: 'HTML',
      link_preview_options: { is_disabled: true },
      ...(part.keyboard ? { reply_markup: { inline_keyboard: part.keyboard } } : {}),
      ...(index === 0 && replyTo !== undefined ? { reply_parameters: { message_id: replyTo, allow_sending_without_reply: true } } : {}),
    });
  }
}

/** Is the sender allowed to run moderator commands in this chat? */
async function moderatorHere(message: Message, admins: AdminChecker): Promise<boolean> {
  const chat = message.chat;
  if (chat.type === 'channel') return true; // only a channel's admins can post in it
  if (chat.type === 'private') return false;
  if (message.sender_chat?.id === chat.id) return true; // anonymous group admin
  if (!message.from || message.from.id === GROUP_ANONYMOUS_BOT_ID) return false;
  return admins.isAdmin(chat.id, message.from.id);
}

/** Builds the Incoming; a command naming another channel targets it, if the sender administers it. */
async function toIncoming(ctx: Context, message: Message, found: Exclude<Classified, { kind: 'ignore' }>, deps: HandlerDeps): Promise<Incoming | Reply> {
  const from = message.from;
  const locale = localeOf(from?.language_code);
  const base: Incoming = {
    platform: 'telegram',
    chatId: String(message.chat.id),
    userId: String(from && from.id !== GROUP_ANONYMOUS_BOT_ID ? from.id : (message.sender_chat?.id ?? message.chat.id)),
    ...(from?.username ? { userName: from.username } : from?.first_name ? { userName: from.first_name } : {}),
    locale,
    text: found.kind === 'question' ? found.text : (message.text ?? ''),
  };
  if (found.kind === 'question') return base;
  const command = { name: found.name, args: found.args };
  const target = takesChannel(found.spec) ? extractChannelRef(found.args) : null;
  if (target && from) {
    let channel: { id: number; type: string };
    try {
      channel = await ctx.api.getChat(target.ref);
    } catch {
      return textReply(text(locale, 'telegram.channelNotFound', { channel: target.ref }));
    }
    const isModerator = channel.type !== 'private' && await deps.admins.isAdmin(channel.id, from.id);
    return { ...base, chatId: String(channel.id), isModerator,
      command: { name: found.name, args: target.rest, options: { kanal: String(channel.id) } } };
  }
  return { ...base, command, isModerator: await moderatorHere(message, deps.admins) };
}

async function onMessage(ctx: Context, message: Message, deps: HandlerDeps): Promise<void> {
  if (message.migrate_to_chat_id !== undefined) {
    await deps.onChatMigrated?.(String(message.chat.id), String(message.migrate_to_chat_id));
    return;
  }
  const me = ctx.me;
  const found = classifyMessage(message, { id: me.id, username: me.username });
  if (found.kind === 'ignore') return;
  const locale = localeOf(message.from?.language_code);
  const replyTo = message.chat.type === 'private' ? undefined : message.message_id;
  try {
    const incoming = await toIncoming(ctx, message, found, deps);
    const reply = 'platform' in incoming ? await deps.core.handle(incoming) : incoming;
    await sendReply(ctx, message.chat.id, reply, locale, replyTo);
  } catch (error) {
    deps.logger.error({ chatId: message.chat.id, error: describe(error, deps.token) }, 'telegram message failed');
    await ctx.api.sendMessage(message.chat.id, text(locale, 'error.internal')).catch(() => undefined);
  }
}

async function onCallback(ctx: Context, deps: HandlerDeps): Promise<void> {
  const query = ctx.callbackQuery!;
  const locale = localeOf(query.from.language_code);
  let alert: string | undefined;
  try {
    const action = query.data ? decodeButtonAction(query.data) : null;
    if (!action) return;
    const chat = query.message?.chat;
    const reply = await deps.core.press(action, {
      platform: 'telegram', chatId: String(chat?.id ?? query.from.id), userId: String(query.from.id),
      ...(query.from.username ? { userName: query.from.username } : {}), locale, text: '',
    });
    if (chat) await sendReply(ctx, chat.id, reply, locale);
    else alert = replyToPlainText(reply).slice(0, 200); // inline message: no chat to write into
  } catch (error) {
    deps.logger.error({ error: describe(error, deps.token) }, 'telegram button failed');
    alert = text(locale, 'error.internal').slice(0, 200);
  } finally {
    await ctx.api.answerCallbackQuery(query.id, alert ? { text: alert, show_alert: true } : {})
      .catch((error: unknown) => deps.logger.warn({ error: describe(error, deps.token) }, 'answerCallbackQuery failed'));
  }
}

async function onInline(ctx: Context, deps: HandlerDeps): Promise<void> {
  const query = ctx.inlineQuery!;
  const locale = localeOf(query.from.language_code);
  try {
    const question = query.query.trim();
    const results = question ? inlineResults(question, deps.core.answers(question, 5), locale) : [];
    await ctx.api.answerInlineQuery(query.id, results, { cache_time: 60, is_personal: false });
  } catch (error) {
    deps.logger.error({ error: describe(error, deps.token) }, 'telegram inline query failed');
  }
}

/** The middleware tree of the adapter (after dedupe and sequentialize). */
export function createHandlers(deps: HandlerDeps): Composer<Context> {
  const composer = new Composer<Context>();
  composer.on('message', (ctx) => onMessage(ctx, ctx.message, deps));
  composer.on('channel_post', (ctx) => onMessage(ctx, ctx.channelPost, deps));
  composer.on('callback_query', (ctx) => onCallback(ctx, deps));
  composer.on('inline_query', (ctx) => onInline(ctx, deps));
  return composer;
}
