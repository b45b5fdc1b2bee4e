/**
 * The scheduler: keeps breaking items in step with the articles, manages subscriptions,
 * and turns each cron tick into outbox rows (the next undelivered item or batch). Ticks
 * missed while the bot was down are made up once at start (`catchUp`), because node-cron
 * persists nothing.
 */
import type { Article } from '../article.js';
import type { Clock, Platform } from '../ports.js';
import { nextRun, parseCron } from './cron-expression.js';
import { itemsFromArticle, moderatorItem } from './items.js';
import { silentLogger, type ScheduleLogger } from './logger-port.js';
import { scheduleToCron, type CronValidator } from './schedule-phrases.js';
import type { BreakingItem, Store, Subscription } from './store-port.js';

export interface SchedulerDeps {
  store: Store;
  clock: Clock;
  /** Schedule phrase or cron for new subscriptions (config DEFAULT_SCHEDULE). */
  defaultSchedule: string;
  /** IANA zone for new subscriptions (config TIMEZONE). */
  timezone: string;
  /** Items per tick (config BATCH_SIZE). */
  batchSize: number;
  /** node-cron's `validate`, so nothing is accepted that the cron runner refuses. */
  validateCron?: CronValidator;
  logger?: ScheduleLogger;
  /** Called after rows were written, so the worker sends them without waiting for its poll. */
  onEnqueued?: () => void;
}

export interface Scheduler {
  /** Adds the items of `articles` the store does not know yet and retires edited-away ones; resolves with how many were new. */
  syncItems(articles: readonly Article[]): Promise<number>;
  /** Queues a moderator's item; with `now`, writes it ahead of the queue for every active subscription and resolves with how many. */
  addModeratorItem(text: string, author: string, now: boolean): Promise<{ item: BreakingItem; sentTo: number }>;
  /** Creates (or revives) the channel's subscription; `schedule` defaults to config. Throws UserError for a bad schedule. */
  subscribe(platform: Platform, channelId: string, schedule?: string): Promise<{ subscription: Subscription; created: boolean }>;
  /** Marks the subscription removed and drops its pending rows; false when there was none. */
  unsubscribe(platform: Platform, channelId: string): Promise<boolean>;
  /** The chat moved (Telegram group -> supergroup): its subscription follows to `toChannelId`; false when it had none. */
  moveChannel(platform: Platform, fromChannelId: string, toChannelId: string): Promise<boolean>;
  /** Sets a new schedule; throws UserError (nothing changes) for a bad one. */
  reschedule(subscription: Subscription, schedule: string): Promise<Subscription>;
  /** Pauses or resumes (resuming also re-enables a disabled subscription). */
  setPaused(subscription: Subscription, paused: boolean): Promise<Subscription>;
  /** One cron tick: enqueues the next item(s); resolves with rows written (0 when inactive or nothing left). */
  tick(subscriptionId: string): Promise<number>;
  /** /jetzt: enqueues the next item at once without touching the schedule. */
  deliverNow(subscriptionId: string): Promise<number>;
  /** At start: one tick for each active subscription that missed at least one run while down; resolves with how many. */
  catchUp(): Promise<number>;
  /** The next run after now (epoch ms), or null when paused, disabled or never. */
  nextRunOf(subscription: Subscription): number | null;
  /** Subscriptions that tick (not paused, disabled or removed). */
  activeSubscriptions(): Promise<Subscription[]>;
  /** Listens for subscription changes (the cron adapter re-plans its tasks); returns an unsubscribe function. */
  onSubscriptionsChanged(listener: () => void): () => void;
}

/** True when the subscription ticks. */
export function isActive(subscription: Subscription): boolean {
  return !subscription.paused && !subscription.disabledReason && !subscription.removed;
}

/** Subscription id for a channel: stable, readable in logs. */
export function subscriptionId(platform: Platform, channelId: string): string {
  return `${platform}:${channelId}`;
}

export function createScheduler(deps: SchedulerDeps): Scheduler {
  const { store, clock } = deps;
  const log = deps.logger ?? silentLogger;
  const listeners = new Set<() => void>();
  const changed = (): void => { for (const listener of listeners) listener(); };
  const toCron = (schedule: string): string => scheduleToCron(schedule, deps.validateCron);

  async function enqueueNext(subscription: Subscription, tick: boolean): Promise<number> {
    const items = await store.nextItemsFor(subscription.id, deps.batchSize);
    const rows = items.map((item) => ({ itemId: item.id, subscriptionId: subscription.id, priority: 0 }));
    const written = await store.enqueue(rows, clock.now(), tick ? subscription.id : undefined);
    if (written > 0) deps.onEnqueued?.();
    return written;
  }

  const scheduler: Scheduler = {
    async syncItems(articles) {
      let added = 0;
      for (const article of articles) {
        const items = itemsFromArticle(article, clock.now());
        const fresh = await store.addItems(items);
        const retired = await store.retireItems(article.id, items.map((item) => item.id));
        added += fresh.length;
        if (fresh.length > 0 || retired > 0) log.info({ articleId: article.id, added: fresh.length, retired }, 'breaking items updated');
      }
      return added;
    },

    async addModeratorItem(text, author, now) {
      const item = moderatorItem(text, author, clock.now());
      await store.addItems([item]);
      if (!now) return { item, sentTo: 0 };
      const active = await scheduler.activeSubscriptions();
      const written = await store.enqueue(active.map((subscription) => ({ itemId: item.id, subscriptionId: subscription.id, priority: 1 })), clock.now());
      if (written > 0) deps.onEnqueued?.();
      return { item, sentTo: written };
    },

    async subscribe(platform, channelId, schedule) {
      const cron = toCron(schedule?.trim() ? schedule : deps.defaultSchedule);
      const existing = await store.getSubscription(platform, channelId);
      if (existing && !existing.removed) return { subscription: existing, created: false };
      const now = clock.now();
      const subscription: Subscription = {
        id: existing?.id ?? subscriptionId(platform, channelId), platform, channelId, cron, timezone: deps.timezone,
        paused: false, disabledReason: null, removed: false, createdAt: now, lastTickAt: now, lastError: null,
      };
      await store.saveSubscription(subscription);
      changed();
      return { subscription, created: true };
    },

    async unsubscribe(platform, channelId) {
      const existing = await store.getSubscription(platform, channelId);
      if (!existing || existing.removed) return false;
      await store.saveSubscription({ ...existing, removed: true });
      await store.dropPending(existing.id);
      changed();
      return true;
    },

    async moveChannel(platform, fromChannelId, toChannelId) {
      const existing = await store.getSubscription(platform, fromChannelId);
      if (!existing) return false;
      await store.saveSubscription({ ...existing, channelId: toChannelId });
      changed();
      return true;
    },

    async reschedule(subscription, schedule) {
      const updated = { ...subscription, cron: toCron(schedule), lastTickAt: clock.now() };
      await store.saveSubscription(updated);
      changed();
      return updated;
    },

    async setPaused(subscription, paused) {
      const updated: Subscription = paused
        ? { ...subscription, paused: true }
        : { ...subscription, paused: false, disabledReason: null, lastTickAt: clock.now() };
      await store.saveSubscription(updated);
      changed();
      if (!paused) deps.onEnqueued?.();
      return updated;
    },

    async tick(id) {
      const subscription = await store.getSubscriptionById(id);
      if (!subscription || !isActive(subscription)) return 0;
      return enqueueNext(subscription, true);
    },

    async deliverNow(id) {
      const subscription = await store.getSubscriptionById(id);
      if (!subscription || subscription.removed) return 0;
      return enqueueNext(subscription, false);
    },

    async catchUp() {
      let madeUp = 0;
      const now = clock.now();
      for (const subscription of await scheduler.activeSubscriptions()) {
        const since = subscription.lastTickAt ?? subscription.createdAt;
        let due: number | null = null;
        try {
          due = nextRun(parseCron(subscription.cron), subscription.timezone, since);
        } catch (error) {
          log.warn({ err: error, subscriptionId: subscription.id }, 'stored schedule does not parse; skipping catch-up');
        }
        if (due !== null && due <= now) {
          madeUp++;
          await scheduler.tick(subscription.id);
        }
      }
      if (madeUp > 0) log.info({ madeUp }, 'made up ticks missed while the bot was down (once each)');
      return madeUp;
    },

    nextRunOf(subscription) {
      if (!isActive(subscription)) return null;
      try {
        return nextRun(parseCron(subscription.cron), subscription.timezone, clock.now());
      } catch {
        return null;
      }
    },

    async activeSubscriptions() {
      return (await store.listSubscriptions()).filter(isActive);
    },

    onSubscriptionsChanged(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return scheduler;
}
