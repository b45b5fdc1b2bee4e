/** One behaviour suite every Store must pass (SQLite and in-memory). */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BreakingItem, Store, Subscription } from '../../../src/core/schedule/store-port.js';

export const item = (id: string, articleId: string | null = 'artikel'): BreakingItem => ({
  id, articleId, origin: articleId ? 'article' : 'moderator', title: 'Titel', text: `Text ${id}`, source: 'news.de/dpa', createdAt: 1,
});
export const subscription = (channelId: string, patch: Partial<Subscription> = {}): Subscription => ({
  id: `console:${channelId}`, platform: 'console', channelId, cron: '* * * * * *', timezone: 'Europe/Berlin', paused: false,
  disabledReason: null, removed: false, createdAt: 1, lastTickAt: null, lastError: null, ...patch,
});
const claim = (store: Store, workerId: string, now = 100, limit = 10, exclude: string[] = []) =>
  store.claimDeliveries({ workerId, platform: 'console', now, leaseMs: 1000, limit, excludeSubscriptionIds: exclude });

export function storeContract(name: string, open: () => Promise<{ store: Store; cleanup: () => Promise<void> }>): void {
  describe(`${name} (Store contract)`, () => {
    let store: Store;
    let cleanup: () => Promise<void>;
    beforeEach(async () => { ({ store, cleanup } = await open()); });
    afterEach(async () => { await cleanup(); });

    it('keeps item order and ignores items it already has', async () => {
      expect(await store.addItems([item('a'), item('b')])).toEqual(['a', 'b']);
      expect(await store.addItems([item('b'), item('c')])).toEqual(['c']);
      await store.saveSubscription(subscription('k'));
      expect((await store.nextItemsFor('console:k', 10)).map((i) => i.id)).toEqual(['a', 'b', 'c']);
    });

    it('skips retired items (an edited bullet) when picking the next one', async () => {
      await store.addItems([item('a'), item('b'), item('m', null)]);
      await store.saveSubscription(subscription('k'));
      expect(await store.retireItems('artikel', ['b'])).toBe(1);
      expect((await store.nextItemsFor('console:k', 10)).map((i) => i.id)).toEqual(['b', 'm']);
      expect(await store.countUnscheduled('console:k')).toBe(2);
    });

    it('writes one delivery row per item and subscription, never two', async () => {
      await store.addItems([item('a')]);
      await store.saveSubscription(subscription('k'));
      expect(await store.enqueue([{ itemId: 'a', subscriptionId: 'console:k', priority: 0 }], 50, 'console:k')).toBe(1);
      expect(await store.enqueue([{ itemId: 'a', subscriptionId: 'console:k', priority: 0 }], 60)).toBe(0);
      expect(await store.deliveryCounts('console:k')).toEqual({ pending: 1, sent: 0, failed: 0 });
      expect((await store.getSubscriptionById('console:k'))?.lastTickAt).toBe(50);
      expect(await store.nextItemsFor('console:k', 10)).toEqual([]);
    });

    it('claims one row per channel, sofort items first, and never a row another worker holds', async () => {
      await store.addItems([item('a'), item('b'), item('m', null)]);
      await store.saveSubscription(subscription('k'));
      await store.saveSubscription(subscription('l', { createdAt: 2 }));
      await store.enqueue([
        { itemId: 'a', subscriptionId: 'console:k', priority: 0 }, { itemId: 'b', subscriptionId: 'console:k', priority: 0 },
        { itemId: 'm', subscriptionId: 'console:k', priority: 1 }, { itemId: 'a', subscriptionId: 'console:l', priority: 0 },
      ], 0);
      const first = await claim(store, 'w1');
      expect(first.map((c) => [c.subscription.channelId, c.item.id])).toEqual([['k', 'm'], ['l', 'a']]);
      expect(first[0]?.delivery.claimedBy).toBe('w1');
      expect(await claim(store, 'w2')).toEqual([]);
      await store.markSent(first[0]!.delivery.id, 'w1', 'msg-1', 110);
      expect((await claim(store, 'w2')).map((c) => c.item.id)).toEqual(['a']);
    });

    it('returns a crashed worker\'s rows after the lease, or at once when it releases them', async () => {
      await store.addItems([item('a')]);
      await store.saveSubscription(subscription('k'));
      await store.enqueue([{ itemId: 'a', subscriptionId: 'console:k', priority: 0 }], 0);
      expect(await claim(store, 'w1', 100)).toHaveLength(1);
      expect(await claim(store, 'w2', 1099)).toHaveLength(0);
      expect(await claim(store, 'w2', 1101)).toHaveLength(1);
      expect(await store.releaseClaims('w2')).toBe(1);
      expect(await claim(store, 'w3', 1102)).toHaveLength(1);
    });

    it('records sent, retry and failed outcomes with attempts and the last error', async () => {
      await store.addItems([item('a'), item('b')]);
      await store.saveSubscription(subscription('k'));
      await store.enqueue([{ itemId: 'a', subscriptionId: 'console:k', priority: 0 }], 0);
      const [row] = await claim(store, 'w');
      await store.markRetry(row!.delivery.id, 'w', 'HTTP 502', 5000);
      expect(await claim(store, 'w', 4999)).toEqual([]);
      expect(await store.nextDueAt()).toBe(5000);
      const [again] = await claim(store, 'w', 5000);
      expect(again?.delivery.attempts).toBe(1);
      await store.markFailed(again!.delivery.id, 'w', 'blocked', 5001);
      const [stored] = await store.listDeliveries('console:k');
      expect(stored).toMatchObject({ status: 'failed', attempts: 2, lastError: 'blocked' });
      expect((await store.getSubscriptionById('console:k'))?.lastError).toBe('blocked');
      await store.enqueue([{ itemId: 'b', subscriptionId: 'console:k', priority: 0 }], 6000);
      const [third] = await claim(store, 'w', 6000);
      await store.markSent(third!.delivery.id, 'w', 'm-7', 6001);
      expect(await store.deliveryCounts()).toEqual({ pending: 0, sent: 1, failed: 1 });
      expect((await store.listDeliveries('console:k'))[1]).toMatchObject({ status: 'sent', messageId: 'm-7', sentAt: 6001 });
    });

    it('claims nothing for paused, disabled or removed subscriptions, and drops pending rows on unsubscribe', async () => {
      await store.addItems([item('a')]);
      await store.saveSubscription(subscription('k', { paused: true }));
      await store.enqueue([{ itemId: 'a', subscriptionId: 'console:k', priority: 0 }], 0);
      expect(await claim(store, 'w')).toEqual([]);
      await store.saveSubscription(subscription('k', { disabledReason: 'kicked' }));
      expect(await claim(store, 'w')).toEqual([]);
      await store.saveSubscription(subscription('k'));
      expect(await store.dropPending('console:k')).toBe(1);
      expect(await store.nextItemsFor('console:k', 5)).toHaveLength(1);
    });

    it('finds subscriptions by channel, lists only those not removed, and follows a channel move', async () => {
      await store.saveSubscription(subscription('k'));
      await store.saveSubscription(subscription('gone', { removed: true }));
      expect((await store.listSubscriptions()).map((s) => s.channelId)).toEqual(['k']);
      expect((await store.getSubscription('console', 'gone'))?.removed).toBe(true);
      await store.saveSubscription(subscription('k', { channelId: 'k2' }));
      expect((await store.getSubscription('console', 'k2'))?.id).toBe('console:k');
    });

    it('keeps the handled update ids of each platform, forgetting those below the window it is given', async () => {
      expect(await store.handledUpdates('telegram')).toEqual([]);
      await store.saveHandledUpdates('telegram', [5, 7, 9]);
      await store.saveHandledUpdates('discord', [1]);
      await store.saveHandledUpdates('telegram', [7, 9, 12]);
      expect(await store.handledUpdates('telegram')).toEqual([7, 9, 12]);
      expect(await store.handledUpdates('discord')).toEqual([1]);
    });

    it('keeps an audit log, newest first', async () => {
      await store.appendAudit({ at: 1, platform: 'console', channelId: 'c', userId: 'u', userName: null, action: 'pause', details: 'ok' });
      await store.appendAudit({ at: 2, platform: 'console', channelId: 'c', userId: 'u', userName: 'Ana', action: 'status', details: 'ok' });
      expect((await store.listAudit(10)).map((e) => e.action)).toEqual(['status', 'pause']);
      expect(await store.ping()).toBe(true);
    });
  });
}
