/**
 * The Telegram adapter: a grammY bot over the core. Long polling with @grammyjs/runner
 * (sequential per chat) by default; webhook mode when TELEGRAM_WEBHOOK_URL is set.
 * TELEGRAM_API_ROOT points the client at a self-hosted Bot API server. Also provides the
 * Poster for scheduled posts. The token never reaches a log line.
 */
import { join } from 'node:path';
import type { Server } from 'node:http';
import { autoRetry } from '@grammyjs/auto-retry';
import { run, sequentialize, type RunnerHandle } from '@grammyjs/runner';
import { Api, Bot as GrammyBot } from 'grammy';
import type { Logger } from 'pino';
import type { Config } from '../../config.js';
import type { Bot as CoreBot } from '../../core/bot.js';
import type { Clock, Poster, Service, ServiceState } from '../../core/ports.js';
import { systemClock } from '../../system-clock.js';
import { commandMenus } from './commands-menu.js';
import { createHandlers } from './handlers.js';
import { createAdminChecker, ADMIN_CACHE_MS } from './moderators.js';
import { redact } from './post-errors.js';
import { createTelegramPoster } from './poster.js';
import { createFileUpdateLog, type UpdateLog } from './update-log.js';
import { createWebhookHandler, listenWebhook, webhookPath, type WebhookRequestHandler } from './webhook.js';

/** Longest wait on stop for updates still being answered, in ms. */
export const STOP_GRACE_MS = 5_000;

/** Updates the bot asks Telegram for. */
export const ALLOWED_UPDATES = ['message', 'channel_post', 'callback_query', 'inline_query'] as const;

export type TelegramConfig = Pick<Config, 'TELEGRAM_API_ROOT' | 'TELEGRAM_WEBHOOK_URL' | 'TELEGRAM_WEBHOOK_SECRET' | 'HTTP_PORT' | 'DATA_DIR'>
  & { TELEGRAM_BOT_TOKEN: string };

export interface TelegramAdapterOptions {
  config: TelegramConfig;
  bot: CoreBot;
  logger: Logger;
  clock?: Clock;
  /** Dedupe of redelivered updates; the bot passes one in its Store (createStoreUpdateLog), else a JSON file `telegram-updates.json` in DATA_DIR. */
  updateLog?: UpdateLog;
  /** A group became a supergroup: move its subscription to the new chat id. */
  onChatMigrated?: (fromChatId: string, toChatId: string) => Promise<void>;
  /**
   * Webhook mode: false when a shared HTTP server on HTTP_PORT mounts `webhook.handler`
   * at `webhook.path` itself; by default the adapter listens on HTTP_PORT on its own.
   */
  listenForWebhook?: boolean;
  /** Long-poll timeout in seconds (default 30). */
  pollTimeoutSeconds?: number;
  adminCacheMs?: number;
}

export interface TelegramAdapter extends Service {
  /** Sends scheduled posts (within Telegram's limits, typed errors). */
  readonly poster: Poster;
  /** Webhook mode only: the request handler and the path it serves. */
  readonly webhook?: { path: string; handler: WebhookRequestHandler };
  /** The port the webhook server listens on, once started (tests use port 0). */
  webhookPort(): number | undefined;
}

export function createTelegramAdapter(options: TelegramAdapterOptions): TelegramAdapter {
  const { config } = options;
  const token = config.TELEGRAM_BOT_TOKEN;
  const logger = options.logger.child({ module: 'adapter:telegram' });
  const clock = options.clock ?? systemClock;
  const client = config.TELEGRAM_API_ROOT ? { apiRoot: config.TELEGRAM_API_ROOT } : {};
  const grammy = new GrammyBot(token, { client });
  const updateLog = options.updateLog ?? createFileUpdateLog(join(config.DATA_DIR, 'telegram-updates.json'));
  const safe = (error: unknown) => redact(error instanceof Error ? `${error.name}: ${error.message}` : String(error), token);

  // Interactive replies: wait out a 429 (bounded). Scheduled posts use their own Api below.
  grammy.api.config.use(autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 30 }));
  grammy.api.config.use(async (prev, method, payload, signal) => {
    try {
      return await prev(method, payload, signal);
    } catch (error) {
      if (method === 'getUpdates' && !signal?.aborted) logger.warn({ error: safe(error) }, 'getUpdates failed; retrying');
      throw error;
    }
  });
  const poster = createTelegramPoster({ api: new Api(token, client), token, clock });

  const inFlight = new Set<Promise<void>>();
  grammy.use(async (ctx, next) => {
    const id = ctx.update.update_id;
    if (!updateLog.claim(id)) { logger.debug({ updateId: id }, 'skipped a redelivered update'); return; }
    const work = next();
    const tracked = work.catch(() => undefined);
    inFlight.add(tracked);
    try { await work; } finally { inFlight.delete(tracked); updateLog.done(id); }
  });
  grammy.use(sequentialize((ctx) => String(ctx.chat?.id ?? ctx.from?.id ?? '')));
  grammy.use(createHandlers({
    core: options.bot,
    admins: createAdminChecker(grammy.api, clock, options.adminCacheMs ?? ADMIN_CACHE_MS),
    logger,
    token,
    ...(options.onChatMigrated ? { onChatMigrated: options.onChatMigrated } : {}),
  }));
  grammy.catch((error) => logger.error({ updateId: error.ctx.update.update_id, error: safe(error.error) }, 'telegram update failed'));

  const webhookUrl = config.TELEGRAM_WEBHOOK_URL;
  const webhook = webhookUrl && config.TELEGRAM_WEBHOOK_SECRET
    ? { path: webhookPath(webhookUrl), handler: createWebhookHandler(config.TELEGRAM_WEBHOOK_SECRET, (update) => grammy.handleUpdate(update as never)) }
    : undefined;

  let state: ServiceState = 'idle';
  let runner: RunnerHandle | undefined;
  let server: (Server & { port: number }) | undefined;

  async function setCommands(): Promise<void> {
    for (const menu of commandMenus()) {
      await grammy.api.setMyCommands(menu.commands, { scope: menu.scope, ...(menu.language_code ? { language_code: menu.language_code } : {}) })
        .catch((error: unknown) => logger.warn({ error: safe(error), scope: menu.scope.type, language: menu.language_code ?? 'default' }, 'setMyCommands failed'));
    }
  }

  return {
    name: 'telegram',
    poster,
    ...(webhook ? { webhook } : {}),
    webhookPort: () => server?.port,
    state: () => (state === 'running' && runner && !runner.isRunning() ? 'failed' : state),
    async start() {
      state = 'starting';
      try {
        await updateLog.load();
        await grammy.init();
        await setCommands();
        if (webhook && webhookUrl) {
          await grammy.api.setWebhook(webhookUrl, { secret_token: config.TELEGRAM_WEBHOOK_SECRET!, allowed_updates: [...ALLOWED_UPDATES] });
          if (options.listenForWebhook !== false) server = await listenWebhook(config.HTTP_PORT ?? 8080, webhook.path, webhook.handler);
          logger.info({ path: webhook.path, port: server?.port }, 'telegram webhook mode');
        } else {
          // A webhook left from an earlier webhook run would make getUpdates fail with 409.
          await grammy.api.deleteWebhook().catch((error: unknown) => logger.warn({ error: safe(error) }, 'deleteWebhook failed'));
          runner = run(grammy, {
            runner: { fetch: { timeout: options.pollTimeoutSeconds ?? 30, allowed_updates: [...ALLOWED_UPDATES] }, silent: true },
          });
          runner.task()?.catch((error: unknown) => { state = 'failed'; logger.error({ error: safe(error) }, 'telegram polling stopped'); });
          logger.info({ bot: grammy.botInfo.username }, 'telegram long polling');
        }
        state = 'running';
      } catch (error) {
        state = 'failed';
        throw new Error(`Telegram start-up failed: ${safe(error)}`);
      }
    },
    async stop() {
      if (state === 'stopped' || state === 'idle') { state = 'stopped'; return; }
      state = 'stopping';
      if (runner?.isRunning()) await runner.stop().catch(() => undefined);
      // Let updates being answered finish (bounded), so their ids are persisted as handled.
      await Promise.race([Promise.all(inFlight), new Promise((resolve) => setTimeout(resolve, STOP_GRACE_MS).unref())]);
      if (server) await new Promise<void>((resolve) => { server!.close(() => resolve()); server!.closeAllConnections(); });
      await updateLog.flush();
      state = 'stopped';
    },
  };
}
