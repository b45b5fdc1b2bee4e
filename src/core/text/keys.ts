/**
 * Index keys of a text: the stems (and verb stems) of its words plus the joined stem of
 * hyphenated compounds ("Ukraine-Krieg" gives ukraine, krieg and ukrainekrieg).
 */
import { fold, tokenize } from './normalize.js';
import { stem, verbStem } from './stem.js';

/** The keys one folded word stands for: its stem and, for -t forms, its verb stem. */
export function wordKeys(folded: string): string[] {
  const keys = [stem(folded)];
  const verb = verbStem(folded);
  if (verb) keys.push(verb);
  // Umlaut plurals and comparatives (Wälder ~ Wald, wärmer ~ warm): also key the plain vowel.
  if (/[aou]e/.test(folded) && folded.length >= 4) {
    const plain = stem(folded.replace(/([aou])e/g, '$1'));
    if (!keys.includes(plain)) keys.push(plain);
  }
  return keys;
}

const HYPHENATED = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+/gu;

/** Every key of a text, as a set (for "does this passage contain …" checks). */
export function textKeys(text: string): Set<string> {
  const keys = new Set<string>();
  for (const token of tokenize(text)) for (const key of wordKeys(token.folded)) keys.add(key);
  for (const match of text.matchAll(HYPHENATED)) keys.add(stem(fold(match[0].replace(/-/g, ''))));
  return keys;
}
