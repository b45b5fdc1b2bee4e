import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSqliteStore, StoreOpenError } from '../../../src/adapters/store/sqlite-store.js';

const folder = () => mkdtempSync(join(tmpdir(), 'store-open-'));

describe('opening the SQLite store', () => {
  it('refuses a corrupt database file with the path and the fix, and leaves the file untouched', () => {
    const dir = folder();
    const path = join(dir, 'newsbot.sqlite');
    const garbage = Buffer.from('this is not a database, but somebody may still need it'.repeat(100));
    writeFileSync(path, garbage);
    expect(() => createSqliteStore({ dataDir: dir })).toThrow(StoreOpenError);
    expect(() => createSqliteStore({ dataDir: dir })).toThrow(/newsbot\.sqlite is not a readable SQLite database.*move the file aside/);
    expect(readFileSync(path).equals(garbage)).toBe(true);
  });

  it('explains a DATA_DIR that is a file, not a folder', () => {
    const file = join(folder(), 'not-a-folder');
    writeFileSync(file, 'x');
    expect(() => createSqliteStore({ dataDir: file })).toThrow(/DATA_DIR ".*not-a-folder" cannot be used as the data folder.*writable folder/);
  });

  it('creates the folder and the database when neither exists', async () => {
    const store = createSqliteStore({ dataDir: join(folder(), 'neu', 'daten') });
    expect(await store.ping()).toBe(true);
    await store.close();
  });
});
