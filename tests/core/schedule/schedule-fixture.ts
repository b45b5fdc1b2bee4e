/** Shared set-up for scheduler, worker and moderation tests: memory store, stepping clock, recording Poster. */
import { createMemoryStore } from '../../../src/adapters/store/memory-store.js';
import type { OutgoingPost, Platform, Poster, RateLimits } from '../../../src/core/ports.js';
import { replyToPlainText } from '../../../src/core/reply.js';
import { createDeliveryWorker } from '../../../src/core/schedule/delivery-worker.js';
import { createScheduler } from '../../../src/core/schedule/scheduler.js';
import { seedArticle } from '../../helpers/stories.js';
import { createSteppingClock } from './fake-clock.js';

export interface RecordingPoster extends Poster {
  posts: Array<{ channelId: string; itemId: string; deliveryId: string; text: string }>;
  /** Errors to throw on the next calls, in order. */
  failNext: Error[];
}

export function createRecordingPoster(platform: Platform = 'console', limits: RateLimits = { perSecond: 30 }): RecordingPoster {
  const poster: RecordingPoster = {
    platform, limits, posts: [], failNext: [],
    async post(channelId: string, post: OutgoingPost) {
      const error = poster.failNext.shift();
      if (error) throw error;
      poster.posts.push({ channelId, itemId: post.itemId, deliveryId: post.deliveryId, text: replyToPlainText(post.reply) });
      return { messageId: `m${poster.posts.length}` };
    },
  };
  return poster;
}

export interface LogRecord { level: string; details: object; message?: string }

export function createFixture(options: { batchSize?: number; defaultSchedule?: string } = {}) {
  const clock = createSteppingClock();
  const store = createMemoryStore();
  const poster = createRecordingPoster();
  const logs: LogRecord[] = [];
  const logger = Object.fromEntries(['debug', 'info', 'warn', 'error'].map((level) => [level,
    (details: object, message?: string) => { logs.push({ level, details, message }); }])) as unknown as import('../../../src/core/schedule/logger-port.js').ScheduleLogger;
  const worker = createDeliveryWorker({ store, clock, posters: [poster], workerId: 'test', logger, pollMs: 500,
    backoff: { baseMs: 1000, maxMs: 60_000, maxAttempts: 4 } });
  const scheduler = createScheduler({
    store, clock, defaultSchedule: options.defaultSchedule ?? 'stündlich', timezone: 'Europe/Berlin',
    batchSize: options.batchSize ?? 1, logger, onEnqueued: () => worker.kick(),
  });
  const article = seedArticle();
  return { clock, store, poster, worker, scheduler, article, logs };
}
