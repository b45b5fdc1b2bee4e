/**
 * A fake Discord on 127.0.0.1, written from Discord's documentation, that the real
 * discord.js client talks to: REST under /api/v10 and a JSON WebSocket gateway on the same
 * port. It validates what it receives like Discord (400 / 50035 with the problems), records
 * every request, honours nonce + enforce_nonce, and can be told to refuse a channel
 * (50013, 50001, 10003) or rate limit (429 with retry_after).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { guildObject, interactionBase, memberObject, messageObject, PERMISSIONS, snowflake, userObject, type FakeUser } from './discord-payloads.js';
import { validateChoices, validateCommands, validateMessage } from './discord-validate.js';

export interface RecordedRequest {
  method: string;
  /** Path after /api/v10, decoded (`/webhooks/1/t/messages/@original`). */
  path: string;
  query: URLSearchParams;
  body: unknown;
  authorization: string | undefined;
  status: number;
  at: number;
}

export interface PostedMessage { channelId: string; body: Record<string, unknown>; message: Record<string, unknown> }

export interface InteractionResponse { interactionId: string; type: number; data: Record<string, unknown> | undefined; ms: number }

type Refusal = { status: number; code: number; message: string };

/** The refusals Discord answers for a channel the bot lost (docs: JSON Error Codes). */
export const REFUSALS = {
  missingPermissions: { status: 403, code: 50013, message: 'Missing Permissions' },
  missingAccess: { status: 403, code: 50001, message: 'Missing Access' },
  unknownChannel: { status: 404, code: 10003, message: 'Unknown Channel' },
} as const satisfies Record<string, Refusal>;

const NONCE_WINDOW_MS = 5 * 60_000;
const MESSAGE_CONTENT_INTENT = 1 << 15;

export interface FakeDiscordOptions { token?: string; applicationId?: string; guildId?: string; channelIds?: string[] }

/** Starts the fake on a free port; `close()` ends it. */
export async function startFakeDiscord(options: FakeDiscordOptions = {}) {
  const token = options.token ?? 'fake-token.discord.test';
  const applicationId = options.applicationId ?? '300000000000000001';
  const guildId = options.guildId ?? '400000000000000001';
  const channelIds = options.channelIds ?? ['500000000000000001', '500000000000000002'];
  const botUser: FakeUser = { id: applicationId, username: 'Newsbot', bot: true };

  const requests: RecordedRequest[] = [];
  const problems: Array<{ path: string; problems: string[] }> = [];
  const commands = { global: [] as Record<string, unknown>[], guild: new Map<string, Record<string, unknown>[]>() };
  const posted: PostedMessage[] = [];
  const responses: InteractionResponse[] = [];
  const refusals = new Map<string, Refusal>();
  const rateLimits: Array<{ prefix: string; retryAfter: number; times: number }> = [];
  const nonces = new Map<string, { message: Record<string, unknown>; at: number }>();
  const knownChannels = new Set(channelIds);
  const pendingInteractions = new Map<string, { sentAt: number; channelId: string; original?: Record<string, unknown> }>();
  const sockets = new Set<WebSocket>();
  const identifies: Array<{ intents: number; token: string }> = [];
  let readyCount = 0;
  const listeners = new Set<() => void>();
  const notify = () => { for (const listener of [...listeners]) listener(); };

  function send(res: ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}): number {
    res.writeHead(status, { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers });
    res.end(body === undefined ? undefined : JSON.stringify(body));
    return status;
  }
  const invalid = (res: ServerResponse, path: string, list: string[]): number => {
    problems.push({ path, problems: list });
    return send(res, 400, { code: 50035, message: 'Invalid Form Body', errors: { _errors: list.map((message) => ({ code: 'INVALID', message })) } });
  };

  function storeMessage(channelId: string, body: Record<string, unknown>, extra: { interaction?: boolean } = {}): Record<string, unknown> {
    const message = messageObject({
      channelId, guildId: channelIds.includes(channelId) ? guildId : undefined, author: botUser,
      content: typeof body.content === 'string' ? body.content : '', embeds: (body.embeds as unknown[]) ?? [],
      components: (body.components as unknown[]) ?? [], flags: typeof body.flags === 'number' ? body.flags : 0,
      nonce: body.nonce as string | undefined, ...(extra.interaction ? { webhookId: applicationId, applicationId } : {}),
    });
    posted.push({ channelId, body, message });
    notify();
    return message;
  }

  function channelMessages(res: ServerResponse, path: string, channelId: string, body: Record<string, unknown>): number {
    const refusal = refusals.get(channelId);
    if (refusal) return send(res, refusal.status, { code: refusal.code, message: refusal.message });
    if (!knownChannels.has(channelId)) return send(res, 404, REFUSALS.unknownChannel);
    const list = validateMessage(body);
    if (list.length > 0) return invalid(res, path, list);
    if (body.enforce_nonce === true && body.nonce !== undefined) {
      const key = `${channelId}:${String(body.nonce)}`;
      const seen = nonces.get(key);
      if (seen && Date.now() - seen.at < NONCE_WINDOW_MS) return send(res, 200, seen.message);
      const message = storeMessage(channelId, body);
      nonces.set(key, { message, at: Date.now() });
      return send(res, 200, message);
    }
    return send(res, 200, storeMessage(channelId, body));
  }

  function interactionCallback(res: ServerResponse, path: string, id: string, query: URLSearchParams, body: Record<string, unknown>): number {
    const pending = pendingInteractions.get(id);
    if (!pending) return send(res, 404, { code: 10062, message: 'Unknown interaction' });
    if (responses.some((r) => r.interactionId === id)) return send(res, 400, { code: 40060, message: 'Interaction has already been acknowledged.' });
    const type = body.type as number;
    const data = body.data as Record<string, unknown> | undefined;
    const list = type === 8 ? validateChoices(data) : type === 4 || type === 7 ? validateMessage(data ?? {}) : [];
    if (list.length > 0) return invalid(res, path, list);
    responses.push({ interactionId: id, type, data, ms: Date.now() - pending.sentAt });
    if (type === 4) pending.original = storeMessage(pending.channelId, data ?? {}, { interaction: true });
    if (type === 5) pending.original = storeMessage(pending.channelId, { content: '', flags: 128 }, { interaction: true });
    notify();
    if (query.get('with_response') === 'true') {
      return send(res, 200, { interaction: { id, type: 2, activity_instance_id: null, response_message_id: pending.original?.id ?? null,
        response_message_loading: type === 5, response_message_ephemeral: false }, resource: pending.original ? { type, message: pending.original } : undefined });
    }
    return send(res, 204);
  }

  function webhook(res: ServerResponse, req: RecordedRequest, token: string, rest: string[]): number {
    const id = token.replace(/^itoken-/, '');
    const pending = pendingInteractions.get(id);
    if (!pending) return send(res, 404, { code: 10015, message: 'Unknown Webhook' });
    const body = (req.body ?? {}) as Record<string, unknown>;
    if (rest.length === 0 && req.method === 'POST') {
      const list = validateMessage(body);
      if (list.length > 0) return invalid(res, req.path, list);
      return send(res, 200, storeMessage(pending.channelId, body, { interaction: true }));
    }
    if (rest[0] === 'messages' && rest[1] === '@original') {
      if (!pending.original) return send(res, 404, { code: 10008, message: 'Unknown Message' });
      if (req.method === 'GET') return send(res, 200, pending.original);
      if (req.method === 'DELETE') { pending.original = undefined; notify(); return send(res, 204); }
      if (req.method === 'PATCH') {
        const list = validateMessage({ ...body, embeds: body.embeds ?? pending.original.embeds, content: body.content ?? pending.original.content });
        if (list.length > 0) return invalid(res, req.path, list);
        const edited = { ...pending.original, ...body, flags: 0, edited_timestamp: new Date().toISOString() };
        pending.original = edited;
        posted.push({ channelId: pending.channelId, body, message: edited });
        notify();
        return send(res, 200, edited);
      }
    }
    return send(res, 404, { code: 0, message: '404: Not Found' });
  }

  function route(req: RecordedRequest, res: ServerResponse): number {
    const parts = req.path.split('/').filter(Boolean);
    const body = (req.body ?? {}) as Record<string, unknown>;
    if (parts[0] === 'interactions' && parts[3] === 'callback' && req.method === 'POST') return interactionCallback(res, req.path, parts[1]!, req.query, body);
    if (parts[0] === 'webhooks' && parts[1] === applicationId && parts[2]) return webhook(res, req, parts[2], parts.slice(3));
    if (req.authorization !== `Bot ${token}`) return send(res, 401, { code: 0, message: '401: Unauthorized' });
    const limited = rateLimits.find((limit) => req.path.startsWith(limit.prefix) && limit.times > 0);
    if (limited) {
      limited.times -= 1;
      return send(res, 429, { message: 'You are being rate limited.', retry_after: limited.retryAfter, global: false, code: 0 },
        { 'retry-after': String(limited.retryAfter), 'x-ratelimit-scope': 'user', 'x-ratelimit-limit': '5', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset-after': String(limited.retryAfter) });
    }
    if (req.path === '/gateway/bot' || req.path === '/gateway') {
      return send(res, 200, { url: wsUrl(), shards: 1, session_start_limit: { total: 1000, remaining: 999, reset_after: 86_400_000, max_concurrency: 1 } });
    }
    if (req.path === '/users/@me') return send(res, 200, userObject(botUser));
    if (parts[0] === 'applications' && parts[1] === applicationId && parts.at(-1) === 'commands') {
      const guild = parts[2] === 'guilds' ? parts[3] : undefined;
      if (req.method === 'PUT') {
        const list = validateCommands(req.body);
        if (list.length > 0) return invalid(res, req.path, list);
        const saved = (req.body as Record<string, unknown>[]).map((command) => ({
          ...command, id: snowflake(), application_id: applicationId, version: snowflake(), ...(guild ? { guild_id: guild } : {}),
        }));
        if (guild) commands.guild.set(guild, saved); else commands.global = saved;
        notify();
        return send(res, 200, saved);
      }
      if (req.method === 'GET') {
        const saved = guild ? commands.guild.get(guild) ?? [] : commands.global;
        const full = req.query.get('with_localizations') === 'true';
        return send(res, 200, saved.map(({ name_localizations, description_localizations, ...rest }) =>
          (full ? { ...rest, name_localizations, description_localizations } : rest)));
      }
    }
    if (parts[0] === 'channels' && parts[2] === 'messages' && parts.length === 3 && req.method === 'POST') return channelMessages(res, req.path, parts[1]!, body);
    if (parts[0] === 'channels' && parts[2] === 'typing') return send(res, 204);
    return send(res, 404, { code: 0, message: '404: Not Found' });
  }

  const server = createServer((incoming: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const url = new URL(incoming.url ?? '/', 'http://127.0.0.1');
      const path = decodeURIComponent(url.pathname.replace(/^\/api(\/v\d+)?/, ''));
      const raw = Buffer.concat(chunks).toString('utf8');
      let body: unknown;
      try { body = raw ? JSON.parse(raw) : undefined; } catch { body = raw; }
      const recorded: RecordedRequest = { method: incoming.method ?? 'GET', path, query: url.searchParams, body, authorization: incoming.headers.authorization, status: 0, at: Date.now() };
      requests.push(recorded);
      recorded.status = route(recorded, res);
    });
  });

  const gateway = new WebSocketServer({ server });
  let sequence = 0;
  const dispatch = (socket: WebSocket, t: string, d: unknown) => socket.send(JSON.stringify({ op: 0, t, s: ++sequence, d }));
  gateway.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41_250 }, s: null, t: null }));
    socket.on('message', (raw) => {
      const packet = JSON.parse(String(raw)) as { op: number; d: Record<string, unknown> };
      if (packet.op === 1) socket.send(JSON.stringify({ op: 11 }));
      if (packet.op !== 2) return;
      identifies.push({ intents: Number(packet.d.intents), token: String(packet.d.token) });
      if (packet.d.token !== token) { socket.close(4004, 'Authentication failed.'); return; }
      dispatch(socket, 'READY', {
        v: 10, user: userObject(botUser), guilds: [{ id: guildId, unavailable: true }], session_id: 'fake-session',
        resume_gateway_url: wsUrl(), shard: [0, 1], application: { id: applicationId, flags: 0 },
        private_channels: [], presences: [], relationships: [], user_settings: {}, geo_ordered_rtc_regions: [],
      });
      dispatch(socket, 'GUILD_CREATE', guildObject(guildId, channelIds.map((id, index) => ({ id, name: `kanal-${index + 1}` })), botUser));
      readyCount += 1;
      notify();
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  function wsUrl(): string { return `ws://127.0.0.1:${port}`; }
  const broadcast = (t: string, d: unknown) => { for (const socket of sockets) dispatch(socket, t, d); };
  const messageContentGranted = () => identifies.some((identify) => (identify.intents & MESSAGE_CONTENT_INTENT) !== 0);

  return {
    port, token, applicationId, guildId, channelIds, botUser,
    /** Root for discord.js `rest.api` (no version). */
    api: `http://127.0.0.1:${port}/api`,
    requests, problems, commands, posted, responses, identifies,
    get readyCount() { return readyCount; },
    /** Make every post to `channelId` fail with this refusal (REFUSALS.*). */
    refuse(channelId: string, refusal: Refusal) { refusals.set(channelId, refusal); },
    /** Answer the next `times` requests whose path starts with `prefix` with 429 and retry_after (s). */
    rateLimit(prefix: string, retryAfter: number, times = 1) { rateLimits.push({ prefix, retryAfter, times }); },
    /** Resolves when `check` holds after some recorded change; rejects after `timeoutMs`. */
    waitFor<T>(check: () => T | undefined | false, timeoutMs = 5000): Promise<T> {
      return new Promise((resolve, reject) => {
        const attempt = () => { const value = check(); if (value) { listeners.delete(attempt); clearTimeout(timer); resolve(value); } };
        const timer = setTimeout(() => { listeners.delete(attempt); reject(new Error(`fake Discord: condition not met within ${timeoutMs} ms`)); }, timeoutMs);
        listeners.add(attempt);
        attempt();
      });
    },
    /** Dispatches INTERACTION_CREATE; returns its id for looking up the response. */
    interact(fields: { type: number; user?: FakeUser; locale?: string; channelId?: string; dm?: boolean; moderator?: boolean;
      data?: Record<string, unknown>; message?: Record<string, unknown> }): string {
      const channelId = fields.channelId ?? (fields.dm ? '600000000000000008' : channelIds[0]!);
      if (fields.dm) knownChannels.add(channelId);
      const payload = interactionBase({
        applicationId, type: fields.type, user: fields.user ?? { id: '700000000000000001', username: 'leserin' },
        locale: fields.locale ?? 'de', guildId: fields.dm ? undefined : guildId, channelId,
        permissions: fields.moderator ? PERMISSIONS.moderator : PERMISSIONS.viewAndSend, data: fields.data, message: fields.message,
      });
      pendingInteractions.set(payload.id, { sentAt: Date.now(), channelId });
      broadcast('INTERACTION_CREATE', payload);
      return payload.id;
    },
    /** Dispatches MESSAGE_CREATE from a user; content is blanked unless Discord would deliver it. */
    say(fields: { content: string; mention?: boolean; dm?: boolean; omitChannelType?: boolean; replyTo?: Record<string, unknown>; user?: FakeUser; channelId?: string }): Record<string, unknown> {
      const user = fields.user ?? { id: '700000000000000002', username: 'leser' };
      const channelId = fields.channelId ?? (fields.dm ? '600000000000000009' : channelIds[0]!);
      if (fields.dm) knownChannels.add(channelId);
      const repliedToBot = (fields.replyTo?.author as { id?: string } | undefined)?.id === botUser.id;
      const mentions = [...(fields.mention ? [botUser] : []), ...(repliedToBot ? [botUser] : [])];
      const delivered = fields.dm || mentions.length > 0 || messageContentGranted();
      const message = messageObject({
        channelId, guildId: fields.dm ? undefined : guildId, author: user, content: delivered ? fields.content : '',
        mentions, member: fields.dm ? undefined : memberObject(user),
        ...(fields.replyTo ? { reference: { messageId: String(fields.replyTo.id) }, referenced: fields.replyTo } : {}),
      });
      if (!fields.dm) delete (message.member as Record<string, unknown>).user;
      if (!fields.omitChannelType) message.channel_type = fields.dm ? 1 : 0;
      broadcast('MESSAGE_CREATE', message);
      return message;
    },
    async close() {
      for (const socket of sockets) socket.terminate();
      gateway.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export type FakeDiscord = Awaited<ReturnType<typeof startFakeDiscord>>;
