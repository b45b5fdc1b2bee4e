/**
 * Starts the real discord.js client (through our adapter) against the fake Discord, over
 * the real bot core with the seed article, and tears both down again.
 */
import { pino } from 'pino';
import { createDiscordAdapter, type DiscordAdapter } from '../../../src/adapters/discord/discord-adapter.js';
import { createBot, type Bot, type ModeratorCommands } from '../../../src/core/bot.js';
import { createMetrics, type MetricsRegistry } from '../../../src/core/metrics.js';
import type { Answer } from '../../../src/core/reply.js';
import { systemClock } from '../../../src/system-clock.js';
import { startFakeDiscord, type FakeDiscord } from '../../fakes/discord-fake.js';
import { createRecordingAnswerer, seedArticle, storiesOf } from '../../helpers/stories.js';

export interface Harness {
  fake: FakeDiscord;
  adapter: DiscordAdapter;
  bot: Bot;
  metrics: MetricsRegistry;
  asked: string[];
  close(): Promise<void>;
}

/** An answer quoting the seed article's lead, as the QA engine would give it. */
export function seedAnswer(): Answer {
  const article = seedArticle();
  const lead = article.sections[0]!;
  const paragraph = lead.paragraphs[0]!;
  return {
    answered: true, text: paragraph.text, articleId: article.id, sectionId: lead.id,
    citations: [{ id: paragraph.id, section: 'Einleitung', text: paragraph.text }],
  };
}

export interface HarnessOptions {
  moderation?: ModeratorCommands;
  /** Register globally (no DISCORD_GUILD_ID). */
  global?: boolean;
  deferAfterMs?: number;
  answer?: Answer;
  /** Per-user question limit of the core (default: effectively none). */
  questionRate?: { count: number; windowMs: number };
  /** Reuse a running fake (a restart); closing the harness then leaves it running. */
  fake?: FakeDiscord;
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const fake = options.fake ?? await startFakeDiscord();
  const answerer = createRecordingAnswerer(options.answer ?? seedAnswer());
  const bot = createBot({
    stories: storiesOf([seedArticle()], answerer), clock: systemClock, questionMaxChars: 500,
    moderation: options.moderation, questionRate: options.questionRate ?? { count: 100, windowMs: 1000 },
  });
  const metrics = createMetrics();
  const adapter = createDiscordAdapter({
    config: { DISCORD_TOKEN: fake.token, DISCORD_APPLICATION_ID: fake.applicationId, DISCORD_REST_API: fake.api,
      DISCORD_GUILD_ID: options.global ? undefined : fake.guildId },
    bot, logger: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }), metrics, deferAfterMs: options.deferAfterMs,
  });
  await adapter.start();
  return {
    fake, adapter, bot, metrics, asked: answerer.asked,
    async close() { await adapter.stop(); if (!options.fake) await fake.close(); },
  };
}
