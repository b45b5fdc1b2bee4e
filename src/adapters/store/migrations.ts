/**
 * Versioned schema migrations for the SQLite store. `PRAGMA user_version` holds the applied
 * version; each step runs in its own transaction, so a crash mid-migration leaves the old
 * version intact. Append new steps; never edit an applied one.
 */
import type Database from 'better-sqlite3';

export interface Migration {
  version: number;
  description: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'items, subscriptions, delivery outbox, audit log',
    sql: `
      CREATE TABLE items (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        article_id TEXT,
        origin TEXT NOT NULL CHECK (origin IN ('article', 'moderator')),
        title TEXT,
        text TEXT NOT NULL,
        source TEXT,
        created_at INTEGER NOT NULL,
        retired INTEGER NOT NULL DEFAULT 0
      );
      CREATE INDEX items_article ON items(article_id);
      CREATE TABLE subscriptions (
        id TEXT PRIMARY KEY,
        platform TEXT NOT NULL,
        channel_id TEXT NOT NULL,
        cron TEXT NOT NULL,
        timezone TEXT NOT NULL,
        paused INTEGER NOT NULL DEFAULT 0,
        disabled_reason TEXT,
        removed INTEGER NOT NULL DEFAULT 0,
        created_at INTEGER NOT NULL,
        last_tick_at INTEGER,
        last_error TEXT,
        UNIQUE (platform, channel_id)
      );
      CREATE TABLE deliveries (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        item_id TEXT NOT NULL REFERENCES items(id),
        subscription_id TEXT NOT NULL REFERENCES subscriptions(id),
        status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
        attempts INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        message_id TEXT,
        priority INTEGER NOT NULL DEFAULT 0,
        next_attempt_at INTEGER NOT NULL,
        claimed_by TEXT,
        claimed_until INTEGER,
        created_at INTEGER NOT NULL,
        sent_at INTEGER,
        UNIQUE (item_id, subscription_id)
      );
      CREATE INDEX deliveries_pending ON deliveries(subscription_id, priority DESC) WHERE status = 'pending';
      CREATE INDEX deliveries_status ON deliveries(status);
      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at INTEGER NOT NULL,
        platform TEXT NOT NULL,
        channel_id TEXT NOT NULL,
        user_id TEXT NOT NULL,
        user_name TEXT,
        action TEXT NOT NULL,
        details TEXT NOT NULL
      );
    `,
  },
  {
    version: 2,
    description: 'handled platform updates (dedupe of redelivered Telegram updates, shared by every instance)',
    sql: `
      CREATE TABLE handled_updates (
        platform TEXT NOT NULL,
        update_id INTEGER NOT NULL,
        PRIMARY KEY (platform, update_id)
      ) WITHOUT ROWID;
    `,
  },
];

/** Applies every migration newer than the database's version; resolves with the versions applied. */
export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): number[] {
  const current = db.pragma('user_version', { simple: true }) as number;
  const applied: number[] = [];
  for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
    applied.push(migration.version);
  }
  return applied;
}
