/**
 * The operations server (only when HTTP_PORT is set): `/healthz` (database reachable,
 * scheduler running, each adapter's state) and `/metrics` (Prometheus text). Other adapters
 * mount their own routes on it (the Telegram webhook) through `addRoute`.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { MetricsRegistry } from '../../core/metrics.js';
import type { Service, ServiceState } from '../../core/ports.js';

/** Handles one request; resolve after the response is ended. */
export type RouteHandler = (request: IncomingMessage, response: ServerResponse) => void | Promise<void>;

export interface HealthSources {
  /** True when the store answers (Store.ping). */
  database: () => Promise<boolean>;
  /** Services whose state /healthz reports (scheduler, cron, adapters). */
  services: () => readonly Service[];
}

export interface HttpServerOptions {
  /** TCP port; 0 picks a free one (tests). */
  port: number;
  host?: string;
  health: HealthSources;
  metrics: MetricsRegistry;
  logger?: { info(details: object, message?: string): void; error(details: object, message?: string): void };
}

export interface HttpServer extends Service {
  /** Mounts `handler` for `method` + exact `path` (e.g. POST /telegram/webhook); call before or after start. */
  addRoute(method: string, path: string, handler: RouteHandler): void;
  /** The bound port once started (useful with port 0). */
  port(): number;
}

export interface HealthReport {
  ok: boolean;
  database: boolean;
  scheduler: ServiceState | 'absent';
  services: Record<string, ServiceState>;
}

const HEALTHY: ReadonlySet<ServiceState> = new Set(['running', 'starting']);

/** Builds the /healthz body: ok only when the database answers and every service runs. */
export async function healthReport(sources: HealthSources): Promise<HealthReport> {
  let database = false;
  try {
    database = await sources.database();
  } catch {
    database = false;
  }
  const services = Object.fromEntries(sources.services().map((service) => [service.name, service.state()]));
  const scheduler = services.cron ?? 'absent';
  const ok = database && Object.values(services).every((state) => HEALTHY.has(state));
  return { ok, database, scheduler, services };
}

export function createHttpServer(options: HttpServerOptions): HttpServer {
  const routes = new Map<string, RouteHandler>();
  let server: Server | null = null;
  let state: ServiceState = 'idle';

  const send = (response: ServerResponse, status: number, type: string, body: string): void => {
    response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
  };

  routes.set('GET /healthz', async (_request, response) => {
    const report = await healthReport(options.health);
    send(response, report.ok ? 200 : 503, 'application/json; charset=utf-8', JSON.stringify(report));
  });
  routes.set('GET /metrics', async (_request, response) => {
    send(response, 200, 'text/plain; version=0.0.4; charset=utf-8', await options.metrics.render());
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const handler = routes.get(`${request.method ?? 'GET'} ${path}`);
    if (!handler) {
      send(response, [...routes.keys()].some((key) => key.endsWith(` ${path}`)) ? 405 : 404, 'text/plain; charset=utf-8', 'not found\n');
      return;
    }
    try {
      await handler(request, response);
    } catch (error) {
      options.logger?.error({ err: error, path }, 'http route failed');
      if (!response.headersSent) send(response, 500, 'text/plain; charset=utf-8', 'internal error\n');
      else response.end();
    }
  }

  return {
    name: 'http',
    state: () => state,
    addRoute(method, path, handler) {
      routes.set(`${method.toUpperCase()} ${path}`, handler);
    },
    port: () => (server?.address() as AddressInfo | null)?.port ?? 0,
    async start() {
      state = 'starting';
      server = createServer((request, response) => void handle(request, response));
      await new Promise<void>((resolve, reject) => {
        server?.once('error', reject);
        server?.listen(options.port, options.host ?? '0.0.0.0', () => resolve());
      });
      state = 'running';
      options.logger?.info({ port: (server.address() as AddressInfo).port }, 'http server listening');
    },
    async stop() {
      state = 'stopping';
      await new Promise<void>((resolve) => {
        if (!server) { resolve(); return; }
        server.close(() => resolve());
        server.closeAllConnections();
      });
      state = 'stopped';
    },
  };
}
