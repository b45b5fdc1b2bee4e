import { describe, expect, it } from 'vitest';
import { fold, splitSentences, tokenize } from '../../../src/core/text/normalize.js';
import { withinOneEdit } from '../../../src/core/text/edit-distance.js';

describe('fold', () => {
  it('makes case, umlauts and ß spelling-independent', () => {
    expect(fold('Wofür')).toBe(fold('WOFUER'));
    expect(fold('Fußball')).toBe('fussball');
    expect(fold('Pjöngjang')).toBe(fold('Pjoengjang'));
  });
});

describe('tokenize', () => {
  it('splits words, keeps hyphen parts and marks sentence starts and capitals', () => {
    const tokens = tokenize('Der Ukraine-Krieg. Putin lobt.');
    expect(tokens.map((token) => token.folded)).toEqual(['der', 'ukraine', 'krieg', 'putin', 'lobt']);
    expect(tokens[3]).toMatchObject({ capitalized: true, sentenceStart: true });
    expect(tokens[1]).toMatchObject({ capitalized: true, sentenceStart: false });
  });
});

describe('splitSentences', () => {
  it('splits at sentence ends but not after ordinals and abbreviations, keeping text verbatim', () => {
    const text = 'Am 17. Juni kam er. Dr. Müller sagte: "Ja." Dann z. B. das. Wirklich?';
    expect(splitSentences(text)).toEqual(['Am 17. Juni kam er.', 'Dr. Müller sagte: "Ja."', 'Dann z. B. das.', 'Wirklich?']);
  });
});

describe('withinOneEdit', () => {
  it('accepts one insertion, deletion, substitution or swap and nothing more', () => {
    expect(withinOneEdit('artilleriegeschosse', 'artileriegeschosse')).toBe(true);
    expect(withinOneEdit('stark', 'stakr')).toBe(true);
    expect(withinOneEdit('panzer', 'pinsel')).toBe(false);
    expect(withinOneEdit('abc', 'abcde')).toBe(false);
  });
});
