import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { snowballGerman } from '../../../src/core/text/snowball-german.js';

const reference = (createRequire(import.meta.url)('snowball-stemmers') as { newStemmer(language: string): { stem(word: string): string } }).newStemmer('german');
const root = join(import.meta.dirname, '..', '..', '..');

describe('the German-only Snowball stemmer', () => {
  it('stems like the reference Snowball German stemmer on every word of the seed article, with endings added', () => {
    const text = readFileSync(join(root, 'src', 'content', 'articles', 'putin-kim-nordkorea.de.txt'), 'utf8').toLowerCase();
    const words = [...new Set(text.match(/\p{L}+/gu) ?? [])];
    const endings = ['', 'e', 'en', 'es', 's', 'st', 'est', 'ern', 'ung', 'igung', 'lichkeit', 'heit', 'isch', 'end', 'nisse'];
    const differing = words.flatMap((word) => endings.map((ending) => word + ending)).filter((word) => snowballGerman(word) !== reference.stem(word));
    expect(differing).toEqual([]);
  });

  it('marks u and y between vowels as the reference does, also in runs of them, and reads ß as ss', () => {
    const words = ['gauuen', 'bauuyen', 'ayuye', 'treuue', 'auyuua', 'bayuyer', 'straße', 'müßiggang', 'treue', 'bayern'];
    expect(words.map((word) => snowballGerman(word))).toEqual(words.map((word) => reference.stem(word)));
  });

  it('removes inflection and derivation suffixes in their regions', () => {
    expect(snowballGerman('ermittlungen')).toBe('ermittl');
    expect(snowballGerman('häuser')).toBe('haus');
    expect(snowballGerman('kenntnisse')).toBe('kenntnis');
    expect(snowballGerman('bauer')).toBe('bau');
    expect(snowballGerman('ab')).toBe('ab');
  });
});
