/**
 * Composition root: config -> logger -> content -> core -> adapters; signals -> stop().
 * The only file that knows every piece.
 */
import { createConsoleAdapter } from './adapters/console/console-adapter.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { createLibrary } from './content/library.js';
import { bundledArticlesDir } from './content/paths.js';
import { createBot } from './core/bot.js';
import type { Poster, Service } from './core/ports.js';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { createConsolePoster } from './adapters/console/console-poster.js';
import { createDiscordAdapter } from './adapters/discord/discord-adapter.js';
import { createTelegramAdapter } from './adapters/telegram/telegram-adapter.js';
import { createStoreUpdateLog } from './adapters/telegram/update-log.js';
import { createCronService, validateCron } from './adapters/cron/cron-service.js';
import { createHttpServer } from './adapters/http/http-server.js';
import { createSqliteStore } from './adapters/store/sqlite-store.js';
import { createMetrics } from './core/metrics.js';
import { createDeliveryWorker, type DeliveryWorker } from './core/schedule/delivery-worker.js';
import { createModeration } from './core/schedule/moderation.js';
import { createScheduler } from './core/schedule/scheduler.js';
import { createQaEngine } from './core/qa/engine.js';
import { createLogger } from './logger.js';
import { systemClock } from './system-clock.js';

/** How often the content folder is re-scanned for new or edited articles, in ms. */
const RESCAN_INTERVAL_MS = 5_000;
/** Longest graceful shutdown before the process exits anyway, in ms. */
const SHUTDOWN_DEADLINE_MS = 9_000;

function readConfig(): Config {
  try {
    return loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(78);
    }
    throw error;
  }
}

async function main(): Promise<void> {
  const config = readConfig();
  const usePlatforms = Boolean(config.TELEGRAM_BOT_TOKEN || config.DISCORD_TOKEN);
  const logLevel = config.LOG_LEVEL ?? (usePlatforms ? 'info' : 'warn');
  const logger = createLogger(logLevel, [config.TELEGRAM_BOT_TOKEN, config.DISCORD_TOKEN, config.TELEGRAM_WEBHOOK_SECRET]);
  const contentDir = config.CONTENT_DIR ?? bundledArticlesDir();
  const contentLog = logger.child({ module: 'content' });
  const library = createLibrary({
    dir: contentDir,
    createAnswerer: (articles, current) => createQaEngine(articles, { currentArticleId: current }),
    onProblem: (error) => contentLog.warn({ file: error.file }, `skipped article: ${error.message}`),
  });
  contentLog.info({ dir: contentDir, articles: library.all().length, current: library.current()?.id }, 'content loaded');
  const rescanTimer = setInterval(() => {
    try {
      if (library.rescan()) contentLog.info({ articles: library.all().length, current: library.current()?.id }, 'content changed');
    } catch (error) {
      contentLog.error({ err: error }, 'content rescan failed');
    }
  }, RESCAN_INTERVAL_MS);
  rescanTimer.unref();

  // Breaking items: store -> scheduler -> moderation; the worker and cron are added after the adapters.
  const metrics = createMetrics();
  const answers = metrics.counter('answers_total', 'Questions answered or abstained');
  const store = createSqliteStore({ dataDir: config.DATA_DIR, logger: logger.child({ module: 'store' }) });
  const posters: Poster[] = []; // each platform adapter pushes its Poster
  // /healthz and /metrics; adapters may mount routes on it (http.addRoute) before it starts.
  const http = config.HTTP_PORT ? createHttpServer({
    port: config.HTTP_PORT, metrics, logger: logger.child({ module: 'http' }),
    health: { database: () => store.ping(), services: () => services },
  }) : null;
  let worker: DeliveryWorker | null = null;
  const scheduler = createScheduler({
    store, clock: systemClock, defaultSchedule: config.DEFAULT_SCHEDULE, timezone: config.TIMEZONE, batchSize: config.BATCH_SIZE,
    validateCron, logger: logger.child({ module: 'scheduler' }), onEnqueued: () => worker?.kick(),
  });
  await scheduler.syncItems(library.all());
  library.onChange((articles) => {
    scheduler.syncItems(articles).catch((error: unknown) => contentLog.error({ err: error }, 'syncing breaking items failed'));
  });
  const moderation = createModeration({ scheduler, store, clock: systemClock, logger: logger.child({ module: 'moderation' }) });

  const bot = createBot({
    moderation,
    onAnswer: (answer) => answers.inc({ outcome: answer.answered ? 'answered' : 'abstained' }),
    stories: library,
    clock: systemClock,
    questionMaxChars: config.QUESTION_MAX_CHARS,
    questionRate: { count: config.QUESTION_RATE_LIMIT, windowMs: config.QUESTION_RATE_WINDOW_SECONDS * 1000 },
  });

  const services: Service[] = [];

  let stopping = false;
  async function shutdown(reason: string, exitCode = 0): Promise<void> {
    if (stopping) return;
    stopping = true;
    logger.info({ reason }, 'shutting down');
    const deadline = setTimeout(() => {
      logger.error('graceful shutdown took too long; exiting');
      process.exit(exitCode || 1);
    }, SHUTDOWN_DEADLINE_MS);
    deadline.unref();
    clearInterval(rescanTimer);
    for (const service of [...services].reverse()) {
      try {
        await service.stop();
      } catch (error) {
        logger.error({ err: error, service: service.name }, 'stop failed');
      }
    }
    await store.close();
    logger.flush();
    process.exit(exitCode);
  }

  if (!usePlatforms) {
    services.push(createConsoleAdapter({
      bot,
      input: process.stdin,
      output: process.stdout,
      onEndOfInput: () => void shutdown('end of input'),
      onError: (error) => logger.child({ module: 'adapter:console' }).error({ err: error }, 'console line failed'),
    }));
  }

  if (config.DISCORD_TOKEN && config.DISCORD_APPLICATION_ID) {
    // Discord: gateway + slash commands + mentions; its Poster serves discord subscriptions.
    const discord = createDiscordAdapter({ config, bot, logger, metrics });
    services.push(discord);
    posters.push(discord.poster);
  }
  if (config.TELEGRAM_BOT_TOKEN) {
    // Telegram: long polling by default; webhook mode mounts its route on the HTTP server.
    const telegram = createTelegramAdapter({
      config: { ...config, TELEGRAM_BOT_TOKEN: config.TELEGRAM_BOT_TOKEN }, bot, logger, clock: systemClock,
      // Handled update ids live in the database (shared by every instance); the file of earlier versions is taken in once.
      updateLog: createStoreUpdateLog(store, 'telegram', { legacyFile: join(config.DATA_DIR, 'telegram-updates.json') }),
      listenForWebhook: !http,
      onChatMigrated: async (from, to) => { await scheduler.moveChannel('telegram', from, to); },
    });
    if (telegram.webhook && http) http.addRoute('POST', telegram.webhook.path, telegram.webhook.handler);
    services.push(telegram);
    posters.push(telegram.poster);
  }
  if (!usePlatforms) posters.push(createConsolePoster({ output: process.stdout }));
  // Started after the adapters and stopped before them: cron first, then the worker.
  worker = createDeliveryWorker({
    store, clock: systemClock, posters, workerId: `worker:${hostname()}`, metrics, logger: logger.child({ module: 'worker' }),
  });
  services.push(worker, createCronService({ scheduler, logger: logger.child({ module: 'cron' }) }));
  if (http) services.push(http);

  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  for (const service of services) {
    await service.start();
    logger.info({ service: service.name }, 'started');
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`Start-up failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
