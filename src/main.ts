/**
 * Composition root: config -> logger -> content -> core -> adapters; signals -> stop().
 * The only file that knows every piece.
 */
import { createConsoleAdapter } from './adapters/console/console-adapter.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { createLibrary } from './content/library.js';
import { bundledArticlesDir } from './content/paths.js';
import { createBot } from './core/bot.js';
import type { Service } from './core/ports.js';
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
  const logger = createLogger(config.LOG_LEVEL, [config.TELEGRAM_BOT_TOKEN, config.DISCORD_TOKEN, config.TELEGRAM_WEBHOOK_SECRET]);
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

  const bot = createBot({
    stories: library,
    clock: systemClock,
    questionMaxChars: config.QUESTION_MAX_CHARS,
    questionRate: { count: config.QUESTION_RATE_LIMIT, windowMs: config.QUESTION_RATE_WINDOW_SECONDS * 1000 },
  });

  const services: Service[] = [];
  // platform adapters: added below when their tokens are set
  const usePlatforms = Boolean(config.TELEGRAM_BOT_TOKEN || config.DISCORD_TOKEN);

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
