import { describe, expect, it } from 'vitest';
import { createCronService, validateCron } from '../../../src/adapters/cron/cron-service.js';
import { createMemoryStore } from '../../../src/adapters/store/memory-store.js';
import { createScheduler } from '../../../src/core/schedule/scheduler.js';
import { seedArticle } from '../../helpers/stories.js';
import { systemClock } from '../../../src/system-clock.js';

const quiet = { info() {}, warn() {}, error() {} };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('cron service (node-cron)', () => {
  it('ticks an active per-second subscription, re-plans on change, and stops ticking when stopped', async () => {
    const store = createMemoryStore();
    const scheduler = createScheduler({ store, clock: systemClock, defaultSchedule: 'stündlich', timezone: 'Europe/Berlin', batchSize: 1, validateCron });
    await scheduler.syncItems([seedArticle()]);
    const cron = createCronService({ scheduler, logger: quiet });
    await cron.start();
    const { subscription } = await scheduler.subscribe('console', 'console', '* * * * * *');
    await sleep(50);
    expect(cron.planned()).toEqual([subscription.id]);
    await sleep(2_300);
    const ticked = (await store.deliveryCounts()).pending;
    expect(ticked).toBeGreaterThanOrEqual(2);
    expect(ticked).toBeLessThanOrEqual(3);
    await scheduler.setPaused(subscription, true);
    await sleep(50);
    expect(cron.planned()).toEqual([]);
    await cron.stop();
    expect(cron.state()).toBe('stopped');
    await sleep(1_200);
    expect((await store.deliveryCounts()).pending).toBe(ticked);
  });

  it('makes up a missed run once at start', async () => {
    const store = createMemoryStore();
    const scheduler = createScheduler({ store, clock: systemClock, defaultSchedule: 'stündlich', timezone: 'Europe/Berlin', batchSize: 1 });
    await scheduler.syncItems([seedArticle()]);
    const { subscription } = await scheduler.subscribe('console', 'console', 'stündlich');
    await store.saveSubscription({ ...subscription, lastTickAt: Date.now() - 3 * 3_600_000 });
    const cron = createCronService({ scheduler, logger: quiet });
    await cron.start();
    expect((await store.deliveryCounts()).pending).toBe(1);
    await cron.stop();
  });

  it('validates with node-cron', () => {
    expect(validateCron('*/2 * * * * *')).toBe(true);
    expect(validateCron('99 * * * *')).toBe(false);
  });
});
