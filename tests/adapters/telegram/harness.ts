/**
 * End-to-end harness: the real grammY client (long polling via @grammyjs/runner, or
 * webhook mode) against the fake Bot API server, over the real core bot.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { createTelegramAdapter, type TelegramAdapter, type TelegramAdapterOptions } from '../../../src/adapters/telegram/telegram-adapter.js';
import { createMemoryUpdateLog, type UpdateLog } from '../../../src/adapters/telegram/update-log.js';
import { createBot, type Bot, type ModeratorCommands } from '../../../src/core/bot.js';
import type { Answer } from '../../../src/core/reply.js';
import { systemClock } from '../../../src/system-clock.js';
import { startFakeTelegram, type FakeTelegram, type RecordedCall } from '../../fakes/telegram-api-server.js';
import { createRecordingAnswerer, seedArticle, storiesOf } from '../../helpers/stories.js';

export const ARTICLE_ID = seedArticle().id;

/** A fixed answer quoting the seed article, so tests check the adapter, not QA. */
export const KIM_ANSWER: Answer = {
  answered: true,
  text: 'Es ist unklar, was Kim Jong Un im Gegenzug erhalten haben könnte.',
  articleId: ARTICLE_ID,
  sectionId: 's1',
  citations: [{ id: 's1.p1', section: 'Was bekommt Kim Jong Un von Wladimir Putin?', text: 'Es ist unklar, was Kim Jong Un im Gegenzug erhalten haben könnte.' }],
};

export interface Harness {
  fake: FakeTelegram;
  adapter: TelegramAdapter;
  core: Bot;
  asked: string[];
  updateLog: UpdateLog;
  /** Resolves once every update id given has been handled (or skipped) by the adapter. */
  waitHandled(ids: number[], timeoutMs?: number): Promise<void>;
  /** sendMessage calls (ok ones) recorded from index `since`. */
  sent(since?: number): RecordedCall[];
  stop(): Promise<void>;
}

export interface HarnessOptions {
  moderation?: ModeratorCommands;
  answer?: Answer;
  fake?: FakeTelegram;
  updateLog?: UpdateLog;
  webhook?: { url: string; secret: string };
  extra?: Partial<TelegramAdapterOptions>;
  questionRate?: { count: number; windowMs: number };
  /** Wraps the real core bot (e.g. to make it fail). */
  wrapCore?: (core: Bot) => Bot;
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const fake = options.fake ?? await startFakeTelegram();
  const answerer = createRecordingAnswerer(options.answer ?? KIM_ANSWER);
  const core = createBot({
    stories: storiesOf([seedArticle()], answerer), clock: systemClock, questionMaxChars: 500,
    ...(options.moderation ? { moderation: options.moderation } : {}),
    questionRate: options.questionRate ?? { count: 5, windowMs: 30_000 },
  });
  const memoryLog = createMemoryUpdateLog();
  const updateLog = options.updateLog ?? memoryLog;
  const adapter = createTelegramAdapter({
    config: {
      TELEGRAM_BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.apiRoot, DATA_DIR: mkdtempSync(join(tmpdir(), 'tg-')),
      ...(options.webhook ? { TELEGRAM_WEBHOOK_URL: options.webhook.url, TELEGRAM_WEBHOOK_SECRET: options.webhook.secret, HTTP_PORT: 0 as never } : {}),
    },
    bot: options.wrapCore ? options.wrapCore(core) : core,
    logger: pino({ level: 'silent' }),
    updateLog,
    pollTimeoutSeconds: 2,
    ...options.extra,
  });
  await adapter.start();
  return {
    fake, adapter, core, asked: answerer.asked, updateLog,
    async waitHandled(ids, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        await updateLog.flush();
        const done = new Set(options.updateLog ? [] : memoryLog.persisted());
        if (ids.every((id) => done.has(id))) return;
        if (Date.now() > deadline) throw new Error(`updates ${ids.join(', ')} not handled in time`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    sent: (since = 0) => fake.calls.slice(since).filter((call) => call.method === 'sendMessage' && call.ok),
    async stop() {
      await adapter.stop();
      if (!options.fake) await fake.close();
    },
  };
}

let nextMessageId = 1;

export interface UserSpec { id: number; language_code?: string; username?: string }
export const ANNA: UserSpec = { id: 501, language_code: 'de', username: 'anna' };
export const JOHN: UserSpec = { id: 502, language_code: 'en-GB', username: 'john' };

type Chat = { id: number; type: 'private' | 'group' | 'supergroup' | 'channel'; title?: string };
export const privateChat = (user: UserSpec): Chat => ({ id: user.id, type: 'private' });
export const GROUP: Chat = { id: -1001234567890, type: 'supergroup', title: 'Leserrunde' };

/** Entities Telegram would send: a leading bot_command and every @mention. */
function entities(text: string) {
  const found: { type: string; offset: number; length: number }[] = [];
  const command = /^\/[A-Za-z0-9_]+(@[A-Za-z0-9_]+)?/.exec(text);
  if (command) found.push({ type: 'bot_command', offset: 0, length: command[0].length });
  for (const match of text.matchAll(/@[A-Za-z][A-Za-z0-9_]{3,31}/g)) {
    if (command && match.index < command[0].length) continue;
    found.push({ type: 'mention', offset: match.index, length: match[0].length });
  }
  return found;
}

/** A message update from `user` in `chat`. */
export function messageUpdate(text: string, user: UserSpec, chat: Chat = privateChat(user), extra: Record<string, unknown> = {}) {
  const message = {
    message_id: nextMessageId++, date: Math.floor(Date.now() / 1000), chat,
    from: { id: user.id, is_bot: false, first_name: user.username ?? 'Leser', ...(user.username ? { username: user.username } : {}), ...(user.language_code ? { language_code: user.language_code } : {}) },
    text, ...(entities(text).length > 0 ? { entities: entities(text) } : {}), ...extra,
  };
  return { message };
}

/** A channel post (no `from`; the channel is the sender). */
export function channelPostUpdate(text: string, channel: Chat) {
  return { channel_post: { message_id: nextMessageId++, date: Math.floor(Date.now() / 1000), chat: channel, sender_chat: channel, text, ...(entities(text).length > 0 ? { entities: entities(text) } : {}) } };
}

/** The visible text of a sendMessage call (HTML tags stripped, entities decoded). */
export function visibleText(call: RecordedCall): string {
  return String(call.payload['text']).replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

/** Waits until nothing new was recorded for `quietMs` (to assert that nothing was sent). */
export async function settle(fake: FakeTelegram, quietMs = 300): Promise<void> {
  const busy = () => fake.calls.filter((call) => call.method !== 'getUpdates').length;
  let count = -1;
  while (count !== busy()) {
    count = busy();
    await new Promise((resolve) => setTimeout(resolve, quietMs));
  }
}
