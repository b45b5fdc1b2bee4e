/**
 * The names a question asks about: a word of a name the article gives ("Kim" for Kim Jong Un), a misspelt one ("Putn"),
 * and the keys of a name; and the question words a slip at the start stands for ("Wiviele" -> "wieviele").
 */
import { wordKeys } from '../text/keys.js';
import { memoizeWords } from '../text/memo.js';
import type { Token } from '../text/normalize.js';
import { isCommonNoun, isNeverNoun } from '../text/synonyms.js';
import { isTypoOf, withinOneEdit } from '../text/edit-distance.js';
import { classOf, type WordClass } from './question-words.js';

/** What one article's names answer for a question word, worked out once per names list (see nameLookupOf). */
export interface NameLookup {
  names: readonly string[][];
  /** The first name (in `names` order) holding a folded word. */
  byWord: Map<string, string[]>;
  /** The name a misspelt word stands for, or null, per word already asked about (see misspeltName). */
  typos: Map<string, string[] | null>;
}

const nameLookups = new WeakMap<readonly string[][], NameLookup>();

/** Upper bound of remembered misspelt words per names list; the map is cleared when full (keeps memory flat). */
const TYPO_LIMIT = 5_000;

/** The lookups of a names list, built on first use: one table per article, not one search per question word. */
export function nameLookupOf(names: readonly string[][]): NameLookup {
  let lookup = nameLookups.get(names);
  if (!lookup) {
    const byWord = new Map<string, string[]>();
    for (const name of names) for (const part of name) if (!byWord.has(part)) byWord.set(part, name);
    lookup = { names, byWord, typos: new Map() };
    nameLookups.set(names, lookup);
  }
  return lookup;
}

/** Shortest name word a typo is forgiven in, in chars ("Putn" for "Putin"). */
const MIN_TYPO_NAME = 5;

/**
 * The name a misspelt question word stands for ("Putn" -> Wladimir Putin): one edit from a
 * name word of five letters or more, when the word is no stop word and not a word of the
 * article itself ("Brand" is no typo of "Brandt" in a story about a fire).
 */
export function misspeltName(lookup: NameLookup, word: string, cls: WordClass, articleWords: ReadonlyMap<string, unknown> | undefined): string[] | undefined {
  if (!articleWords || word.length < MIN_TYPO_NAME - 1 || cls.stop || cls.question || articleWords.has(word)) return undefined;
  let name = lookup.typos.get(word);
  if (name === undefined) {
    name = lookup.names.find((candidate) => candidate.some((part) => part.length >= MIN_TYPO_NAME && isTypoOf(word, part))) ?? null;
    if (lookup.typos.size >= TYPO_LIMIT) lookup.typos.clear();
    lookup.typos.set(word, name);
  }
  return name ?? undefined;
}

/** The keys of every word of a name of three letters or more. */
export function nameKeys(name: readonly string[]): string[] {
  const keys: string[] = [];
  for (const word of name) if (word.length >= 3) keys.push(...wordKeys(word));
  return keys;
}

/** Question words of five letters or more, whose slips are read as them ("Wiviele" -> "wieviele"). */
const LONG_QUESTION_WORDS = ['wieviel', 'wieviele', 'weshalb', 'weswegen', 'wieso', 'warum', 'welche', 'welcher', 'welches', 'welchen', 'welchem', 'wofuer', 'wodurch', 'woher', 'wohin', 'womit', 'worum', 'woran'];

/** Short question words, whose slips are read as them only with a letter missing or added ("Wan" -> "wann"). */
const SHORT_QUESTION_WORDS = ['wann', 'wozu'];

/** The shortest question words with their last letter typed twice ("Wass sagt …", "Werr …"), folded ("wenn" is a word). */
const TYPED_TWICE: ReadonlySet<string> = new Set(['wass', 'werr', 'wiee', 'wemm', 'woo']);

/** The question word a misspelt first word stands for, or null: not a word the lexicon knows ("warm" is no "warum"). */
const questionWordTypo = memoizeWords(5_000, (word: string): string | null => {
  if (TYPED_TWICE.has(word)) return word.slice(0, -1);
  if (word.length < 3 || classOf(word).question || classOf(word).stop || isCommonNoun(word) || isNeverNoun(word)) return null;
  const long = word.length >= 4 ? LONG_QUESTION_WORDS.find((candidate) => withinOneEdit(word, candidate)) : undefined;
  return long ?? SHORT_QUESTION_WORDS.find((candidate) => Math.abs(candidate.length - word.length) === 1 && withinOneEdit(word, candidate)) ?? null;
});

/** "heißt" written with one s after "wie" ("wie heist die Sprecherin"): it asks for a name, not "wie heiß". */
const ONE_S_NAME_VERB: ReadonlyMap<string, string> = new Map([['heist', 'heisst'], ['heisen', 'heissen']]);

/** The tokens with a misspelt question word at the start corrected ("Wiso könnte …", "Wiviele Puten …", "wie heist …"). */
export function withQuestionWordTypos(tokens: Token[]): Token[] {
  const first = tokens[0];
  const corrected = first ? questionWordTypo(first.folded) : null;
  const second = tokens[1];
  const nameVerb = second && (corrected ?? first?.folded) === 'wie' ? ONE_S_NAME_VERB.get(second.folded) : undefined;
  const slipped = tokens.findIndex((token, i) => i > 0 && metaNounTypo(token.folded) !== null);
  if (!first || (!corrected && !nameVerb && slipped < 0)) return tokens;
  const out = corrected ? [{ ...first, folded: corrected }, ...tokens.slice(1)] : [...tokens];
  if (nameVerb) out[1] = { ...second!, folded: nameVerb };
  if (slipped > 0) out[slipped] = { ...tokens[slipped]!, folded: metaNounTypo(tokens[slipped]!.folded)! };
  return out;
}

/** Nouns for the article and its photo, which ask for its source, credit or summary, folded. */
const META_NOUNS: readonly string[] = ['artikel', 'bericht', 'beitrag', 'meldung', 'nachricht', 'fotograf', 'fotografin'];
/** Shortest word read as a slip of a meta noun. */
const MIN_META_SLIP = 6;

/**
 * The meta noun a folded word is a slip of ("Artikle" -> "artikel"), or null. Not a word the thesaurus knows as a noun
 * ("Betrag" is no "Beitrag" misspelt).
 */
const metaNounTypo = memoizeWords(10_000, (word): string | null => {
  if (word.length < MIN_META_SLIP || META_NOUNS.includes(word)) return null;
  const noun = META_NOUNS.find((meta) => isTypoOf(word, meta));
  return noun === undefined || isCommonNoun(word) ? null : noun;
});
