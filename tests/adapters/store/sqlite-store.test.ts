import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, MIGRATIONS } from '../../../src/adapters/store/migrations.js';
import { createSqliteStore } from '../../../src/adapters/store/sqlite-store.js';
import { item, storeContract, subscription } from './store-contract.js';

const tempDir = (): string => mkdtempSync(join(tmpdir(), 'newsbot-store-'));

storeContract('sqlite store', async () => {
  const dir = tempDir();
  const store = createSqliteStore({ dataDir: dir });
  return { store, cleanup: async () => { await store.close(); rmSync(dir, { recursive: true, force: true }); } };
});

describe('sqlite store on disk', () => {
  it('uses WAL and records the schema version', () => {
    const dir = tempDir();
    const store = createSqliteStore({ dataDir: dir });
    const db = new Database(store.path, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.at(-1)?.version);
    db.close();
    void store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('applies only migrations newer than the file, and keeps data across reopen', async () => {
    const dir = tempDir();
    const first = createSqliteStore({ dataDir: dir });
    await first.addItems([item('a')]);
    await first.saveSubscription(subscription('k'));
    await first.enqueue([{ itemId: 'a', subscriptionId: 'console:k', priority: 0 }], 0);
    await first.close();
    const db = new Database(join(dir, 'newsbot.sqlite'));
    expect(migrate(db)).toEqual([]);
    expect(migrate(db, [...MIGRATIONS, { version: 99, description: 'test', sql: 'CREATE TABLE extra (x INTEGER)' }])).toEqual([99]);
    db.close();
    const second = createSqliteStore({ dataDir: dir });
    expect(await second.deliveryCounts('console:k')).toEqual({ pending: 1, sent: 0, failed: 0 });
    await second.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('adds the handled-updates table to a database of schema version 1 and keeps its rows', async () => {
    const dir = tempDir();
    const old = new Database(join(dir, 'newsbot.sqlite'));
    migrate(old, MIGRATIONS.filter((migration) => migration.version === 1));
    old.prepare(`INSERT INTO items (id, origin, text, created_at) VALUES ('x', 'moderator', 'Eilmeldung', 1)`).run();
    old.close();
    const store = createSqliteStore({ dataDir: dir });
    expect((await store.nextItemsFor('none', 5)).map((entry) => entry.id)).toEqual(['x']);
    await store.saveHandledUpdates('telegram', [41, 42]);
    await store.close();
    const reopened = createSqliteStore({ dataDir: dir });
    expect(await reopened.handledUpdates('telegram')).toEqual([41, 42]);
    await reopened.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('lets two handles on one file never claim the same row', async () => {
    const dir = tempDir();
    const a = createSqliteStore({ dataDir: dir });
    const b = createSqliteStore({ dataDir: dir });
    await a.addItems([item('x')]);
    for (let i = 0; i < 20; i++) await a.saveSubscription(subscription(`c${i}`, { createdAt: i }));
    await a.enqueue(Array.from({ length: 20 }, (_, i) => ({ itemId: 'x', subscriptionId: `console:c${i}`, priority: 0 })), 0);
    const request = { platform: 'console' as const, now: 10, leaseMs: 1000, limit: 15, excludeSubscriptionIds: [] };
    const [fromA, fromB] = await Promise.all([a.claimDeliveries({ ...request, workerId: 'a' }), b.claimDeliveries({ ...request, workerId: 'b' })]);
    const ids = [...fromA, ...fromB].map((c) => c.delivery.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(20);
    await a.close();
    await b.close();
    rmSync(dir, { recursive: true, force: true });
  });
});
