import { afterEach, describe, expect, it } from 'vitest';
import { ChannelMovedError, PermanentPostError, TransientPostError } from '../../../src/core/errors.js';
import { createFixture } from './schedule-fixture.js';

describe('delivery worker', () => {
  let fixture: ReturnType<typeof createFixture>;
  afterEach(async () => { await fixture.worker.stop(); });

  async function subscribed() {
    fixture = createFixture();
    const { scheduler, article, worker } = fixture;
    await scheduler.syncItems([article]);
    const { subscription } = await scheduler.subscribe('console', 'console', '* * * * * *');
    await worker.start();
    return subscription;
  }

  it('sends each ticked item once, in order, and records the message id', async () => {
    const subscription = await subscribed();
    await fixture.scheduler.tick(subscription.id);
    await fixture.scheduler.tick(subscription.id);
    await fixture.clock.advance(100);
    expect(fixture.poster.posts.map((p) => p.text.split('\n')[0])).toHaveLength(2);
    expect(fixture.poster.posts[0]?.text).toMatch(/^Eilmeldung: Wladimir Putin/);
    const rows = await fixture.store.listDeliveries(subscription.id);
    expect(rows.map((r) => [r.status, r.messageId])).toEqual([['sent', 'm1'], ['sent', 'm2']]);
  });

  it('retries a transient failure after the backoff and respects retry-after', async () => {
    const subscription = await subscribed();
    fixture.poster.failNext.push(new TransientPostError('429', 5_000));
    await fixture.scheduler.tick(subscription.id);
    await fixture.clock.advance(4_900);
    expect(fixture.poster.posts).toHaveLength(0);
    await fixture.clock.advance(700);
    expect(fixture.poster.posts).toHaveLength(1);
    const [row] = await fixture.store.listDeliveries(subscription.id);
    expect(row).toMatchObject({ status: 'sent', attempts: 2, lastError: '429' });
  });

  it('gives up after the last attempt and marks the row failed', async () => {
    const subscription = await subscribed();
    fixture.poster.failNext.push(...Array.from({ length: 4 }, () => new TransientPostError('HTTP 502')));
    await fixture.scheduler.tick(subscription.id);
    await fixture.clock.advance(60_000);
    const [row] = await fixture.store.listDeliveries(subscription.id);
    expect(row).toMatchObject({ status: 'failed', attempts: 4 });
  });

  it('disables the subscription on a permanent refusal, shows the reason, and logs it once', async () => {
    const subscription = await subscribed();
    fixture.poster.failNext.push(new PermanentPostError('bot was kicked', 403));
    await fixture.scheduler.tick(subscription.id);
    await fixture.scheduler.tick(subscription.id);
    await fixture.clock.advance(5_000);
    const stored = await fixture.store.getSubscriptionById(subscription.id);
    expect(stored?.disabledReason).toBe('bot was kicked');
    expect(fixture.poster.posts).toHaveLength(0);
    expect(fixture.logs.filter((l) => l.message?.includes('disabled'))).toHaveLength(1);
    expect(await fixture.scheduler.tick(subscription.id)).toBe(0);
  });

  it('follows a moved channel and posts there', async () => {
    const subscription = await subscribed();
    fixture.poster.failNext.push(new ChannelMovedError('-100999'));
    await fixture.scheduler.tick(subscription.id);
    await fixture.clock.advance(1_000);
    expect(fixture.poster.posts.map((p) => p.channelId)).toEqual(['-100999']);
    expect((await fixture.store.getSubscriptionById(subscription.id))?.channelId).toBe('-100999');
  });

  it('releases rows it has not sent when stopped, so a restart sends them', async () => {
    fixture = createFixture();
    const { scheduler, article, store, clock } = fixture;
    await scheduler.syncItems([article]);
    const { subscription } = await scheduler.subscribe('console', 'console');
    await scheduler.tick(subscription.id);
    let release: () => void = () => {};
    const hanging = { ...fixture.poster, post: () => new Promise<{ messageId: string }>((resolve) => { release = () => resolve({ messageId: 'late' }); }) };
    const { createDeliveryWorker } = await import('../../../src/core/schedule/delivery-worker.js');
    const worker = createDeliveryWorker({ store, clock, posters: [hanging], workerId: 'w', stopGraceMs: 1000 });
    await worker.start();
    await clock.advance(10);
    const stopped = worker.stop();
    await clock.advance(1_000);
    await stopped;
    expect(worker.state()).toBe('stopped');
    const [row] = await store.listDeliveries(subscription.id);
    expect(row).toMatchObject({ status: 'pending', claimedBy: null });
    release();
  });
});
