/**
 * Does a sentence hold the fact a question asks for? Beyond the question word's kind
 * (focus.ts): the unit of a measure question ("wie schnell" -> a speed), the counted noun
 * next to a number ("Wie viele Mitglieder …" needs members counted, not any number), an
 * ordinal before the noun ("Der wievielte Streik …" -> "der dritte Streik") and a personal
 * name for "wie heißt der/die …" and "wer ist der …".
 */
import { FACT, isNumberWord, ORDINAL_WORD } from '../text/facts.js';
import { wordKeys } from '../text/keys.js';
import { fold, tokenize } from '../text/normalize.js';
import type { ArticleIndex, IndexedSentence } from './article-index.js';
import { satisfiesFocus } from './focus.js';
import { MODIFIER_WEIGHT, matchWeight, type Alternative } from './match.js';
import type { ParsedQuestion } from './question.js';

/** Whether a sentence names any person (a known multi-word name, or two capitalised words). */
export function hasName(sentence: IndexedSentence, index: ArticleIndex): boolean {
  return index.names.some((name) => name.some((word) => sentence.keys.has(word))) || /\s\p{Lu}\p{Ll}+\s\p{Lu}\p{Ll}+/u.test(sentence.text);
}

/** A number or an ordinal at most one word before a word matching `alternatives` ("33.305 Zuschauern", "der dritte Streik"). */
export function numberBefore(text: string, alternatives: readonly Alternative[], ordinal: boolean): boolean {
  const tokens = tokenize(text);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const digit = /^\d/.test(token.folded);
    const dotted = digit && text[token.start + token.surface.length] === '.';
    const isNumber = ordinal ? ORDINAL_WORD.test(token.folded) || dotted : (digit && !dotted) || isNumberWord(token.folded) || ORDINAL_WORD.test(token.folded);
    if (!isNumber) continue;
    for (const next of tokens.slice(i + 1, i + 3)) {
      if (matchWeight(alternatives, new Set(wordKeys(next.folded))) > 0) return true;
    }
  }
  return false;
}

/**
 * The test "does this sentence hold what the question asks for", built once per question.
 * `counted` are the alternatives of the counted noun, if any.
 */
export function focusTest(question: ParsedQuestion, counted: readonly Alternative[] | undefined, index: ArticleIndex): (sentence: IndexedSentence) => boolean {
  const markers = question.terms.find((term) => term.markersRequired)?.markers;
  if (markers) return (sentence) => markers.some((marker) => sentence.keys.has(marker.key));
  if (question.focus === 'ordinal') return (sentence) => (counted ? numberBefore(sentence.text, counted, true) : satisfiesFocus('ordinal', fold(sentence.text), false));
  if (question.focus === 'count' && counted && counted.length > 0) {
    // A compound with the counted noun as head anywhere in the sentence ("neun Fragmente"); with it as modifier
    // only right after the number ("600 Augenzeugenberichte", not "Waldbrandwarnstufe 5").
    const heads = counted.filter((alternative) => alternative.weight > MODIFIER_WEIGHT);
    return (sentence) => sentence.keys.has(FACT.quantity) && (matchWeight(heads, sentence.keys) > 0 || numberBefore(sentence.text, counted, false));
  }
  if (question.focus === 'person' && question.asksIdentity) return (sentence) => sentence.keys.has(FACT.person);
  return (sentence) => satisfiesFocus(question.focus, fold(sentence.text), hasName(sentence, index));
}
