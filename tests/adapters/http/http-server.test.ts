import { afterEach, describe, expect, it } from 'vitest';
import { createHttpServer, type HttpServer } from '../../../src/adapters/http/http-server.js';
import { createMetrics } from '../../../src/core/metrics.js';
import type { Service, ServiceState } from '../../../src/core/ports.js';

const service = (name: string, state: ServiceState): Service => ({ name, state: () => state, start: async () => {}, stop: async () => {} });

describe('http server', () => {
  let server: HttpServer;
  afterEach(async () => { await server.stop(); });

  async function start(database: boolean, services: Service[]) {
    const metrics = createMetrics();
    metrics.counter('answers_total', 'Answers').inc({ outcome: 'answered' }, 3);
    metrics.counter('deliveries_total', 'Deliveries').inc({ status: 'sent', platform: 'console' });
    metrics.histogram('send_latency_seconds', 'Latency').observe(0.02, { platform: 'console' });
    metrics.gauge('queue_depth', 'Pending rows', async () => 7);
    server = createHttpServer({ port: 0, host: '127.0.0.1', metrics, health: { database: async () => database, services: () => services } });
    await server.start();
    return `http://127.0.0.1:${server.port()}`;
  }

  it('reports healthy when the database answers and every service runs', async () => {
    const base = await start(true, [service('cron', 'running'), service('telegram', 'running')]);
    const response = await fetch(`${base}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, database: true, scheduler: 'running', services: { cron: 'running', telegram: 'running' } });
  });

  it('reports 503 when the database is unreachable or an adapter failed', async () => {
    const base = await start(false, [service('cron', 'running'), service('discord', 'failed')]);
    const response = await fetch(`${base}/healthz`);
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ ok: false, database: false, services: { discord: 'failed' } });
  });

  it('serves Prometheus text', async () => {
    const base = await start(true, []);
    const response = await fetch(`${base}/metrics`);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0.0.4/);
    const text = await response.text();
    expect(text).toContain('# TYPE newsbot_answers_total counter');
    expect(text).toContain('newsbot_answers_total{outcome="answered"} 3');
    expect(text).toContain('newsbot_deliveries_total{status="sent",platform="console"} 1');
    expect(text).toContain('newsbot_send_latency_seconds_bucket{platform="console",le="0.025"} 1');
    expect(text).toContain('newsbot_queue_depth 7');
  });

  it('lets another adapter mount a route, and answers 404 elsewhere', async () => {
    const base = await start(true, []);
    server.addRoute('POST', '/telegram/webhook', (_request, response) => { response.writeHead(200).end('ok'); });
    expect(await (await fetch(`${base}/telegram/webhook`, { method: 'POST', body: '{}' })).text()).toBe('ok');
    expect((await fetch(`${base}/telegram/webhook`)).status).toBe(405);
    expect((await fetch(`${base}/nothing`)).status).toBe(404);
  });
});
