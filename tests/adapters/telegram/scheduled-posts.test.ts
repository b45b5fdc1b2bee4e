/**
 * Subscriptions and scheduled posts end to end: moderators subscribe through Telegram, the
 * real scheduler and delivery worker (in-memory store) send through the Telegram Poster to
 * the fake Bot API, which fails on cue (403, migrate_to_chat_id).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../../src/adapters/store/memory-store.js';
import { createDeliveryWorker, type DeliveryWorker } from '../../../src/core/schedule/delivery-worker.js';
import { createModeration } from '../../../src/core/schedule/moderation.js';
import { createScheduler, type Scheduler } from '../../../src/core/schedule/scheduler.js';
import type { Store } from '../../../src/core/schedule/store-port.js';
import { systemClock } from '../../../src/system-clock.js';
import { seedArticle } from '../../helpers/stories.js';
import { ANNA, GROUP, JOHN, messageUpdate, startHarness, visibleText, type Harness } from './harness.js';

interface World { harness: Harness; store: Store; scheduler: Scheduler; worker: DeliveryWorker }
let world: World | undefined;
afterEach(async () => {
  await world?.worker.stop();
  await world?.harness.stop();
  world = undefined;
});

async function startWorld(): Promise<World> {
  const store = createMemoryStore();
  const kick = { worker: undefined as DeliveryWorker | undefined };
  const scheduler = createScheduler({
    store, clock: systemClock, defaultSchedule: 'stündlich', timezone: 'Europe/Berlin', batchSize: 1, onEnqueued: () => kick.worker?.kick(),
  });
  await scheduler.syncItems([seedArticle()]);
  const moderation = createModeration({ scheduler, store, clock: systemClock });
  // Moves the subscription as main.ts wires it.
  const onChatMigrated = async (from: string, to: string) => { await scheduler.moveChannel('telegram', from, to); };
  const harness = await startHarness({ moderation, extra: { onChatMigrated } });
  const worker = createDeliveryWorker({ store, clock: systemClock, posters: [harness.adapter.poster], workerId: 'test-worker', pollMs: 50 });
  kick.worker = worker;
  await worker.start();
  return { harness, store, scheduler, worker };
}

const sentTo = (chatId: number) => (call: { method: string; ok: boolean; payload: Record<string, unknown> }) =>
  call.method === 'sendMessage' && call.ok && call.payload['chat_id'] === chatId;

async function until<T>(probe: () => Promise<T | null | undefined | false>, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('telegram subscriptions and scheduled posts', () => {
  it('subscribes a group for its admin, refuses a member, and delivers a scheduled post there', async () => {
    world = await startWorld();
    const { harness, store, scheduler } = world;
    harness.fake.setMember(GROUP.id, ANNA.id, 'administrator');

    harness.fake.pushUpdate(messageUpdate('/abonnieren', JOHN, GROUP));
    const refusal = await harness.fake.waitForCall(sentTo(GROUP.id));
    expect(visibleText(refusal)).toMatch(/only moderators/);
    expect(await store.getSubscription('telegram', String(GROUP.id))).toBeNull();

    const mark = harness.fake.calls.length;
    harness.fake.pushUpdate(messageUpdate('/abonnieren täglich 08:00', ANNA, GROUP));
    const confirmation = await harness.fake.waitForCall(sentTo(GROUP.id), { since: mark });
    expect(visibleText(confirmation)).toMatch(/^Abonniert/);
    const subscription = await store.getSubscription('telegram', String(GROUP.id));
    expect(subscription?.cron).toBeTruthy();

    const before = harness.fake.calls.length;
    expect(await scheduler.tick(subscription!.id)).toBe(1);
    const post = await harness.fake.waitForCall(sentTo(GROUP.id), { since: before });
    expect(visibleText(post)).toMatch(/^Eilmeldung: /);
    expect(post.payload['parse_mode']).toBe('HTML');
    const deliveries = await until(async () => {
      const rows = await store.listDeliveries(subscription!.id);
      return rows.some((row) => row.status === 'sent') && rows;
    });
    expect(deliveries.find((row) => row.status === 'sent')?.messageId).toBeTruthy();
  });

  it('disables the subscription when the bot was kicked (403)', async () => {
    world = await startWorld();
    const { harness, store, scheduler } = world;
    const { subscription } = await scheduler.subscribe('telegram', '-1003333333333');
    harness.fake.failNext('sendMessage', { code: 403, description: 'Forbidden: bot was kicked from the supergroup chat' }, -1003333333333);
    await scheduler.tick(subscription.id);
    const disabled = await until(async () => (await store.getSubscriptionById(subscription.id))?.disabledReason);
    expect(disabled).toMatch(/403.*kicked/);
    expect(await scheduler.tick(subscription.id)).toBe(0); // a disabled subscription sends nothing
  });

  it('follows a group that became a supergroup and delivers there', async () => {
    world = await startWorld();
    const { harness, store, scheduler } = world;
    const { subscription } = await scheduler.subscribe('telegram', '-4444');
    harness.fake.failNext('sendMessage', { code: 400, migrateToChatId: -1004444444444 }, -4444);
    await scheduler.tick(subscription.id);
    const post = await harness.fake.waitForCall(sentTo(-1004444444444));
    expect(visibleText(post)).toMatch(/^Eilmeldung: /);
    expect((await store.getSubscriptionById(subscription.id))?.channelId).toBe('-1004444444444');
  });

  it('moves the subscription when Telegram announces the migration in the old group', async () => {
    world = await startWorld();
    const { harness, store, scheduler } = world;
    const { subscription } = await scheduler.subscribe('telegram', '-5555');
    const id = harness.fake.pushUpdate(messageUpdate('', ANNA, { id: -5555, type: 'group', title: 'Alt' }, { migrate_to_chat_id: -1005555555555 }));
    await harness.waitHandled([id]);
    expect(harness.sent()).toEqual([]); // a service message is no question
    expect((await store.getSubscriptionById(subscription.id))?.channelId).toBe('-1005555555555');
    await scheduler.tick(subscription.id);
    await harness.fake.waitForCall(sentTo(-1005555555555));
  });
});
