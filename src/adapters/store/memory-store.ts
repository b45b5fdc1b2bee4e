/**
 * An in-memory Store with the same semantics as the SQLite one (unique (item, subscription)
 * rows, leases, queue order). For tests, benchmarks and runs without a data folder;
 * everything is lost when the process ends.
 */
import type { Platform } from '../../core/ports.js';
import type {
  AuditEntry, BreakingItem, ClaimedDelivery, Delivery, DeliveryCounts, Store, Subscription,
} from '../../core/schedule/store-port.js';

interface StoredItem { item: BreakingItem; seq: number; retired: boolean }

export function createMemoryStore(): Store {
  const items = new Map<string, StoredItem>();
  const subscriptions = new Map<string, Subscription>();
  const deliveries = new Map<string, Delivery>();
  const byPair = new Set<string>();
  const audit: AuditEntry[] = [];
  const handled = new Map<Platform, number[]>();
  let seq = 0;
  let deliverySeq = 0;
  let closed = false;

  const open = (): void => { if (closed) throw new Error('store is closed'); };
  const pair = (itemId: string, subscriptionId: string): string => `${itemId}\u0000${subscriptionId}`;
  const liveItems = (): StoredItem[] => [...items.values()].filter((entry) => !entry.retired).sort((a, b) => a.seq - b.seq);
  const unscheduled = (subscriptionId: string): BreakingItem[] =>
    liveItems().filter((entry) => !byPair.has(pair(entry.item.id, subscriptionId))).map((entry) => entry.item);
  const ownedBy = (delivery: Delivery | undefined, workerId: string): delivery is Delivery =>
    delivery !== undefined && delivery.status === 'pending' && (delivery.claimedBy === workerId || delivery.claimedBy === null);
  const noteError = (delivery: Delivery, error: string): void => {
    const subscription = subscriptions.get(delivery.subscriptionId);
    if (subscription) subscriptions.set(subscription.id, { ...subscription, lastError: error });
  };
  const order = (a: Delivery, b: Delivery): number =>
    b.priority - a.priority || (items.get(a.itemId)?.seq ?? 0) - (items.get(b.itemId)?.seq ?? 0) || Number(a.id) - Number(b.id);

  return {
    async addItems(newItems) {
      open();
      return newItems.filter((item) => !items.has(item.id)).map((item) => {
        items.set(item.id, { item: { ...item }, seq: ++seq, retired: false });
        return item.id;
      });
    },
    async retireItems(articleId, keepIds) {
      const keep = new Set(keepIds);
      let retired = 0;
      for (const entry of items.values()) {
        if (entry.item.articleId === articleId && !entry.retired && !keep.has(entry.item.id)) { entry.retired = true; retired++; }
      }
      return retired;
    },
    async nextItemsFor(subscriptionId, limit) { return unscheduled(subscriptionId).slice(0, limit); },
    async countUnscheduled(subscriptionId) { return unscheduled(subscriptionId).length; },
    async getSubscription(platform, channelId) {
      return [...subscriptions.values()].find((s) => s.platform === platform && s.channelId === channelId) ?? null;
    },
    async getSubscriptionById(id) { return subscriptions.get(id) ?? null; },
    async listSubscriptions() { return [...subscriptions.values()].filter((s) => !s.removed).sort((a, b) => a.createdAt - b.createdAt); },
    async saveSubscription(subscription) { open(); subscriptions.set(subscription.id, { ...subscription }); },
    async dropPending(subscriptionId) {
      let dropped = 0;
      for (const [id, delivery] of deliveries) {
        if (delivery.subscriptionId === subscriptionId && delivery.status === 'pending') {
          deliveries.delete(id);
          byPair.delete(pair(delivery.itemId, subscriptionId));
          dropped++;
        }
      }
      return dropped;
    },
    async enqueue(rows, now, tickSubscriptionId) {
      open();
      let written = 0;
      for (const row of rows) {
        const key = pair(row.itemId, row.subscriptionId);
        if (byPair.has(key)) continue;
        byPair.add(key);
        const id = String(++deliverySeq);
        deliveries.set(id, {
          id, itemId: row.itemId, subscriptionId: row.subscriptionId, status: 'pending', attempts: 0, lastError: null,
          messageId: null, priority: row.priority, nextAttemptAt: now, claimedBy: null, claimedUntil: null, createdAt: now, sentAt: null,
        });
        written++;
      }
      const ticked = tickSubscriptionId ? subscriptions.get(tickSubscriptionId) : undefined;
      if (ticked) subscriptions.set(ticked.id, { ...ticked, lastTickAt: now });
      return written;
    },
    async claimDeliveries(request) {
      open();
      const excluded = new Set(request.excludeSubscriptionIds);
      const firstPerSubscription = new Map<string, Delivery>();
      const leased = new Set<string>();
      for (const delivery of deliveries.values()) {
        if (delivery.status !== 'pending') continue;
        if (delivery.claimedUntil !== null && delivery.claimedUntil > request.now) leased.add(delivery.subscriptionId);
        const current = firstPerSubscription.get(delivery.subscriptionId);
        if (!current || order(delivery, current) < 0) firstPerSubscription.set(delivery.subscriptionId, delivery);
      }
      const claimed: ClaimedDelivery[] = [];
      for (const delivery of [...firstPerSubscription.values()].sort(order)) {
        if (claimed.length >= request.limit) break;
        const subscription = subscriptions.get(delivery.subscriptionId);
        const item = items.get(delivery.itemId)?.item;
        if (!subscription || !item || subscription.platform !== request.platform || subscription.paused || subscription.removed
          || subscription.disabledReason || excluded.has(subscription.id) || leased.has(subscription.id) || delivery.nextAttemptAt > request.now) continue;
        delivery.claimedBy = request.workerId;
        delivery.claimedUntil = request.now + request.leaseMs;
        claimed.push({ delivery: { ...delivery }, subscription: { ...subscription }, item: { ...item } });
      }
      return claimed;
    },
    async markSent(deliveryId, workerId, messageId, at) {
      const delivery = deliveries.get(deliveryId);
      if (!ownedBy(delivery, workerId)) return;
      Object.assign(delivery, { status: 'sent', messageId, sentAt: at, attempts: delivery.attempts + 1, claimedBy: null, claimedUntil: null });
    },
    async markRetry(deliveryId, workerId, error, nextAttemptAt) {
      const delivery = deliveries.get(deliveryId);
      if (!ownedBy(delivery, workerId)) return;
      Object.assign(delivery, { attempts: delivery.attempts + 1, lastError: error, nextAttemptAt, claimedBy: null, claimedUntil: null });
      noteError(delivery, error);
    },
    async markFailed(deliveryId, workerId, error) {
      const delivery = deliveries.get(deliveryId);
      if (!ownedBy(delivery, workerId)) return;
      Object.assign(delivery, { status: 'failed', attempts: delivery.attempts + 1, lastError: error, claimedBy: null, claimedUntil: null });
      noteError(delivery, error);
    },
    async releaseClaims(workerId) {
      let released = 0;
      for (const delivery of deliveries.values()) {
        if (delivery.claimedBy === workerId && delivery.status === 'pending') {
          delivery.claimedBy = null;
          delivery.claimedUntil = null;
          released++;
        }
      }
      return released;
    },
    async deliveryCounts(subscriptionId) {
      const counts: DeliveryCounts = { pending: 0, sent: 0, failed: 0 };
      for (const delivery of deliveries.values()) {
        if (!subscriptionId || delivery.subscriptionId === subscriptionId) counts[delivery.status]++;
      }
      return counts;
    },
    async nextDueAt() {
      let due: number | null = null;
      for (const delivery of deliveries.values()) {
        if (delivery.status === 'pending' && delivery.claimedBy === null) due = due === null ? delivery.nextAttemptAt : Math.min(due, delivery.nextAttemptAt);
      }
      return due;
    },
    async listDeliveries(subscriptionId) {
      return [...deliveries.values()].filter((d) => d.subscriptionId === subscriptionId).sort((a, b) => Number(a.id) - Number(b.id)).map((d) => ({ ...d }));
    },
    async handledUpdates(platform) { open(); return [...(handled.get(platform) ?? [])]; },
    async saveHandledUpdates(platform, ids) {
      open();
      const kept = (handled.get(platform) ?? []).filter((id) => ids.length > 0 && id >= ids[0]!);
      handled.set(platform, [...new Set([...kept, ...ids])].sort((a, b) => a - b));
    },
    async appendAudit(entry) { open(); audit.push({ ...entry }); },
    async listAudit(limit) { return audit.slice(-limit).reverse(); },
    async ping() { return !closed; },
    async close() { closed = true; },
  };
}
