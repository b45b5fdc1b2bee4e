/**
 * Diminutives ("Härchen", "Bäumchen", "Kätzchen"): the word in -chen is the thing itself, small, with its vowel made an
 * umlaut. German only; no word list: the article's words in -chen are read back to their base.
 */
import type { Alternative } from './match.js';
import { stem } from '../text/stem.js';

/** A diminutive in -chen with at least three letters before it, folded. */
const DIMINUTIVE = /^(.{3,})chen$/;
/** The last umlaut of a diminutive's base and the plain vowels it may stand for ("Härchen" ~ "Haar", "Häuschen" ~ "Haus"). */
const PLAIN_VOWELS: readonly (readonly [RegExp, string])[] = [
  [/aeu(?=[^aeiou]*$)/, 'au'], [/ae(?=[^aeiou]*$)/, 'aa'], [/ae(?=[^aeiou]*$)/, 'a'], [/oe(?=[^aeiou]*$)/, 'o'], [/ue(?=[^aeiou]*$)/, 'u'],
];
/** A diminutive stands for its thing nearly as well as the word itself. */
const DIMINUTIVE_WEIGHT = 0.9;

/** The article's diminutives of the noun with `keys` ("Haare" ~ "600.000 dieser Härchen"), from its folded words and their keys. */
export function diminutiveMatches(keys: readonly string[], words: ReadonlyMap<string, readonly string[]>): Alternative[] {
  const out: Alternative[] = [];
  for (const [word, wordKeys] of words) {
    const base = word.endsWith('chen') ? DIMINUTIVE.exec(word)?.[1] : undefined;
    if (base === undefined) continue;
    const bases = [base, ...PLAIN_VOWELS.filter(([umlaut]) => umlaut.test(base)).map(([umlaut, plain]) => base.replace(umlaut, plain))];
    if (bases.some((plain) => keys.includes(stem(plain)) || keys.includes(stem(`${plain}e`)))) out.push({ keys: [wordKeys[0]!], weight: DIMINUTIVE_WEIGHT });
  }
  return out;
}
