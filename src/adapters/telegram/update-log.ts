/**
 * Remembers which Telegram updates were handled, across restarts, so an update that
 * long polling (or a webhook retry) delivers again is not answered twice. Telegram
 * redelivers every update it has not seen confirmed, e.g. after a crash mid-batch.
 * The runner handles chats concurrently, so ids finish out of order: we keep a window of
 * recent ids rather than one high-water mark. The bot keeps them in its Store (the database
 * every instance shares); a JSON file is the older place, imported once.
 */
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Platform } from '../../core/ports.js';
import type { Store } from '../../core/schedule/store-port.js';

/** How many recent update ids are remembered; older ones count as handled. */
export const UPDATE_LOG_WINDOW = 2000;

export interface UpdateLog {
  /** Loads what was persisted; call once before the first `claim`. */
  load(): Promise<void>;
  /** True the first time an id is seen in this process and was not handled before a restart. */
  claim(updateId: number): boolean;
  /** Records that the update was handled; persisted soon after (coalesced writes). */
  done(updateId: number): void;
  /** Resolves when every `done` so far is persisted. */
  flush(): Promise<void>;
}

type Persist = (ids: number[]) => Promise<void>;

function createUpdateLog(read: () => Promise<number[]>, persist: Persist, window: number): UpdateLog {
  const handled = new Set<number>();
  const inFlight = new Set<number>();
  let floor = -Infinity;
  let writing: Promise<void> = Promise.resolve();
  let dirty = false;

  const trim = () => {
    if (handled.size <= window) return;
    const evicted = [...handled].sort((a, b) => a - b).slice(0, handled.size - window);
    for (const id of evicted) handled.delete(id);
    floor = Math.max(floor, evicted.at(-1) ?? floor);
  };

  const schedule = () => {
    if (dirty) return;
    dirty = true;
    writing = writing.then(async () => {
      dirty = false;
      await persist([...handled].sort((a, b) => a - b));
    }).catch(() => { /* a failed write is retried with the next update */ });
  };

  return {
    async load() {
      const ids = await read();
      for (const id of ids) handled.add(id);
      if (ids.length >= window) floor = Math.min(...ids) - 1;
      trim();
    },
    claim(updateId) {
      if (updateId <= floor || handled.has(updateId) || inFlight.has(updateId)) return false;
      inFlight.add(updateId);
      return true;
    },
    done(updateId) {
      inFlight.delete(updateId);
      handled.add(updateId);
      trim();
      schedule();
    },
    flush: () => writing,
  };
}

/** An update log that lives only in memory (tests, or when nothing should touch disk). */
export function createMemoryUpdateLog(initial: number[] = [], window = UPDATE_LOG_WINDOW): UpdateLog & { persisted(): number[] } {
  let saved = [...initial];
  const log = createUpdateLog(async () => saved, async (ids) => { saved = ids; }, window);
  return { ...log, persisted: () => [...saved] };
}

/** The ids of an update log file; none when it is missing or unreadable. */
async function readIdsFile(file: string): Promise<number[]> {
  try {
    const parsed = JSON.parse(await readFile(file, 'utf8')) as { ids?: unknown };
    return Array.isArray(parsed.ids) ? parsed.ids.filter((id): id is number => Number.isSafeInteger(id)) : [];
  } catch {
    return [];
  }
}

/**
 * An update log in the Store, under `platform`. With `legacyFile` (the JSON file of earlier versions, see
 * createFileUpdateLog), its ids are taken into the Store at load and the file is removed, so no update it
 * records is answered again after the upgrade.
 */
export function createStoreUpdateLog(store: Store, platform: Platform, options: { legacyFile?: string; window?: number } = {}): UpdateLog {
  const window = options.window ?? UPDATE_LOG_WINDOW;
  // Ids the Store has, from the window's first at the last save on: each save writes only the new ones (and that first,
  // below which the Store forgets), not the whole window of 2,000 rows again for every handled update.
  const stored = new Set<number>();
  let storedFrom = -Infinity;
  const read = async (): Promise<number[]> => {
    const legacy = options.legacyFile ? await readIdsFile(options.legacyFile) : [];
    if (legacy.length > 0) {
      const merged = [...new Set([...(await store.handledUpdates(platform)), ...legacy])].sort((a, b) => a - b).slice(-window);
      await store.saveHandledUpdates(platform, merged);
    }
    if (options.legacyFile) await rm(options.legacyFile, { force: true });
    const ids = await store.handledUpdates(platform);
    for (const id of ids) stored.add(id);
    return ids;
  };
  const persist: Persist = async (ids) => {
    const from = ids[0];
    if (from === undefined) return;
    const fresh = ids.filter((id) => !stored.has(id) && id !== from);
    if (fresh.length === 0 && from === storedFrom) return;
    await store.saveHandledUpdates(platform, [from, ...fresh]);
    stored.add(from);
    for (const id of fresh) stored.add(id);
    if (from !== storedFrom) {
      for (const id of stored) if (id < from) stored.delete(id);
      storedFrom = from;
    }
  };
  return createUpdateLog(read, persist, window);
}

/** An update log in a JSON file (e.g. `DATA_DIR/telegram-updates.json`), written atomically. */
export function createFileUpdateLog(file: string, window = UPDATE_LOG_WINDOW): UpdateLog {
  const read = () => readIdsFile(file);
  const persist: Persist = async (ids) => {
    await mkdir(dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    await writeFile(temporary, JSON.stringify({ ids }));
    await rename(temporary, file);
  };
  return createUpdateLog(read, persist, window);
}
