/**
 * Text normalisation shared by the index and the question parser: case and umlaut folding,
 * word tokens and sentence splitting. Folding makes "Wofür", "wofuer" and "WOFÜR" one word.
 */
import { memoizeWords } from './memo.js';

const NON_ASCII = /[^\x00-\x7f]/;
const UMLAUT = /[äöüß]/g;
const UMLAUTS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/** Lower-cases and transliterates umlauts and ß (ä -> ae, ß -> ss), so both spellings meet. */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower;
  const replaced = lower.replace(UMLAUT, (char) => UMLAUTS[char] ?? char);
  return NON_ASCII.test(replaced) ? replaced.normalize('NFKD').replace(/[\u0300-\u036f]/g, '') : replaced;
}

/** One word of a text: as written, folded, and where it starts (char offset). */
export interface Token {
  surface: string;
  folded: string;
  /** Offset of the first char in the source text, in UTF-16 code units. */
  start: number;
  /** Starts with an upper-case letter as written. */
  capitalized: boolean;
  /** First word of its sentence (so capitalisation says nothing about nouns). */
  sentenceStart: boolean;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const LETTER = /^\p{L}$/u;

/** Width in UTF-16 units of the letter (or, with `digits`, digit) at `i`, or 0 for any other char. ASCII without a regex. */
function wordCharWidth(text: string, i: number, digits: boolean): number {
  const code = text.charCodeAt(i);
  if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90)) return 1;
  if (code >= 48 && code <= 57) return digits ? 1 : 0;
  if (code < 128) return 0;
  const wide = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length;
  const char = wide ? text.slice(i, i + 2) : text[i]!;
  return (digits ? LETTER_OR_DIGIT : LETTER).test(char) ? char.length : 0;
}

/** Folded forms of words already seen: articles share most of their words, so folding is done once per word. */
/** Upper bound of remembered words; the map is cleared when full (keeps memory flat). */
const FOLDED_LIMIT = 100_000;

const foldWord = memoizeWords(FOLDED_LIMIT, (surface) => fold(surface));

/**
 * Splits text into word tokens: runs of letters and digits, plus an apostrophe and letters
 * ("geht's" gives "geht"). Hyphenated compounds ("Ukraine-Krieg") give their parts; the
 * joined form is added by the index, not here. A hand-written scan: this runs on every
 * question and every article sentence.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const length = text.length;
  let previousEnd = 0;
  let i = 0;
  while (i < length) {
    let width = wordCharWidth(text, i, true);
    if (width === 0) { i++; continue; }
    const start = i;
    i += width;
    while (i < length && (width = wordCharWidth(text, i, true)) > 0) i += width;
    const surfaceEnd = i;
    // At the end of the text there is no next char: not read, as a read past the end deoptimises this hot loop.
    const next = i < length ? text.charCodeAt(i) : -1;
    if ((next === 39 || next === 0x2019) && i + 1 < length && (width = wordCharWidth(text, i + 1, false)) > 0) {
      i += 1 + width;
      while (i < length && (width = wordCharWidth(text, i, false)) > 0) i += width;
    }
    const surface = text.slice(start, surfaceEnd);
    const first = surface[0] ?? '';
    let sentenceStart = tokens.length === 0;
    // The dot of a title or abbreviation ends no sentence: "Dr. Katrin Albersmeyer" is a name, not a new sentence.
    const abbreviated = previousEnd < length && text.charCodeAt(previousEnd) === 46 && ABBREVIATIONS.has(tokens[tokens.length - 1]?.folded ?? '');
    for (let j = abbreviated ? previousEnd + 1 : previousEnd; j < start && !sentenceStart; j++) {
      const char = text.charCodeAt(j);
      sentenceStart = char === 46 || char === 33 || char === 63 || char === 58;
    }
    const folded = foldWord(surface);
    tokens.push({ surface, folded, start, capitalized: first !== folded[0] && first !== first.toLowerCase(), sentenceStart });
    previousEnd = i;
  }
  return tokens;
}

/** Abbreviations that end with a dot but do not end a sentence (folded, without the dot). */
const ABBREVIATIONS = new Set([
  'dr', 'prof', 'nr', 'bzw', 'ca', 'usw', 'vgl', 'z', 'b', 'u', 'a', 'st', 'mio', 'mrd', 'jh', 'abs',
  'str', 'hr', 'fr', 'mr', 'ms', 'inkl', 'evtl', 'ggf', 'etc', 'sog', 'zb', 'dt', 'bzgl', 'ehem', 'gen',
  'jan', 'feb', 'aug', 'sept', 'okt', 'nov', 'dez', 'tel', 'max', 'min', 'rd', 'mind', 'stv',
]);

/** A letter or digit (one UTF-16 unit). */
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Splits a passage into sentences, verbatim (each is a substring of the input, trimmed).
 * Ends at . ! ? (optionally followed by a closing quote) before a capital or an opening quote;
 * not after ordinals ("17. Juni") or common abbreviations ("z. B.").
 */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  const boundary = /([.!?…]+["“”»«'’)]*)(\s+)(?=["„“»«(]?[\p{Lu}\p{N}])/gu;
  let from = 0;
  for (const match of text.matchAll(boundary)) {
    const mark = match[1] ?? '';
    const end = match.index + mark.length;
    let wordStart = match.index;
    while (wordStart > from && WORD_CHAR.test(text[wordStart - 1]!)) wordStart--;
    const lastWord = text.slice(wordStart, match.index);
    if (mark === '.' && (/^\d+$/.test(lastWord) || ABBREVIATIONS.has(fold(lastWord)) || lastWord.length === 1)) continue;
    const sentence = text.slice(from, end).trim();
    if (sentence) sentences.push(sentence);
    from = end + (match[2] ?? '').length;
  }
  const rest = text.slice(from).trim();
  if (rest) sentences.push(rest);
  return sentences;
}
