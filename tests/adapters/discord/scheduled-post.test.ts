/**
 * End to end: a moderator subscribes a channel with /news abonnieren, a cron tick enqueues
 * the next breaking item, the delivery worker posts it through the Discord Poster.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../../src/adapters/store/memory-store.js';
import { createDeliveryWorker, type DeliveryWorker } from '../../../src/core/schedule/delivery-worker.js';
import { createModeration } from '../../../src/core/schedule/moderation.js';
import { createScheduler, subscriptionId, type Scheduler } from '../../../src/core/schedule/scheduler.js';
import type { Store } from '../../../src/core/schedule/store-port.js';
import { systemClock } from '../../../src/system-clock.js';
import { REFUSALS } from '../../fakes/discord-fake.js';
import { validateMessage } from '../../fakes/discord-validate.js';
import { seedArticle } from '../../helpers/stories.js';
import { startHarness, type Harness } from './harness.js';

type Json = Record<string, unknown>;
let harness: Harness | undefined;
let worker: DeliveryWorker | undefined;
afterEach(async () => { await worker?.stop(); await harness?.close(); harness = undefined; worker = undefined; });

async function startWithSchedule(): Promise<{ h: Harness; store: Store; scheduler: Scheduler }> {
  const store = createMemoryStore();
  let kick = () => {};
  const scheduler = createScheduler({ store, clock: systemClock, defaultSchedule: 'stündlich', timezone: 'Europe/Berlin', batchSize: 1, onEnqueued: () => kick() });
  await scheduler.syncItems([seedArticle()]);
  const h = (harness = await startHarness({ moderation: createModeration({ scheduler, store, clock: systemClock }) }));
  worker = createDeliveryWorker({ store, clock: systemClock, posters: [h.adapter.poster], workerId: 'test', pollMs: 50, backoff: { baseMs: 10, maxMs: 50, maxAttempts: 3 } });
  kick = () => worker?.kick();
  await worker.start();
  return { h, store, scheduler };
}

/** Polls `check` every 20 ms until it holds (store changes do not notify the fake). */
async function eventually<T>(check: () => Promise<T | null | undefined | false>, timeoutMs = 3000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const subscribe = (h: Harness, channel: string) => h.fake.interact({ type: 2, moderator: true, data: { id: '800000000000000009', name: 'news', type: 1,
  options: [{ type: 1, name: 'abonnieren', options: [{ type: 3, name: 'zeitplan', value: 'täglich 08:00' }, { type: 7, name: 'kanal', value: channel }] }] } });

describe('Discord subscriptions and scheduled posts', () => {
  it('subscribes a channel and posts the next breaking item there when the schedule fires', async () => {
    const { h, store, scheduler } = await startWithSchedule();
    const channel = h.fake.channelIds[1]!;
    const id = subscribe(h, channel);
    const response = await h.fake.waitFor(() => h.fake.responses.find((r) => r.interactionId === id));
    expect(validateMessage(response.data)).toEqual([]);
    const subscription = await store.getSubscription('discord', channel);
    expect(subscription).toMatchObject({ channelId: channel, paused: false });
    await scheduler.tick(subscriptionId('discord', channel));
    const post = await h.fake.waitFor(() => h.fake.posted.find((p) => p.channelId === channel));
    expect(validateMessage(post.body)).toEqual([]);
    expect(post.body.enforce_nonce).toBe(true);
    expect(typeof post.body.nonce).toBe('string');
    expect(String(((post.body.embeds as Json[])[0]!).title)).toContain('Putin');
    await eventually(async () => (await store.deliveryCounts(subscription!.id)).sent === 1);
    const [delivery] = await store.listDeliveries(subscription!.id);
    expect(delivery!.messageId).toBe(post.message.id);
  });

  it('disables the subscription with the reason when Discord answers 50013', async () => {
    const { h, store, scheduler } = await startWithSchedule();
    const channel = h.fake.channelIds[1]!;
    const id = subscribe(h, channel);
    await h.fake.waitFor(() => h.fake.responses.find((r) => r.interactionId === id));
    h.fake.refuse(channel, REFUSALS.missingPermissions);
    await scheduler.tick(subscriptionId('discord', channel));
    const subscription = await eventually(async () => {
      const current = await store.getSubscription('discord', channel);
      return current?.disabledReason ? current : null;
    });
    expect(subscription.disabledReason).toMatch(/Missing Permissions/);
    expect(subscription.disabledReason).toContain('50013');
    expect(h.fake.posted.filter((p) => p.channelId === channel)).toEqual([]);
  });
});
