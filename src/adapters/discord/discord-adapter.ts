/**
 * The Discord adapter as one Service: logs in over the gateway (no privileged intents),
 * registers slash commands when they changed, answers interactions and mentions, and
 * exposes the Poster the delivery worker uses. main.ts starts it when DISCORD_TOKEN and
 * DISCORD_APPLICATION_ID are set.
 */
import { Client, Events, GatewayIntentBits, Partials, type RESTOptions } from 'discord.js';
import type { Logger } from 'pino';
import type { Config } from '../../config.js';
import type { Bot } from '../../core/bot.js';
import type { MetricsRegistry } from '../../core/metrics.js';
import type { Poster, Service, ServiceState } from '../../core/ports.js';
import { createInteractionHandler } from './interactions.js';
import { createMentionHandler } from './mentions.js';
import { createDiscordPoster } from './poster.js';
import { registerCommands } from './register.js';

/** Longest wait for the gateway's READY (and every GUILD_CREATE), in ms. */
const READY_TIMEOUT_MS = 30_000;
/** Longest wait for in-flight interactions when stopping, in ms. */
const DRAIN_TIMEOUT_MS = 5_000;

export interface DiscordAdapterDeps {
  config: Pick<Config, 'DISCORD_TOKEN' | 'DISCORD_APPLICATION_ID' | 'DISCORD_GUILD_ID' | 'DISCORD_REST_API'>;
  bot: Bot;
  logger: Logger;
  metrics?: MetricsRegistry;
  /** Defer an interaction reply when the core has not answered after this many ms (default 1000). */
  deferAfterMs?: number;
  /** Skip command registration (tests of other parts; registration is on by default). */
  registerCommands?: boolean;
}

export type DiscordAdapter = Service & {
  /** Posts scheduled items to Discord channels (works once the token is set, before READY too). */
  readonly poster: Poster;
  /** The underlying discord.js client, for diagnostics and tests. */
  readonly client: Client;
};

/**
 * REST options from DISCORD_REST_API: the API root without version, as discord.js wants it
 * (`https://proxy.example/api`); a trailing `/v10` is accepted and split off.
 */
export function restOptions(restApi: string | undefined): Partial<RESTOptions> {
  if (!restApi) return {};
  const versioned = /^(.*)\/v(\d+)$/.exec(restApi);
  return versioned ? { api: versioned[1]!, version: versioned[2]! } : { api: restApi };
}

/** Creates the Discord adapter; nothing connects until `start()`. */
export function createDiscordAdapter(deps: DiscordAdapterDeps): DiscordAdapter {
  const { DISCORD_TOKEN: token, DISCORD_APPLICATION_ID: applicationId, DISCORD_GUILD_ID: guildId } = deps.config;
  if (!token || !applicationId) throw new Error('the Discord adapter needs DISCORD_TOKEN and DISCORD_APPLICATION_ID');
  const log = deps.logger.child({ module: 'adapter:discord' });
  let state: ServiceState = 'idle';
  const inFlight = new Set<Promise<void>>();

  const client = new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
    partials: [Partials.Channel],
    allowedMentions: { parse: [], repliedUser: false },
    rest: restOptions(deps.config.DISCORD_REST_API),
  });
  client.rest.setToken(token);

  const interactions = deps.metrics?.counter('discord_interactions_total', 'Discord interactions handled, by kind and outcome');
  const latency = deps.metrics?.histogram('discord_interaction_seconds', 'Time from receiving an interaction to answering it, in seconds');
  const rateLimited = deps.metrics?.counter('discord_rate_limited_total', 'Discord rate limits met (429 answers and bucket waits)');
  client.rest.on('response', (request, response) => {
    if (response.status === 429) rateLimited?.inc({ source: 'response' });
    if (response.status === 429) log.warn({ route: request.route }, 'Discord rate limit (429); @discordjs/rest retries');
  });
  client.rest.on('rateLimited', (info) => rateLimited?.inc({ source: info.global ? 'global' : 'bucket' }));

  const onInteraction = createInteractionHandler({
    bot: deps.bot,
    logger: log,
    deferAfterMs: deps.deferAfterMs,
    onHandled: (kind, ms, ok) => {
      interactions?.inc({ kind, outcome: ok ? 'ok' : 'error' });
      latency?.observe(ms / 1000, { kind });
    },
  });
  const onMessage = createMentionHandler({
    bot: deps.bot,
    logger: log,
    botId: () => client.user?.id,
    onHandled: (ms, ok) => {
      interactions?.inc({ kind: 'mention', outcome: ok ? 'ok' : 'error' });
      latency?.observe(ms / 1000, { kind: 'mention' });
    },
  });
  const track = (work: Promise<void>): void => {
    inFlight.add(work);
    void work.finally(() => inFlight.delete(work));
  };
  const accepting = (): boolean => state === 'starting' || state === 'running';
  client.on(Events.InteractionCreate, (interaction) => { if (accepting()) track(onInteraction(interaction)); });
  client.on(Events.MessageCreate, (message) => { if (accepting()) track(onMessage(message)); });
  // Without channel_type (older gateways, some proxies) discord.js cannot build an uncached
  // DM channel and drops the message. A MESSAGE_CREATE without guild_id is a DM.
  client.on(Events.Raw, (packet: { t?: string; d?: Record<string, unknown> }) => {
    if (packet.t === 'MESSAGE_CREATE' && packet.d && !('guild_id' in packet.d) && packet.d.channel_type === undefined) packet.d.channel_type = 1;
  });
  client.on(Events.Error, (error) => log.error({ err: error }, 'discord.js client error'));
  client.on(Events.Warn, (warning) => log.warn(warning));
  client.on(Events.ShardDisconnect, (event, shard) => log.warn({ shard, code: event.code }, 'gateway disconnected'));

  async function register(): Promise<void> {
    try {
      const result = await registerCommands({ rest: client.rest, applicationId: applicationId!, guildId });
      log.info({ scope: guildId ? 'guild' : 'global', result }, 'slash commands checked');
    } catch (error) {
      // The bot still answers mentions and already-registered commands; say why loudly.
      log.error({ err: error }, 'registering slash commands failed');
    }
  }

  async function connect(): Promise<void> {
    const ready = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no READY from the Discord gateway within ${READY_TIMEOUT_MS} ms`)), READY_TIMEOUT_MS);
      client.once(Events.ClientReady, () => { clearTimeout(timer); resolve(); });
    });
    await client.login(token);
    await ready;
    log.info({ user: client.user?.tag, guilds: client.guilds.cache.size }, 'connected to the Discord gateway');
  }

  return {
    name: 'discord',
    poster: createDiscordPoster({ rest: client.rest }),
    client,
    state: () => state,
    async start() {
      state = 'starting';
      try {
        await Promise.all([connect(), deps.registerCommands === false ? Promise.resolve() : register()]);
        state = 'running';
      } catch (error) {
        state = 'failed';
        await client.destroy().catch(() => undefined);
        throw error;
      }
    },
    async stop() {
      if (state === 'stopped') return;
      state = 'stopping';
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        Promise.allSettled([...inFlight]),
        new Promise((resolve) => { timer = setTimeout(resolve, DRAIN_TIMEOUT_MS); }),
      ]);
      clearTimeout(timer);
      await client.destroy();
      state = 'stopped';
    },
  };
}
