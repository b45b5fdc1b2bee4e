/**
 * Compact, read-only sets of index keys. An article's index holds tens of thousands of small
 * key sets (one per sentence and passage); as JavaScript Sets they were a third of its memory.
 * Here every distinct key string of the indexed articles gets one number (interned once, shared
 * by all articles), and the sets of one article are ranges of numbers in one shared Int32Array.
 * A KeySet reads like a ReadonlySet<string>: `has`, `size`, iteration in insertion order.
 */

/**
 * The number of each interned key, and the key of each number: the distinct keys of all articles indexed so far (tens of
 * thousands; never the questions' words, which are only looked up).
 */
const idOf = new Map<string, number>();
const keyOf: string[] = [];
/** The key last looked up, and its number (-1 for none). */
let lastKey = '';
let lastId = -1;

function intern(key: string): number {
  let id = idOf.get(key);
  if (id === undefined) {
    id = keyOf.length;
    idOf.set(key, id);
    keyOf.push(key);
    if (key === lastKey) lastId = id;
  }
  return id;
}

/** Sets up to this size are searched one by one; larger ones keep a sorted copy of their numbers for a binary search. */
const LINEAR_LIMIT = 16;

/** Marks of the keys met in the current union, by key number (see KeyStore.union). */
let marks = new Int32Array(1024);
let mark = 0;

/**
 * The key sets of one article in one Int32Array, built set by set; each KeySet is a range of it. The capacity is the sum
 * of KeyStore.room of the sets' sizes.
 */
export class KeyStore {
  private readonly store: Int32Array;
  private at = 0;

  constructor(capacity: number) {
    this.store = new Int32Array(capacity);
  }

  /** The room a set of `size` keys takes in a store. */
  static room(size: number): number {
    return size > LINEAR_LIMIT ? 2 * size : size;
  }

  /** The keys as a set of the store. */
  add(keys: Iterable<string>): KeySet {
    const start = this.at;
    for (const key of keys) this.store[this.at++] = intern(key);
    return this.seal(start);
  }

  /** The keys of all `sets` and of `more`, each once, in that order (the sets' numbers are copied, not looked up again). */
  union(sets: readonly KeySet[], more: Iterable<ReadonlySet<string>> = []): KeySet {
    mark++;
    const start = this.at;
    for (const set of sets) {
      for (let i = set.start, end = set.start + set.size; i < end; i++) this.addOnce(set.store[i]!);
    }
    for (const keys of more) {
      for (const key of keys) this.addOnce(intern(key));
    }
    return this.seal(start);
  }

  private addOnce(id: number): void {
    if (id >= marks.length) {
      const grown = new Int32Array(2 * id + 2);
      grown.set(marks);
      marks = grown;
    }
    if (marks[id] === mark) return;
    marks[id] = mark;
    this.store[this.at++] = id;
  }

  /** The set from `start` to here; a large one gets its sorted copy. */
  private seal(start: number): KeySet {
    const size = this.at - start;
    if (size > LINEAR_LIMIT) {
      this.store.copyWithin(this.at, start, this.at);
      this.store.subarray(this.at, this.at + size).sort();
      this.at += size;
    }
    // (An Int32Array drops writes past its end: a store given too little room must not go unnoticed.)
    if (this.at > this.store.length) throw new Error(`KeyStore: ${this.at} key numbers written, room for ${this.store.length}`);
    return new KeySet(this.store, start, size);
  }
}

export class KeySet implements ReadonlySet<string> {
  /**
   * Made by KeyStore: the keys' numbers in `store` from `start`, in insertion order; a set larger than LINEAR_LIMIT has
   * the same numbers sorted right after them.
   */
  constructor(readonly store: Int32Array, readonly start: number, readonly size: number) {}

  /** One set in a store of its own. */
  static of(keys: Iterable<string>): KeySet {
    const set = keys instanceof Set ? (keys as Set<string>) : new Set(keys);
    return new KeyStore(KeyStore.room(set.size)).add(set);
  }

  has(key: string): boolean {
    // (Callers mostly ask many sets for one key in a row: the last key's number is kept.)
    if (key !== lastKey) {
      lastKey = key;
      lastId = idOf.get(key) ?? -1;
    }
    const id = lastId;
    if (id < 0) return false;
    const store = this.store;
    if (this.size <= LINEAR_LIMIT) {
      for (let i = this.start, end = this.start + this.size; i < end; i++) if (store[i] === id) return true;
      return false;
    }
    let low = this.start + this.size;
    let high = low + this.size - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const found = store[middle]!;
      if (found === id) return true;
      if (found < id) low = middle + 1;
      else high = middle - 1;
    }
    return false;
  }

  forEach(callback: (value: string, value2: string, set: ReadonlySet<string>) => void, thisArg?: unknown): void {
    for (let i = this.start, end = this.start + this.size; i < end; i++) {
      const key = keyOf[this.store[i]!]!;
      callback.call(thisArg, key, key, this);
    }
  }

  [Symbol.iterator](): SetIterator<string> {
    return new KeyIterator(this.store, this.start, this.start + this.size, false) as unknown as SetIterator<string>;
  }

  values(): SetIterator<string> {
    return this[Symbol.iterator]();
  }

  keys(): SetIterator<string> {
    return this[Symbol.iterator]();
  }

  entries(): SetIterator<[string, string]> {
    return new KeyIterator(this.store, this.start, this.start + this.size, true) as unknown as SetIterator<[string, string]>;
  }
}

/** Walks a range of key numbers as their keys (or as [key, key] entries). */
class KeyIterator {
  constructor(private readonly store: Int32Array, private at: number, private readonly end: number, private readonly pairs: boolean) {}

  next(): IteratorResult<string | [string, string], undefined> {
    if (this.at >= this.end) return { done: true, value: undefined };
    const key = keyOf[this.store[this.at++]!]!;
    return { done: false, value: this.pairs ? [key, key] : key };
  }

  [Symbol.iterator](): this {
    return this;
  }
}

/** Scratch counts by key number (see keyCounts); all zero between calls. */
let counted = new Int32Array(1024);

/** The keys of `sets`, each once in order of first appearance, with the number of sets holding it (a document frequency). */
export function keyCounts(sets: readonly KeySet[]): { keys: string[]; counts: number[] } {
  if (counted.length < keyOf.length) counted = new Int32Array(2 * keyOf.length);
  const ids: number[] = [];
  for (const set of sets) {
    for (let i = set.start, end = set.start + set.size; i < end; i++) {
      const id = set.store[i]!;
      const count = counted[id]!;
      if (count === 0) ids.push(id);
      counted[id] = count + 1;
    }
  }
  const counts = ids.map((id) => counted[id]!);
  for (const id of ids) counted[id] = 0;
  return { keys: ids.map((id) => keyOf[id]!), counts };
}

/** The empty set of keys (shared). */
export const EMPTY_KEY_SET: KeySet = KeySet.of([]);
