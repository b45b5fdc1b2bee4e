import { describe, expect, it } from 'vitest';
import { emptyPacked, packedMap } from '../../../src/core/text/packed-map.js';

describe('packedMap', () => {
  it('maps like Array.prototype.map, passing each item with its index', () => {
    expect(packedMap(['a', 'b', 'c'], (item, i) => `${item}${i}`)).toEqual(['a0', 'b1', 'c2']);
    expect(packedMap([], (item: string) => item)).toEqual([]);
  });
});

describe('emptyPacked', () => {
  it('gives a new empty array each time, to be filled like any other', () => {
    const first = emptyPacked<string>();
    first.push('a');
    expect(first).toEqual(['a']);
    expect(emptyPacked<string>()).toEqual([]);
  });
});
