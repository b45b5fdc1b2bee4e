/**
 * Fan-out benchmark: one "sofort" item to N channels (default 10,000; BENCH_FANOUT_CHANNELS
 * to change) through the real scheduler, SQLite outbox and delivery worker, into a fake
 * Poster that enforces Telegram's 30 msgs/s in any sliding second. Reports wall time against
 * the ideal N/30 s, lost, duplicated and limit violations; then again with 1% random
 * transient failures.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSqliteStore } from '../src/adapters/store/sqlite-store.js';
import { TransientPostError } from '../src/core/errors.js';
import type { OutgoingPost, Poster } from '../src/core/ports.js';
import { createDeliveryWorker } from '../src/core/schedule/delivery-worker.js';
import { createScheduler } from '../src/core/schedule/scheduler.js';
import { systemClock } from '../src/system-clock.js';

/** Telegram's overall limit, in messages per second. */
const RATE = 30;

interface FakeTelegram extends Poster {
  received: Map<string, number>;
  violations: number;
  failures: number;
  lastAt: number;
}

/** A Poster that counts every post per channel and refuses (and counts) any beyond 30 in a sliding second. */
function createFakeTelegram(failureRate: number, random: () => number): FakeTelegram {
  const window: number[] = [];
  const fake: FakeTelegram = {
    platform: 'telegram',
    limits: { perSecond: RATE, perChatIntervalMs: 1000, perGroupPerMinute: 20 },
    received: new Map(),
    violations: 0,
    failures: 0,
    lastAt: 0,
    async post(channelId: string, post: OutgoingPost) {
      const now = systemClock.now();
      while (window.length > 0 && (window[0] ?? 0) <= now - 1000) window.shift();
      window.push(now);
      if (window.length > RATE) {
        fake.violations++;
        throw new TransientPostError('429 Too Many Requests', 1000);
      }
      await Promise.resolve();
      if (random() < failureRate) {
        fake.failures++;
        throw new TransientPostError('502 Bad Gateway');
      }
      fake.received.set(channelId, (fake.received.get(channelId) ?? 0) + 1);
      fake.lastAt = systemClock.now();
      return { messageId: `${channelId}:${post.deliveryId}` };
    },
  };
  return fake;
}

/** A seeded generator, so a run's failures can be repeated. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

async function runOnce(channels: number, failureRate: number): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'newsbot-bench-'));
  const store = createSqliteStore({ dataDir: dir });
  try {
    for (let index = 0; index < channels; index++) {
      await store.saveSubscription({
        id: `telegram:${-1000000 - index}`, platform: 'telegram', channelId: String(-1000000 - index), cron: '0 * * * *',
        timezone: 'Europe/Berlin', paused: false, disabledReason: null, removed: false, createdAt: index, lastTickAt: null, lastError: null,
      });
    }
    const poster = createFakeTelegram(failureRate, seededRandom(42));
    const worker = createDeliveryWorker({
      store, clock: systemClock, posters: [poster], workerId: 'bench', pollMs: 250,
      backoff: { baseMs: 1000, maxMs: 10_000, maxAttempts: 50 },
    });
    const scheduler = createScheduler({
      store, clock: systemClock, defaultSchedule: 'stündlich', timezone: 'Europe/Berlin', batchSize: 1, onEnqueued: () => worker.kick(),
    });
    await worker.start();
    const started = systemClock.now();
    const { sentTo } = await scheduler.addModeratorItem('Benchmark: eine Eilmeldung an alle Kanäle', 'bench', true);
    while ((await store.deliveryCounts()).pending > 0) await new Promise((resolve) => setTimeout(resolve, 100));
    const wallMs = poster.lastAt - started;
    await worker.stop();
    const counts = await store.deliveryCounts();
    const lost = channels - poster.received.size;
    const duplicated = [...poster.received.values()].filter((count) => count > 1).length;
    const idealMs = (channels / RATE) * 1000;
    const overPercent = ((wallMs / idealMs) - 1) * 100;
    const label = failureRate > 0 ? `${(failureRate * 100).toFixed(0)}% transient failures` : 'no failures';
    return `fan-out to ${channels} channels (${label}): wall ${(wallMs / 1000).toFixed(2)} s vs ideal ${(idealMs / 1000).toFixed(2)} s `
      + `(${overPercent >= 0 ? '+' : ''}${overPercent.toFixed(2)}%, target within 5%), enqueued ${sentTo}, `
      + `lost ${lost}, duplicated ${duplicated}, limit violations ${poster.violations}, transient failures retried ${poster.failures}, `
      + `outbox sent ${counts.sent} / failed ${counts.failed}`;
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs both fan-outs and returns one report line each. */
export async function runFanoutBench(): Promise<string[]> {
  const channels = Number(process.env.BENCH_FANOUT_CHANNELS ?? 10_000);
  return [await runOnce(channels, 0), await runOnce(channels, 0.01)];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const line of await runFanoutBench()) console.log(line);
}
