/**
 * The SQLite Store (better-sqlite3 12): one file in DATA_DIR, WAL mode, versioned
 * migrations. Claims run in an IMMEDIATE transaction, so two processes sharing the file
 * never claim the same row; the lease lets a crashed worker's rows return.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Platform } from '../../core/ports.js';
import type {
  AuditEntry, BreakingItem, ClaimedDelivery, ClaimRequest, Delivery, DeliveryCounts, Store, Subscription,
} from '../../core/schedule/store-port.js';
import { migrate } from './migrations.js';
import { toAudit, toDelivery, toItem, toSubscription, type Row } from './sqlite-rows.js';

export interface SqliteStoreOptions {
  /** Folder of the database file; created when missing. */
  dataDir: string;
  /** File name inside `dataDir`. */
  fileName?: string;
  logger?: { info(details: object, message?: string): void };
}

/** The store plus the raw handle, for tests and health checks. */
export interface SqliteStore extends Store {
  readonly path: string;
}

/** The database cannot be opened; the message names the file and the fix. Nothing is deleted. */
export class StoreOpenError extends Error {
  override readonly name = 'StoreOpenError';
}

function openDatabase(dataDir: string, path: string): { db: Database.Database; applied: number[] } {
  try {
    mkdirSync(dataDir, { recursive: true });
  } catch (cause) {
    throw new StoreOpenError(`DATA_DIR "${dataDir}" cannot be used as the data folder (${(cause as NodeJS.ErrnoException).code ?? String(cause)}); set DATA_DIR to a writable folder`, { cause });
  }
  let db: Database.Database | undefined;
  try {
    db = new Database(path);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
    db.pragma('foreign_keys = ON');
    return { db, applied: migrate(db) };
  } catch (cause) {
    db?.close();
    const code = (cause as { code?: string }).code ?? '';
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
      throw new StoreOpenError(`${path} is not a readable SQLite database (${code}). Nothing was changed: move the file aside (mv "${path}" "${path}.broken") and start again to create a new one, or repair it with "sqlite3 ${path} .recover"`, { cause });
    }
    throw new StoreOpenError(`cannot open the database ${path}: ${(cause as Error).message}; check that DATA_DIR is writable`, { cause });
  }
}

/** Opens (and migrates) the database in `dataDir`. */
export function createSqliteStore(options: SqliteStoreOptions): SqliteStore {
  const path = join(options.dataDir, options.fileName ?? 'newsbot.sqlite');
  const { db, applied } = openDatabase(options.dataDir, path);
  if (applied.length > 0) options.logger?.info({ path, applied }, 'database migrated');

  const statements = {
    insertItem: db.prepare(`INSERT OR IGNORE INTO items (id, article_id, origin, title, text, source, created_at)
      VALUES (@id, @articleId, @origin, @title, @text, @source, @createdAt)`),
    retireItems: db.prepare(`UPDATE items SET retired = 1 WHERE article_id = ? AND retired = 0
      AND id NOT IN (SELECT value FROM json_each(?))`),
    nextItems: db.prepare(`SELECT * FROM items i WHERE i.retired = 0 AND NOT EXISTS
      (SELECT 1 FROM deliveries d WHERE d.item_id = i.id AND d.subscription_id = ?) ORDER BY i.seq LIMIT ?`),
    countUnscheduled: db.prepare(`SELECT count(*) AS n FROM items i WHERE i.retired = 0 AND NOT EXISTS
      (SELECT 1 FROM deliveries d WHERE d.item_id = i.id AND d.subscription_id = ?)`),
    subByChannel: db.prepare('SELECT * FROM subscriptions WHERE platform = ? AND channel_id = ?'),
    subById: db.prepare('SELECT * FROM subscriptions WHERE id = ?'),
    listSubs: db.prepare('SELECT * FROM subscriptions WHERE removed = 0 ORDER BY created_at, id'),
    saveSub: db.prepare(`INSERT INTO subscriptions (id, platform, channel_id, cron, timezone, paused, disabled_reason, removed, created_at, last_tick_at, last_error)
      VALUES (@id, @platform, @channelId, @cron, @timezone, @paused, @disabledReason, @removed, @createdAt, @lastTickAt, @lastError)
      ON CONFLICT(id) DO UPDATE SET platform = excluded.platform, channel_id = excluded.channel_id, cron = excluded.cron,
        timezone = excluded.timezone, paused = excluded.paused, disabled_reason = excluded.disabled_reason, removed = excluded.removed,
        created_at = excluded.created_at, last_tick_at = excluded.last_tick_at, last_error = excluded.last_error`),
    dropPending: db.prepare(`DELETE FROM deliveries WHERE subscription_id = ? AND status = 'pending'`),
    insertDelivery: db.prepare(`INSERT OR IGNORE INTO deliveries (item_id, subscription_id, priority, next_attempt_at, created_at)
      VALUES (@itemId, @subscriptionId, @priority, @now, @now)`),
    recordTick: db.prepare('UPDATE subscriptions SET last_tick_at = ? WHERE id = ?'),
    // Leased channels are computed once (not per row): the claim stays ~20 ms at 10,000 pending rows.
    candidates: db.prepare(`WITH leased AS (
        SELECT DISTINCT subscription_id FROM deliveries WHERE status = 'pending' AND claimed_until IS NOT NULL AND claimed_until > @now
      ), ranked AS (
        SELECT d.id, d.subscription_id, d.next_attempt_at, d.priority, i.seq,
          ROW_NUMBER() OVER (PARTITION BY d.subscription_id ORDER BY d.priority DESC, i.seq, d.id) AS rn
        FROM deliveries d JOIN items i ON i.id = d.item_id WHERE d.status = 'pending'
      )
      SELECT r.id FROM ranked r JOIN subscriptions s ON s.id = r.subscription_id
      WHERE r.rn = 1 AND r.next_attempt_at <= @now
        AND s.platform = @platform AND s.paused = 0 AND s.removed = 0 AND s.disabled_reason IS NULL
        AND r.subscription_id NOT IN (SELECT subscription_id FROM leased)
        AND r.subscription_id NOT IN (SELECT value FROM json_each(@exclude))
      ORDER BY r.priority DESC, r.seq, r.id LIMIT @limit`),
    claim: db.prepare('UPDATE deliveries SET claimed_by = ?, claimed_until = ? WHERE id = ?'),
    claimedRow: db.prepare(`SELECT d.*, ${['id', 'platform', 'channel_id', 'cron', 'timezone', 'paused', 'disabled_reason', 'removed', 'created_at', 'last_tick_at', 'last_error'].map((c) => `s.${c} AS s_${c}`).join(', ')},
        ${['id', 'article_id', 'origin', 'title', 'text', 'source', 'created_at'].map((c) => `i.${c} AS i_${c}`).join(', ')}
      FROM deliveries d JOIN subscriptions s ON s.id = d.subscription_id JOIN items i ON i.id = d.item_id WHERE d.id = ?`),
    markSent: db.prepare(`UPDATE deliveries SET status = 'sent', message_id = ?, sent_at = ?, attempts = attempts + 1,
      claimed_by = NULL, claimed_until = NULL WHERE id = ? AND status = 'pending' AND (claimed_by = ? OR claimed_by IS NULL)`),
    markRetry: db.prepare(`UPDATE deliveries SET attempts = attempts + 1, last_error = ?, next_attempt_at = ?,
      claimed_by = NULL, claimed_until = NULL WHERE id = ? AND status = 'pending' AND (claimed_by = ? OR claimed_by IS NULL)`),
    markFailed: db.prepare(`UPDATE deliveries SET status = 'failed', attempts = attempts + 1, last_error = ?,
      claimed_by = NULL, claimed_until = NULL WHERE id = ? AND status = 'pending' AND (claimed_by = ? OR claimed_by IS NULL)`),
    subError: db.prepare('UPDATE subscriptions SET last_error = ? WHERE id = (SELECT subscription_id FROM deliveries WHERE id = ?)'),
    release: db.prepare(`UPDATE deliveries SET claimed_by = NULL, claimed_until = NULL WHERE claimed_by = ? AND status = 'pending'`),
    countsAll: db.prepare('SELECT status, count(*) AS n FROM deliveries GROUP BY status'),
    countsSub: db.prepare('SELECT status, count(*) AS n FROM deliveries WHERE subscription_id = ? GROUP BY status'),
    nextDue: db.prepare(`SELECT min(next_attempt_at) AS at FROM deliveries WHERE status = 'pending' AND claimed_by IS NULL`),
    listDeliveries: db.prepare('SELECT * FROM deliveries WHERE subscription_id = ? ORDER BY id'),
    audit: db.prepare(`INSERT INTO audit_log (at, platform, channel_id, user_id, user_name, action, details)
      VALUES (@at, @platform, @channelId, @userId, @userName, @action, @details)`),
    listAudit: db.prepare('SELECT * FROM audit_log ORDER BY id DESC LIMIT ?'),
    ping: db.prepare('SELECT 1 AS ok'),
    handledUpdates: db.prepare('SELECT update_id FROM handled_updates WHERE platform = ? ORDER BY update_id'),
    insertHandled: db.prepare('INSERT OR IGNORE INTO handled_updates (platform, update_id) VALUES (?, ?)'),
    forgetHandled: db.prepare('DELETE FROM handled_updates WHERE platform = ? AND update_id < ?'),
  };

  const saveHandled = db.transaction((platform: Platform, ids: readonly number[]) => {
    for (const id of ids) statements.insertHandled.run(platform, id);
    if (ids.length > 0) statements.forgetHandled.run(platform, ids[0]);
  });
  const addItems = db.transaction((items: readonly BreakingItem[]) =>
    items.filter((item) => statements.insertItem.run(item).changes > 0).map((item) => item.id));
  const enqueue = db.transaction((rows: readonly { itemId: string; subscriptionId: string; priority: number }[], now: number, tickSubscriptionId?: string) => {
    let written = 0;
    for (const row of rows) written += statements.insertDelivery.run({ ...row, now }).changes;
    if (tickSubscriptionId) statements.recordTick.run(now, tickSubscriptionId);
    return written;
  });
  const claim = db.transaction((request: ClaimRequest): ClaimedDelivery[] => {
    const ids = (statements.candidates.all({
      platform: request.platform, exclude: JSON.stringify(request.excludeSubscriptionIds), now: request.now, limit: request.limit,
    }) as Array<{ id: number }>).map((row) => row.id);
    return ids.map((id) => {
      statements.claim.run(request.workerId, request.now + request.leaseMs, id);
      const row = statements.claimedRow.get(id) as Row;
      const prefixed = (prefix: string): Row => Object.fromEntries(Object.entries(row).filter(([k]) => k.startsWith(prefix)).map(([k, v]) => [k.slice(prefix.length), v]));
      return { delivery: toDelivery(row), subscription: toSubscription(prefixed('s_')), item: toItem(prefixed('i_')) };
    });
  });
  const counts = (rows: Array<{ status: string; n: number }>): DeliveryCounts => {
    const result: DeliveryCounts = { pending: 0, sent: 0, failed: 0 };
    for (const row of rows) result[row.status as keyof DeliveryCounts] = row.n;
    return result;
  };
  const withError = (run: () => void, error: string, deliveryId: string): void => {
    db.transaction(() => { run(); statements.subError.run(error, deliveryId); }).immediate();
  };

  return {
    path,
    async addItems(items) { return addItems.immediate(items); },
    async retireItems(articleId, keepIds) { return statements.retireItems.run(articleId, JSON.stringify(keepIds)).changes; },
    async nextItemsFor(subscriptionId, limit) { return (statements.nextItems.all(subscriptionId, limit) as Row[]).map(toItem); },
    async countUnscheduled(subscriptionId) { return (statements.countUnscheduled.get(subscriptionId) as { n: number }).n; },
    async getSubscription(platform: Platform, channelId) {
      const row = statements.subByChannel.get(platform, channelId) as Row | undefined;
      return row ? toSubscription(row) : null;
    },
    async getSubscriptionById(id) {
      const row = statements.subById.get(id) as Row | undefined;
      return row ? toSubscription(row) : null;
    },
    async listSubscriptions() { return (statements.listSubs.all() as Row[]).map(toSubscription); },
    async saveSubscription(subscription: Subscription) {
      statements.saveSub.run({ ...subscription, paused: subscription.paused ? 1 : 0, removed: subscription.removed ? 1 : 0 });
    },
    async dropPending(subscriptionId) { return statements.dropPending.run(subscriptionId).changes; },
    async enqueue(rows, now, tickSubscriptionId) { return enqueue.immediate(rows, now, tickSubscriptionId); },
    async claimDeliveries(request) { return claim.immediate(request); },
    async markSent(deliveryId, workerId, messageId, at) { statements.markSent.run(messageId, at, deliveryId, workerId); },
    async markRetry(deliveryId, workerId, error, nextAttemptAt) {
      withError(() => statements.markRetry.run(error, nextAttemptAt, deliveryId, workerId), error, deliveryId);
    },
    async markFailed(deliveryId, workerId, error) {
      withError(() => statements.markFailed.run(error, deliveryId, workerId), error, deliveryId);
    },
    async releaseClaims(workerId) { return statements.release.run(workerId).changes; },
    async deliveryCounts(subscriptionId) {
      return counts((subscriptionId ? statements.countsSub.all(subscriptionId) : statements.countsAll.all()) as Array<{ status: string; n: number }>);
    },
    async nextDueAt() { return (statements.nextDue.get() as { at: number | null }).at; },
    async listDeliveries(subscriptionId): Promise<Delivery[]> { return (statements.listDeliveries.all(subscriptionId) as Row[]).map(toDelivery); },
    async handledUpdates(platform) { return (statements.handledUpdates.all(platform) as { update_id: number }[]).map((row) => row.update_id); },
    async saveHandledUpdates(platform, ids) { saveHandled(platform, ids); },
    async appendAudit(entry: AuditEntry) { statements.audit.run(entry); },
    async listAudit(limit) { return (statements.listAudit.all(limit) as Row[]).map(toAudit); },
    async ping() {
      try {
        return (statements.ping.get() as { ok: number }).ok === 1;
      } catch {
        return false;
      }
    },
    async close() { if (db.open) db.close(); },
  };
}
