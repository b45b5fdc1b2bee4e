import { describe, expect, it } from 'vitest';
import { EMPTY_KEY_SET, KeySet, KeyStore } from '../../../src/core/text/key-set.js';

/** Keys no index has seen, so a test's sets are the first to number them. */
const fresh = (prefix: string, count: number): string[] => Array.from({ length: count }, (_, i) => `${prefix}-${i}`);

describe('KeySet', () => {
  it('reads like a Set: membership, size and iteration in insertion order', () => {
    const keys = ['zug', 'bahn', 'streik', 'gdl'];
    const set = KeySet.of(keys);
    expect(set.size).toBe(4);
    expect([...set]).toEqual(keys);
    for (const key of keys) expect(set.has(key)).toBe(true);
    expect(set.has('flug')).toBe(false);
    expect(set.has('')).toBe(false);
    expect([...set.entries()][0]).toEqual(['zug', 'zug']);
    const seen: string[] = [];
    set.forEach((key) => seen.push(key));
    expect(seen).toEqual(keys);
    expect(new Set(set)).toEqual(new Set(keys));
  });

  it('finds every key of a large set by its sorted copy, and no key of another set', () => {
    // Keys numbered out of their insertion order: the large set's sorted copy differs from its order.
    const late = fresh('late', 40);
    const early = fresh('early', 40);
    KeySet.of(early);
    const large = KeySet.of([...late, ...early.filter((_, i) => i % 2 === 0)]);
    expect(large.size).toBe(60);
    expect([...large].slice(0, 3)).toEqual(late.slice(0, 3));
    for (const key of late) expect(large.has(key)).toBe(true);
    early.forEach((key, i) => expect(large.has(key)).toBe(i % 2 === 0));
    expect(large.has('late-40')).toBe(false);
  });

  it('keeps the sets of one store apart, and a key looked up in many sets in a row right in each', () => {
    const store = new KeyStore(KeyStore.room(2) + KeyStore.room(3) + KeyStore.room(20));
    const first = store.add(['kim', 'putin']);
    const second = store.add(['kim', 'jet', 'geld']);
    const third = store.add(fresh('wort', 20));
    expect([first.has('jet'), second.has('jet'), third.has('jet')]).toEqual([false, true, false]);
    expect([first.has('kim'), second.has('kim'), third.has('kim')]).toEqual([true, true, false]);
    expect(third.has('wort-19')).toBe(true);
    expect([...first]).toEqual(['kim', 'putin']);
  });

  it('unites sets and more keys, each key once, in order of appearance', () => {
    const store = new KeyStore(KeyStore.room(2) + KeyStore.room(2) + KeyStore.room(4));
    const a = store.add(['kim', 'putin']);
    const b = store.add(['putin', 'jet']);
    const both = store.union([a, b], [new Set(['geld', 'kim'])]);
    expect([...both]).toEqual(['kim', 'putin', 'jet', 'geld']);
    expect(both.has('geld')).toBe(true);
    // A second union marks afresh: keys of the first one are not taken as seen.
    expect([...new KeyStore(KeyStore.room(2)).union([b])]).toEqual(['putin', 'jet']);
  });

  it('refuses a store given too little room instead of dropping keys silently', () => {
    const store = new KeyStore(KeyStore.room(2));
    expect(() => store.add(['a1', 'a2', 'a3'])).toThrow(/room for 2/);
  });

  it('has an empty set that holds nothing', () => {
    expect(EMPTY_KEY_SET.size).toBe(0);
    expect([...EMPTY_KEY_SET]).toEqual([]);
    expect(EMPTY_KEY_SET.has('kim')).toBe(false);
  });
});
