import { describe, expect, it } from 'vitest';
import { RecentMemo } from '../../../src/core/text/memo.js';

describe('RecentMemo', () => {
  it('keeps what was used recently and drops what was not, within its limit', () => {
    const memo = new RecentMemo<number>(4);
    memo.set('a', 1);
    memo.set('b', 2);
    memo.set('c', 3); // a, b move to the older generation
    expect(memo.get('a')).toBe(1); // used again: back among the recent
    memo.set('d', 4);
    memo.set('e', 5); // c, a, d now old; b dropped
    expect(memo.get('b')).toBeUndefined();
    expect(memo.get('a')).toBe(1);
    expect(memo.get('e')).toBe(5);
  });

  it('never holds more than its limit, however many keys pass through', () => {
    const memo = new RecentMemo<number>(100);
    for (let i = 0; i < 10_000; i++) memo.set(`k${i}`, i);
    const kept = Array.from({ length: 10_000 }, (_, i) => memo.get(`k${i}`)).filter((value) => value !== undefined);
    expect(kept.length).toBeLessThanOrEqual(100);
    expect(memo.get('k9999')).toBe(9999);
  });
});
