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
