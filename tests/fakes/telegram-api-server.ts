/**
 * A fake Telegram Bot API server on 127.0.0.1, written from https://core.telegram.org/bots/api.
 * It answers `POST /bot<token>/<method>` (JSON or form bodies), validates what Telegram
 * validates (text length after entity parsing, HTML, callback_data bytes, command names,
 * inline result counts), records every call, and lets a test inject updates and make the
 * next call fail with 429 / 403 / 400 migrate_to_chat_id.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { checkCall, type FakeChat } from './telegram-validate.js';

export interface RecordedCall {
  method: string;
  payload: Record<string, unknown>;
  /** What the fake answered: the result, or the error. */
  ok: boolean;
  errorCode?: number;
  at: number;
}

export type Failure =
  | { code: 429; retryAfter: number }
  | { code: 403; description?: string }
  | { code: 400; migrateToChatId: number }
  | { code: number; description: string };

type TelegramUpdate = Record<string, unknown> & { update_id: number };
type Waiter = () => void;

export interface FakeTelegramOptions {
  token?: string;
  bot?: { id: number; username: string; first_name?: string };
}

export const FAKE_TOKEN = '123456:TEST-token-abcdefghijklmnop';

/** A running fake; `apiRoot` goes into grammY's `client.apiRoot`. */
export interface FakeTelegram {
  readonly apiRoot: string;
  readonly token: string;
  readonly botUser: { id: number; is_bot: true; first_name: string; username: string };
  readonly calls: RecordedCall[];
  /** Successful and failed calls of one method, in order. */
  callsTo(method: string): RecordedCall[];
  /** Queues an update for getUpdates; assigns the next update_id unless given. Returns the id. */
  pushUpdate(update: Record<string, unknown>): number;
  /** Makes the next call of `method` (to `chatId`, when given) fail once with `failure`. */
  failNext(method: string, failure: Failure, chatId?: number | string): void;
  /** Registers a chat for getChat / sendMessage (type, title, @username). */
  addChat(chat: FakeChat): void;
  /** Sets a user's status in a chat for getChatMember. */
  setMember(chatId: number, userId: number, status: 'creator' | 'administrator' | 'member' | 'left' | 'kicked'): void;
  /** Resolves when a call recorded at index >= `since` satisfies `predicate` (default 5 s). */
  waitForCall(predicate: (call: RecordedCall) => boolean, options?: { timeoutMs?: number; since?: number }): Promise<RecordedCall>;
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks).toString('utf8');
  const type = req.headers['content-type'] ?? '';
  if (!raw) return {};
  if (type.includes('application/json')) return JSON.parse(raw) as Record<string, unknown>;
  if (type.includes('application/x-www-form-urlencoded')) {
    const form = Object.fromEntries(new URLSearchParams(raw));
    return Object.fromEntries(Object.entries(form).map(([key, value]) => [key, parseFormValue(value)]));
  }
  if (type.includes('multipart/form-data')) {
    const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(type);
    const mark = `--${boundary?.[1] ?? boundary?.[2] ?? ''}`;
    const fields: Record<string, unknown> = {};
    for (const part of raw.split(mark)) {
      const match = /name="([^"]+)"[^\r\n]*\r\n(?:[^\r\n]+\r\n)*\r\n([\s\S]*)\r\n$/.exec(part);
      if (match?.[1]) fields[match[1]] = parseFormValue(match[2] ?? '');
    }
    return fields;
  }
  throw new Error(`unsupported content-type ${type}`);
}

/** Form values are strings; Telegram reads JSON-serialised objects (reply_markup, results) from them. */
function parseFormValue(value: string): unknown {
  if (/^[[{]/.test(value)) { try { return JSON.parse(value) as unknown; } catch { return value; } }
  return value;
}

/** Starts the fake on 127.0.0.1 with a random free port. */
export async function startFakeTelegram(options: FakeTelegramOptions = {}): Promise<FakeTelegram> {
  const token = options.token ?? FAKE_TOKEN;
  const botUser = { id: options.bot?.id ?? 4242, is_bot: true as const, first_name: options.bot?.first_name ?? 'Newsroom', username: options.bot?.username ?? 'newsroom_test_bot' };
  const calls: RecordedCall[] = [];
  const pending: TelegramUpdate[] = [];
  const pollWaiters = new Set<Waiter>();
  const callWaiters = new Set<Waiter>();
  const failures: { method: string; chatId?: string; failure: Failure }[] = [];
  const chats = new Map<string, FakeChat>();
  const members = new Map<string, string>();
  const messageIds = new Map<string, number>();
  let nextUpdateId = 1000;
  const sockets = new Set<import('node:net').Socket>();

  const record = (call: RecordedCall) => {
    calls.push(call);
    for (const wake of [...callWaiters]) wake();
  };

  const send = (res: ServerResponse, status: number, body: unknown) => {
    if (res.writableEnded || res.destroyed) return;
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  };

  const takeFailure = (method: string, payload: Record<string, unknown>) => {
    const index = failures.findIndex((f) => f.method === method && (f.chatId === undefined || f.chatId === String(payload['chat_id'])));
    return index < 0 ? undefined : failures.splice(index, 1)[0]!.failure;
  };

  const getUpdates = (payload: Record<string, unknown>, res: ServerResponse) => {
    const offset = Number(payload['offset'] ?? 0);
    const limit = Math.min(100, Math.max(1, Number(payload['limit'] ?? 100)));
    const timeoutS = Math.min(50, Number(payload['timeout'] ?? 0));
    if (offset > 0) { for (let i = pending.length - 1; i >= 0; i--) if (pending[i]!.update_id < offset) pending.splice(i, 1); }
    const ready = () => pending.filter((u) => u.update_id >= offset).sort((a, b) => a.update_id - b.update_id).slice(0, limit);
    const answer = () => {
      cleanup();
      record({ method: 'getUpdates', payload, ok: true, at: Date.now() });
      send(res, 200, { ok: true, result: ready() });
    };
    const wake: Waiter = () => { if (ready().length > 0) answer(); };
    const timer = setTimeout(answer, timeoutS * 1000);
    const cleanup = () => { clearTimeout(timer); pollWaiters.delete(wake); };
    if (ready().length > 0 || timeoutS === 0) { answer(); return; }
    pollWaiters.add(wake);
    res.on('close', cleanup);
  };

  const server: Server = createServer((req, res) => {
    void (async () => {
      const match = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(req.url?.split('?')[0] ?? '');
      if (!match) { send(res, 404, { ok: false, error_code: 404, description: 'Not Found' }); return; }
      if (match[1] !== token) { send(res, 401, { ok: false, error_code: 401, description: 'Unauthorized' }); return; }
      const method = match[2]!;
      let payload: Record<string, unknown>;
      try {
        payload = { ...Object.fromEntries(new URL(req.url!, 'http://x').searchParams), ...(await readBody(req)) };
      } catch (error) {
        send(res, 400, { ok: false, error_code: 400, description: `Bad Request: ${(error as Error).message}` });
        return;
      }
      if (method === 'getUpdates') { getUpdates(payload, res); return; }
      const failure = takeFailure(method, payload);
      if (failure) {
        const parameters = 'retryAfter' in failure ? { retry_after: failure.retryAfter }
          : 'migrateToChatId' in failure ? { migrate_to_chat_id: failure.migrateToChatId } : undefined;
        const description = 'description' in failure && failure.description ? failure.description
          : failure.code === 429 ? `Too Many Requests: retry after ${(failure as { retryAfter: number }).retryAfter}`
            : failure.code === 403 ? 'Forbidden: bot was blocked by the user'
              : 'Bad Request: group chat was upgraded to a supergroup chat';
        record({ method, payload, ok: false, errorCode: failure.code, at: Date.now() });
        send(res, failure.code, { ok: false, error_code: failure.code, description, ...(parameters ? { parameters } : {}) });
        return;
      }
      const outcome = checkCall(method, payload, { botUser, chats, members, messageIds });
      record({ method, payload, ok: outcome.ok, ...(outcome.ok ? {} : { errorCode: outcome.code }), at: Date.now() });
      if (outcome.ok) send(res, 200, { ok: true, result: outcome.result });
      else send(res, outcome.code, { ok: false, error_code: outcome.code, description: outcome.description });
    })();
  });
  server.on('connection', (socket) => { sockets.add(socket); socket.on('close', () => sockets.delete(socket)); });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    apiRoot: `http://127.0.0.1:${port}`,
    token,
    botUser,
    calls,
    callsTo: (method) => calls.filter((call) => call.method === method),
    pushUpdate(update) {
      const id = typeof update['update_id'] === 'number' ? update['update_id'] : nextUpdateId++;
      nextUpdateId = Math.max(nextUpdateId, id + 1);
      pending.push({ ...update, update_id: id });
      for (const wake of [...pollWaiters]) wake();
      return id;
    },
    failNext(method, failure, chatId) {
      failures.push({ method, failure, ...(chatId === undefined ? {} : { chatId: String(chatId) }) });
    },
    addChat(chat) {
      chats.set(String(chat.id), chat);
      if (chat.username) chats.set(`@${chat.username.toLowerCase()}`, chat);
    },
    setMember(chatId, userId, status) { members.set(`${chatId}:${userId}`, status); },
    waitForCall(predicate, { timeoutMs = 5000, since = 0 } = {}) {
      return new Promise((resolve, reject) => {
        const check: Waiter = () => {
          const found = calls.slice(since).find(predicate);
          if (!found) return;
          clearTimeout(timer); callWaiters.delete(check); resolve(found);
        };
        const timer = setTimeout(() => { callWaiters.delete(check); reject(new Error(`no matching call within ${timeoutMs} ms; calls: ${calls.map((c) => c.method).join(', ')}`)); }, timeoutMs);
        callWaiters.add(check);
        check();
      });
    },
    async close() {
      for (const wake of [...pollWaiters]) pollWaiters.delete(wake);
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
