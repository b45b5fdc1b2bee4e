/**
 * What the fake Bot API checks per method, from https://core.telegram.org/bots/api:
 * the limits a real server enforces, so a malformed call fails in tests as it would live.
 */
import { parseTelegramHtml } from './telegram-html.js';

export interface FakeChat {
  id: number;
  type: 'private' | 'group' | 'supergroup' | 'channel';
  title?: string;
  username?: string;
}

export interface FakeState {
  botUser: { id: number; is_bot: true; first_name: string; username: string };
  chats: Map<string, FakeChat>;
  members: Map<string, string>;
  messageIds: Map<string, number>;
}

export type Outcome = { ok: true; result: unknown } | { ok: false; code: number; description: string };

const bad = (description: string): Outcome => ({ ok: false, code: 400, description: `Bad Request: ${description}` });
const ok = (result: unknown): Outcome => ({ ok: true, result });
const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

function resolveChat(state: FakeState, chatId: unknown): FakeChat | null {
  if (typeof chatId === 'string' && chatId.startsWith('@')) return state.chats.get(chatId.toLowerCase()) ?? null;
  const id = Number(chatId);
  if (!Number.isSafeInteger(id) || id === 0) return null;
  return state.chats.get(String(id)) ?? { id, type: id > 0 ? 'private' : 'supergroup', ...(id > 0 ? {} : { title: `Chat ${id}` }) };
}

/** Checks text + parse_mode as sendMessage does; returns an error description or null. */
export function checkText(text: unknown, parseMode: unknown, field = 'message text'): string | null {
  if (typeof text !== 'string') return `${field} is empty`;
  let visible = text;
  if (parseMode !== undefined) {
    if (parseMode !== 'HTML' && parseMode !== 'MarkdownV2' && parseMode !== 'Markdown') return 'unsupported parse_mode';
    if (parseMode !== 'HTML') return 'the fake only checks parse_mode HTML';
    const parsed = parseTelegramHtml(text);
    if (!parsed.ok) return `can't parse entities: ${parsed.error}`;
    visible = parsed.text;
  }
  if (visible.trim().length === 0) return `${field} is empty`;
  if (visible.length > 4096) return `${field} is too long`;
  return null;
}

/** Checks an InlineKeyboardMarkup; returns an error description or null. */
export function checkReplyMarkup(markup: unknown): string | null {
  if (markup === undefined) return null;
  if (typeof markup !== 'object' || markup === null) return "can't parse reply keyboard markup JSON object";
  const keyboard = (markup as { inline_keyboard?: unknown }).inline_keyboard;
  if (keyboard === undefined) return null;
  if (!Array.isArray(keyboard) || !keyboard.every(Array.isArray)) return 'inline keyboard must be an array of arrays';
  for (const button of keyboard.flat() as Record<string, unknown>[]) {
    if (typeof button?.text !== 'string' || !button.text.trim()) return 'text buttons are unallowed in the inline keyboard';
    const kinds = ['url', 'callback_data', 'switch_inline_query', 'switch_inline_query_current_chat', 'web_app', 'login_url', 'pay', 'copy_text']
      .filter((key) => button[key] !== undefined);
    if (kinds.length !== 1) return 'inline keyboard button must have exactly one optional field';
    if (button.callback_data !== undefined) {
      if (typeof button.callback_data !== 'string') return 'callback_data must be a string';
      const size = bytes(button.callback_data);
      if (size < 1 || size > 64) return 'BUTTON_DATA_INVALID';
    }
  }
  return null;
}

function checkCommands(payload: Record<string, unknown>): string | null {
  const commands = payload['commands'];
  if (!Array.isArray(commands) || commands.length === 0 || commands.length > 100) return 'commands must be a non-empty list of at most 100';
  const seen = new Set<string>();
  for (const command of commands as Record<string, unknown>[]) {
    if (typeof command.command !== 'string' || !/^[a-z0-9_]{1,32}$/.test(command.command)) return 'BOT_COMMAND_INVALID';
    if (seen.has(command.command)) return 'command is duplicated';
    seen.add(command.command);
    if (typeof command.description !== 'string' || command.description.length < 1 || command.description.length > 256) return 'BOT_COMMAND_DESCRIPTION_INVALID';
  }
  const language = payload['language_code'];
  if (language !== undefined && language !== '' && !/^[a-z]{2}$/.test(String(language))) return 'LANG_CODE_INVALID';
  return null;
}

function member(state: FakeState, chat: FakeChat, userId: number) {
  const status = state.members.get(`${chat.id}:${userId}`) ?? 'member';
  const user = { id: userId, is_bot: userId === state.botUser.id, first_name: `User ${userId}` };
  if (status === 'administrator') {
    return { status, user, can_be_edited: false, is_anonymous: false, can_manage_chat: true, can_delete_messages: true, can_manage_video_chats: true,
      can_restrict_members: true, can_promote_members: false, can_change_info: true, can_invite_users: true, can_post_stories: false,
      can_edit_stories: false, can_delete_stories: false, can_post_messages: true };
  }
  if (status === 'creator') return { status, user, is_anonymous: false };
  if (status === 'kicked') return { status, user, until_date: 0 };
  return { status, user };
}

function sentMessage(state: FakeState, chat: FakeChat, text: string, markup: unknown) {
  const next = (state.messageIds.get(String(chat.id)) ?? 0) + 1;
  state.messageIds.set(String(chat.id), next);
  const parsed = parseTelegramHtml(text);
  return { message_id: next, date: Math.floor(Date.now() / 1000), chat, text: parsed.ok ? parsed.text : text,
    ...(chat.type === 'channel' ? { sender_chat: chat } : { from: state.botUser }), ...(markup ? { reply_markup: markup } : {}) };
}

/** Validates one Bot API call and produces Telegram's answer. */
export function checkCall(method: string, payload: Record<string, unknown>, state: FakeState): Outcome {
  switch (method) {
    case 'getMe': return ok({ ...state.botUser, can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: true });
    case 'deleteWebhook': return ok(true);
    case 'getWebhookInfo': return ok({ url: '', has_custom_certificate: false, pending_update_count: 0 });
    case 'setWebhook': {
      const url = String(payload['url'] ?? '');
      if (!/^https:\/\/[^\s/]+/.test(url)) return bad('bad webhook: An HTTPS URL must be provided for webhook');
      const secret = payload['secret_token'];
      if (secret !== undefined && !/^[A-Za-z0-9_-]{1,256}$/.test(String(secret))) return bad('bad webhook: secret token contains unallowed characters');
      return ok(true);
    }
    case 'setMyCommands': { const problem = checkCommands(payload); return problem ? bad(problem) : ok(true); }
    case 'deleteMyCommands': return ok(true);
    case 'sendChatAction': return ok(true);
    case 'sendMessage': {
      const chat = resolveChat(state, payload['chat_id']);
      if (!chat) return bad('chat not found');
      const problem = checkText(payload['text'], payload['parse_mode']) ?? checkReplyMarkup(payload['reply_markup']);
      if (problem) return bad(problem);
      return ok(sentMessage(state, chat, String(payload['text']), payload['reply_markup']));
    }
    case 'editMessageText': {
      const problem = checkText(payload['text'], payload['parse_mode']) ?? checkReplyMarkup(payload['reply_markup']);
      if (problem) return bad(problem);
      if (payload['inline_message_id'] !== undefined) return ok(true);
      const chat = resolveChat(state, payload['chat_id']);
      if (!chat || payload['message_id'] === undefined) return bad('message to edit not found');
      return ok({ message_id: Number(payload['message_id']), date: 0, chat, text: String(payload['text']) });
    }
    case 'answerCallbackQuery': {
      if (typeof payload['callback_query_id'] !== 'string' || !payload['callback_query_id']) return bad('query is too old and response timeout expired or query ID is invalid');
      const text = payload['text'];
      if (text !== undefined && (typeof text !== 'string' || text.length > 200)) return bad('MESSAGE_TOO_LONG');
      return ok(true);
    }
    case 'answerInlineQuery': {
      if (typeof payload['inline_query_id'] !== 'string' || !payload['inline_query_id']) return bad('query is too old and response timeout expired or query ID is invalid');
      const results = payload['results'];
      if (!Array.isArray(results)) return bad('results must be an array');
      if (results.length > 50) return bad('RESULTS_TOO_MUCH');
      const ids = new Set<string>();
      for (const result of results as Record<string, unknown>[]) {
        const id = String(result['id'] ?? '');
        if (bytes(id) < 1 || bytes(id) > 64 || ids.has(id)) return bad('RESULT_ID_INVALID');
        ids.add(id);
        if (result['type'] !== 'article') return bad('the fake only knows result type article');
        if (typeof result['title'] !== 'string' || !result['title'].trim()) return bad('RESULT_TITLE_EMPTY');
        const content = result['input_message_content'] as Record<string, unknown> | undefined;
        const problem = checkText(content?.['message_text'], content?.['parse_mode']) ?? checkReplyMarkup(result['reply_markup']);
        if (problem) return bad(problem);
      }
      return ok(true);
    }
    case 'getChatMember': {
      const chat = resolveChat(state, payload['chat_id']);
      const userId = Number(payload['user_id']);
      if (!chat) return bad('chat not found');
      if (!Number.isSafeInteger(userId) || userId <= 0) return bad('invalid user_id specified');
      return ok(member(state, chat, userId));
    }
    case 'getChat': {
      const chat = resolveChat(state, payload['chat_id']);
      if (!chat || (typeof payload['chat_id'] === 'string' && payload['chat_id'].startsWith('@') && !chat)) return bad('chat not found');
      if (chat.type !== 'private' && !state.chats.has(String(chat.id))) return bad('chat not found');
      return ok({ ...chat, accent_color_id: 0, max_reaction_count: 11 });
    }
    default:
      return { ok: false, code: 404, description: 'Not Found: method not found' };
  }
}
