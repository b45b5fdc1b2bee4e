import { describe, expect, it } from 'vitest';
import { UserError } from '../../../src/core/errors.js';
import { createFixture } from './schedule-fixture.js';

describe('scheduler', () => {
  it('delivers the next undelivered item per tick, and the configured batch', async () => {
    const { scheduler, article, store } = createFixture({ batchSize: 2 });
    expect(await scheduler.syncItems([article])).toBe(9);
    const { subscription } = await scheduler.subscribe('console', 'console');
    expect(await scheduler.tick(subscription.id)).toBe(2);
    expect(await scheduler.tick(subscription.id)).toBe(2);
    expect((await store.deliveryCounts(subscription.id)).pending).toBe(4);
    expect(await store.countUnscheduled(subscription.id)).toBe(5);
  });

  it('never re-posts an unchanged article when it is read again, and queues an edited bullet as new', async () => {
    const { scheduler, article, store } = createFixture({ batchSize: 20 });
    await scheduler.syncItems([article]);
    const { subscription } = await scheduler.subscribe('console', 'console');
    expect(await scheduler.tick(subscription.id)).toBe(9);
    expect(await scheduler.syncItems([structuredClone(article)])).toBe(0);
    expect(await scheduler.tick(subscription.id)).toBe(0);
    const edited = structuredClone(article);
    edited.sections.flatMap((s) => s.bullets)[0]!.text += ' Update: Kreml bestätigt.';
    expect(await scheduler.syncItems([edited])).toBe(1);
    expect(await scheduler.tick(subscription.id)).toBe(1);
    const rows = await store.listDeliveries(subscription.id);
    expect(new Set(rows.map((r) => r.itemId)).size).toBe(10);
  });

  it('makes up missed ticks once at start, not once per missed tick', async () => {
    const { scheduler, article, store, clock } = createFixture();
    await scheduler.syncItems([article]);
    const { subscription } = await scheduler.subscribe('console', 'console', '*/2 * * * * *');
    await clock.advance(60_000); // "down" for a minute: 30 ticks missed
    expect(await scheduler.catchUp()).toBe(1);
    expect((await store.deliveryCounts(subscription.id)).pending).toBe(1);
    expect(await scheduler.catchUp()).toBe(0);
  });

  it('makes up nothing when no run fell into the downtime', async () => {
    const { scheduler, article, clock } = createFixture();
    await scheduler.syncItems([article]);
    await scheduler.subscribe('console', 'console', 'täglich 08:00');
    await clock.advance(60_000);
    expect(await scheduler.catchUp()).toBe(0);
  });

  it('does not tick paused subscriptions and resumes without making up the pause', async () => {
    const { scheduler, article, clock } = createFixture();
    await scheduler.syncItems([article]);
    const { subscription } = await scheduler.subscribe('console', 'console', '* * * * * *');
    const paused = await scheduler.setPaused(subscription, true);
    expect(await scheduler.tick(subscription.id)).toBe(0);
    expect(scheduler.nextRunOf(paused)).toBeNull();
    await clock.advance(10_000);
    await scheduler.setPaused(paused, false);
    expect(await scheduler.catchUp()).toBe(0);
    expect(await scheduler.tick(subscription.id)).toBe(1);
  });

  it('keeps the old schedule when the new one is invalid', async () => {
    const { scheduler, store } = createFixture();
    const { subscription } = await scheduler.subscribe('console', 'console', 'täglich 08:00');
    await expect(scheduler.reschedule(subscription, 'täglich 27:00')).rejects.toBeInstanceOf(UserError);
    expect((await store.getSubscriptionById(subscription.id))?.cron).toBe('0 8 * * *');
  });

  it('sends a "sofort" item to every active subscription ahead of the queue', async () => {
    const { scheduler, article, store, clock, worker, poster } = createFixture();
    await scheduler.syncItems([article]);
    const a = (await scheduler.subscribe('console', 'a')).subscription;
    const b = (await scheduler.subscribe('console', 'b')).subscription;
    await scheduler.setPaused((await scheduler.subscribe('console', 'c')).subscription, true);
    await scheduler.tick(a.id);
    const { sentTo } = await scheduler.addModeratorItem('Pressekonferenz um 15 Uhr', 'console:u', true);
    expect(sentTo).toBe(2);
    await worker.start();
    await clock.advance(100);
    expect(poster.posts.map((p) => [p.channelId, p.text.includes('Pressekonferenz')])).toEqual([['a', true], ['b', true], ['a', false]]);
    expect((await store.deliveryCounts(b.id)).sent).toBe(1);
    await worker.stop();
  });

  it('revives a removed subscription without re-posting what it already got', async () => {
    const { scheduler, article, store } = createFixture();
    await scheduler.syncItems([article]);
    const { subscription } = await scheduler.subscribe('console', 'console');
    await scheduler.tick(subscription.id);
    const [row] = await store.listDeliveries(subscription.id);
    await store.markSent(row!.id, 'x', 'm', 1);
    await scheduler.tick(subscription.id);
    expect(await scheduler.unsubscribe('console', 'console')).toBe(true);
    expect(await scheduler.unsubscribe('console', 'console')).toBe(false);
    expect(await scheduler.activeSubscriptions()).toEqual([]);
    const again = await scheduler.subscribe('console', 'console');
    expect(again.created).toBe(true);
    expect(await store.countUnscheduled(subscription.id)).toBe(8);
  });
});
