/**
 * The Store port: everything the schedule needs to persist (breaking items, subscriptions,
 * the delivery outbox, the audit log). Async so a Postgres store fits later; nothing here
 * assumes SQLite. Delivery rows are claimed with a lease (`claimedBy`, `claimedUntil`) so
 * several bot instances can share one outbox without posting twice.
 */
import type { Platform } from '../ports.js';

/** Where a breaking item came from. */
export type ItemOrigin = 'article' | 'moderator';

/** One post-sized piece of news; `id` is a content hash for article items. */
export interface BreakingItem {
  id: string;
  /** Article the item comes from; null for a moderator's own item. */
  articleId: string | null;
  origin: ItemOrigin;
  /** Headline shown above the text (article headline or title); null for none. */
  title: string | null;
  /** The item's text, plain. */
  text: string;
  /** Attribution, e.g. "news.de/dpa"; null when unknown. */
  source: string | null;
  /** Epoch ms when the store first saw the item. */
  createdAt: number;
}

/** A channel's subscription to breaking items. */
export interface Subscription {
  /** Stable id, assigned at creation (`platform:channelId`); survives a channel move. */
  id: string;
  platform: Platform;
  channelId: string;
  /** 5- or 6-field cron expression. */
  cron: string;
  /** IANA time zone the cron runs in. */
  timezone: string;
  paused: boolean;
  /** Set when the platform refused for good; the subscription then sends nothing. */
  disabledReason: string | null;
  /** Set by /abbestellen; the row stays so a new /abonnieren does not re-post what was sent. */
  removed: boolean;
  /** Epoch ms of creation (or of the latest re-subscription). */
  createdAt: number;
  /** Epoch ms of the latest cron tick that enqueued work; null before the first. */
  lastTickAt: number | null;
  /** The latest delivery error, for /status. */
  lastError: string | null;
}

export type DeliveryStatus = 'pending' | 'sent' | 'failed';

/** One outbox row: an item for a subscription. Unique on (itemId, subscriptionId). */
export interface Delivery {
  id: string;
  itemId: string;
  subscriptionId: string;
  status: DeliveryStatus;
  attempts: number;
  lastError: string | null;
  /** The platform's message id once sent. */
  messageId: string | null;
  /** Higher goes first ("sofort" items are 1, queued items 0). */
  priority: number;
  /** Epoch ms before which the row is not tried (backoff, retry-after). */
  nextAttemptAt: number;
  claimedBy: string | null;
  /** Epoch ms when the claim lapses and another worker may take the row. */
  claimedUntil: number | null;
  createdAt: number;
  sentAt: number | null;
}

/** A claimed row with what the worker needs to send it. */
export interface ClaimedDelivery {
  delivery: Delivery;
  subscription: Subscription;
  item: BreakingItem;
}

/** A new outbox row. */
export interface NewDelivery {
  itemId: string;
  subscriptionId: string;
  priority: number;
}

/** Who did what, when and where (every moderator action). */
export interface AuditEntry {
  /** Epoch ms. */
  at: number;
  platform: Platform;
  channelId: string;
  userId: string;
  userName: string | null;
  /** Command name, e.g. "zeitplan". */
  action: string;
  /** Arguments or outcome, free text. */
  details: string;
}

export interface ClaimRequest {
  workerId: string;
  platform: Platform;
  /** Epoch ms "now" of the caller's clock. */
  now: number;
  /** How long the claim holds, in ms. */
  leaseMs: number;
  limit: number;
  /** Subscriptions the caller is already sending to (one in flight per channel). */
  excludeSubscriptionIds: readonly string[];
}

export type DeliveryCounts = Record<DeliveryStatus, number>;

export interface Store {
  /** Saves items that are not stored yet, keeping array order as queue order; resolves with the ids that were new. */
  addItems(items: readonly BreakingItem[]): Promise<string[]>;
  /** Retires items of `articleId` whose ids are not in `keepIds` (an edited bullet), so ticks skip them; resolves with how many. */
  retireItems(articleId: string, keepIds: readonly string[]): Promise<number>;
  /** The next `limit` live items the subscription has no delivery row for, in queue order. */
  nextItemsFor(subscriptionId: string, limit: number): Promise<BreakingItem[]>;

  /** How many live items the subscription has no delivery row for yet (for /status). */
  countUnscheduled(subscriptionId: string): Promise<number>;

  /** The subscription of a channel (also a removed one), or null. */
  getSubscription(platform: Platform, channelId: string): Promise<Subscription | null>;
  /** The subscription with this id, or null. */
  getSubscriptionById(id: string): Promise<Subscription | null>;
  /** Every subscription that is not removed (paused and disabled ones included). */
  listSubscriptions(): Promise<Subscription[]>;
  /** Inserts or replaces the subscription with `subscription.id`. */
  saveSubscription(subscription: Subscription): Promise<void>;
  /** Drops the subscription's pending rows (unsubscribe), so a later subscription gets them anew; resolves with how many. */
  dropPending(subscriptionId: string): Promise<number>;

  /**
   * Writes outbox rows due at `now` (epoch ms; duplicates of an existing (item, subscription)
   * are ignored) and, with `tickSubscriptionId`, records `now` as that subscription's last
   * tick in the same transaction; resolves with rows written.
   */
  enqueue(rows: readonly NewDelivery[], now: number, tickSubscriptionId?: string): Promise<number>;
  /**
   * Atomically claims due pending rows of active subscriptions on `platform`: at most one row
   * per subscription, none of a subscription that has a live claim, highest priority and
   * oldest item first. Claimed rows get `claimedBy`/`claimedUntil` set.
   */
  claimDeliveries(request: ClaimRequest): Promise<ClaimedDelivery[]>;
  /** Marks a claimed row sent with the platform's message id; ignored unless `workerId` holds the claim. */
  markSent(deliveryId: string, workerId: string, messageId: string, at: number): Promise<void>;
  /** Counts a failed attempt and frees the row for `nextAttemptAt` (epoch ms); also stores `error` on the subscription. */
  markRetry(deliveryId: string, workerId: string, error: string, nextAttemptAt: number): Promise<void>;
  /** Marks the row failed for good with `error`; also stores `error` on the subscription. */
  markFailed(deliveryId: string, workerId: string, error: string, at: number): Promise<void>;
  /** Frees every claim `workerId` holds (graceful stop, or a restart under the same id); resolves with how many. */
  releaseClaims(workerId: string): Promise<number>;
  /** Rows by status, for one subscription or for all. */
  deliveryCounts(subscriptionId?: string): Promise<DeliveryCounts>;
  /** Epoch ms of the earliest pending, unclaimed row's `nextAttemptAt`, or null when none is pending. */
  nextDueAt(): Promise<number | null>;
  /** Every delivery row of a subscription, oldest first (status views and tests). */
  listDeliveries(subscriptionId: string): Promise<Delivery[]>;

  /** Appends to the audit log. */
  appendAudit(entry: AuditEntry): Promise<void>;
  /** The newest `limit` audit entries, newest first. */
  listAudit(limit: number): Promise<AuditEntry[]>;

  /** Ids of the platform's updates handled so far (the newest ones the last save kept), ascending (dedupe of redelivered updates). */
  handledUpdates(platform: Platform): Promise<number[]>;
  /** Records `ids` (ascending) as the platform's handled updates; ids below the first are forgotten. */
  saveHandledUpdates(platform: Platform, ids: readonly number[]): Promise<void>;

  /** True when the store answers a trivial query (for /healthz). */
  ping(): Promise<boolean>;
  /** Closes the store; later calls fail. */
  close(): Promise<void>;
}
