/**
 * A per-word memo with an upper bound: articles and questions share most of their words, so
 * each word's folding, stemming or classification is computed once. When the memo is full it
 * is cleared, which keeps memory flat (a rare recompute is cheaper than an LRU per lookup).
 */
export function memoizeWords<T>(limit: number, compute: (word: string) => T): (word: string) => T {
  const memo = new Map<string, T>();
  return (word) => {
    let value = memo.get(word);
    if (value === undefined) {
      value = compute(word);
      if (memo.size >= limit) memo.clear();
      memo.set(word, value);
    }
    return value;
  };
}

/**
 * A bounded memo that keeps recently used entries: two generations of `limit / 2` entries; a
 * hit in the older one moves to the newer, and when the newer is full the older is dropped.
 * O(1) per lookup, unlike deleting a Map's first key, which walks the holes earlier deletes left.
 */
export class RecentMemo<T> {
  private recent = new Map<string, T>();
  private older = new Map<string, T>();

  constructor(private readonly limit: number) {}

  get(key: string): T | undefined {
    const value = this.recent.get(key);
    if (value !== undefined) return value;
    const old = this.older.get(key);
    if (old !== undefined) this.set(key, old);
    return old;
  }

  set(key: string, value: T): void {
    if (this.recent.size >= this.limit / 2) {
      this.older = this.recent;
      this.recent = new Map();
    }
    this.recent.set(key, value);
  }
}
