/**
 * Webhook mode: a node:http handler for Telegram's POSTs. It checks the
 * `X-Telegram-Bot-Api-Secret-Token` header in constant time (401 on a mismatch), limits
 * the body, and acknowledges once the update is handled (or after a deadline, so Telegram
 * does not resend a slow update; the update log catches a resend anyway).
 */
import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Largest accepted update body, in bytes. */
export const WEBHOOK_MAX_BODY_BYTES = 1_000_000;
/** Longest we hold Telegram's request before acknowledging, in ms. */
export const WEBHOOK_ACK_DEADLINE_MS = 8_000;

export type WebhookRequestHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

function sameSecret(given: string | string[] | undefined, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > WEBHOOK_MAX_BODY_BYTES) throw new RangeError('body too large');
    chunks.push(chunk as Buffer);
  }
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
}

/** The path Telegram posts to, from TELEGRAM_WEBHOOK_URL ("/" when it has none). */
export function webhookPath(webhookUrl: string): string {
  return new URL(webhookUrl).pathname || '/';
}

/**
 * Handles a request routed to the webhook path: 405 for other methods, 401 for a wrong secret, 400 for a
 * bad body, else hands the update to `onUpdate` and answers 200.
 */
export function createWebhookHandler(secret: string, onUpdate: (update: { update_id: number }) => Promise<void>): WebhookRequestHandler {
  return async (req, res) => {
    if (req.method !== 'POST') { res.writeHead(405, { allow: 'POST' }).end(); return; }
    if (!sameSecret(req.headers['x-telegram-bot-api-secret-token'], secret)) {
      req.resume();
      res.writeHead(401, { 'content-type': 'text/plain' }).end('unauthorized');
      return;
    }
    let update: unknown;
    try {
      update = await readJson(req);
    } catch (error) {
      res.writeHead(error instanceof RangeError ? 413 : 400).end();
      return;
    }
    if (typeof update !== 'object' || update === null || typeof (update as { update_id?: unknown }).update_id !== 'number') {
      res.writeHead(400).end();
      return;
    }
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<void>((resolve) => { timer = setTimeout(resolve, WEBHOOK_ACK_DEADLINE_MS); });
    await Promise.race([onUpdate(update as { update_id: number }).catch(() => undefined), deadline]);
    clearTimeout(timer);
    if (!res.writableEnded) res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
  };
}

/** Our own HTTP server for the webhook (when no shared HTTP server mounts the handler). */
export async function listenWebhook(port: number, path: string, handler: WebhookRequestHandler, host = '0.0.0.0'): Promise<Server & { port: number }> {
  const server = createServer((req, res) => {
    const url = (req.url ?? '/').split('?')[0];
    if (url !== path) { res.writeHead(404).end(); return; }
    handler(req, res).catch(() => { if (!res.headersSent) res.writeHead(500).end(); });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => { server.off('error', reject); resolve(); });
  });
  return Object.assign(server, { port: (server.address() as AddressInfo).port });
}
