/** Maps SQLite rows (snake_case, 0/1 booleans) to the Store port's types. */
import type { Platform } from '../../core/ports.js';
import type { AuditEntry, BreakingItem, Delivery, DeliveryStatus, ItemOrigin, Subscription } from '../../core/schedule/store-port.js';

export type Row = Record<string, unknown>;

const text = (value: unknown): string => String(value);
const maybeText = (value: unknown): string | null => (value === null || value === undefined ? null : String(value));
const maybeNumber = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));

export function toItem(row: Row): BreakingItem {
  return {
    id: text(row.id), articleId: maybeText(row.article_id), origin: text(row.origin) as ItemOrigin, title: maybeText(row.title),
    text: text(row.text), source: maybeText(row.source), createdAt: Number(row.created_at),
  };
}

export function toSubscription(row: Row): Subscription {
  return {
    id: text(row.id), platform: text(row.platform) as Platform, channelId: text(row.channel_id), cron: text(row.cron),
    timezone: text(row.timezone), paused: Number(row.paused) === 1, disabledReason: maybeText(row.disabled_reason),
    removed: Number(row.removed) === 1, createdAt: Number(row.created_at), lastTickAt: maybeNumber(row.last_tick_at),
    lastError: maybeText(row.last_error),
  };
}

export function toDelivery(row: Row): Delivery {
  return {
    id: text(row.id), itemId: text(row.item_id), subscriptionId: text(row.subscription_id), status: text(row.status) as DeliveryStatus,
    attempts: Number(row.attempts), lastError: maybeText(row.last_error), messageId: maybeText(row.message_id),
    priority: Number(row.priority), nextAttemptAt: Number(row.next_attempt_at), claimedBy: maybeText(row.claimed_by),
    claimedUntil: maybeNumber(row.claimed_until), createdAt: Number(row.created_at), sentAt: maybeNumber(row.sent_at),
  };
}

export function toAudit(row: Row): AuditEntry {
  return {
    at: Number(row.at), platform: text(row.platform) as Platform, channelId: text(row.channel_id), userId: text(row.user_id),
    userName: maybeText(row.user_name), action: text(row.action), details: text(row.details),
  };
}
