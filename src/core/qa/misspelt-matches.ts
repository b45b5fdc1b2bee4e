/**
 * Article words a question word meets although it is written otherwise: misspelt ("Satteliten", "pavain" and the
 * compounds and heads of what it stands for), abbreviated ("OB" ~ "Oberbürgermeisterin", "NRW" ~ "Nordrhein-Westfalen")
 * or as the inhabitants of a country ("Chinesen" ~ "China").
 */
import { isTwoEditTypoOf, isTypoOf, MIN_TWO_EDIT_WORD } from '../text/edit-distance.js';
import { thesaurusKeys } from '../text/synonyms.js';
import type { ArticleIndex } from './article-index.js';
import { tokenize } from '../text/normalize.js';
import { wordKeys } from '../text/keys.js';
import { compoundMatches, headMatch, MIN_PART } from './compounds.js';
import type { Alternative } from './match.js';
import type { Term } from './question.js';

/** Shortest word that gets typo tolerance, in chars. */
export const MIN_TYPO_WORD = 6;

const longWordsByIndex = new WeakMap<ArticleIndex, Map<string, [string, string[]][]>>();

/** The article's words of ten letters or more by first letter, built once per index. */
function longWordsByInitial(index: ArticleIndex): Map<string, [string, string[]][]> {
  let byInitial = longWordsByIndex.get(index);
  if (!byInitial) {
    byInitial = new Map();
    for (const [word, keys] of index.words) {
      if (word.length < MIN_TWO_EDIT_WORD) continue;
      const list = byInitial.get(word[0]!) ?? [];
      list.push([word, keys]);
      byInitial.set(word[0]!, list);
    }
    longWordsByIndex.set(index, byInitial);
  }
  return byInitial;
}

/** Whether two lengths are at most one apart: a typo is never two letters longer or shorter (checked before the letters). */
function oneApart(a: string, b: string): boolean {
  return a.length - b.length <= 1 && b.length - a.length <= 1;
}

/** Whether two words share their first or their last letter, as two words one edit apart (three letters or more) do. */
function sameEnd(a: string, b: string): boolean {
  return a.charCodeAt(0) === b.charCodeAt(0) || a.charCodeAt(a.length - 1) === b.charCodeAt(b.length - 1);
}

/** Typos against the article's stems as well ("anfürht" ~ the key of "angeführt"). */
function typoMatches(term: Term, index: ArticleIndex): Alternative[] {
  const word = term.words[0]!;
  const out: Alternative[] = [];
  // The article's words, not its entries (a pair made for each word); one edit keeps a word's first or last letter.
  for (const articleWord of index.words.keys()) {
    // The word itself is no typo of itself: a kicker word ("Bahnstreik") is context, in no passage.
    if (articleWord.length >= MIN_TYPO_WORD && oneApart(word, articleWord) && sameEnd(word, articleWord) && articleWord !== word && isTypoOf(word, articleWord)) {
      out.push({ keys: [index.words.get(articleWord)![0]!], weight: 0.8 });
    }
  }
  if (out.length > 0) return out;
  // Two slips in a long word ("Satteliten") still name the article's word, a little less surely; such typos keep the first letter.
  if (word.length >= MIN_TWO_EDIT_WORD) {
    for (const [articleWord, keys] of longWordsByInitial(index).get(word[0]!) ?? []) if (articleWord !== word && isTwoEditTypoOf(word, articleWord)) out.push({ keys: [keys[0]!], weight: 0.7 });
  }
  if (out.length > 0) return out;
  for (const key of term.keys) {
    if (key.length < MIN_TYPO_WORD) continue;
    for (const known of index.vocabulary) if (known.length >= MIN_TYPO_WORD && oneApart(key, known) && sameEnd(key, known) && isTypoOf(key, known)) out.push({ keys: [known], weight: 0.8 });
  }
  // (A word the thesaurus knows is no slip: "Gegner" is not looked for in "Gegenwart".)
  return out.length > 0 || !term.nounLike || thesaurusKeys(term.keys).length > 0 ? out : partTypoMatches(word, index);
}

/**
 * The article's words a short noun (five letters) is with one letter dropped ("Musem" ~ "Museum", "Disel" ~ "Diesel"):
 * below six letters a changed or swapped letter makes other words too often ("Wetter", "weiter"), a dropped one seldom.
 */
export function droppedLetterMatches(word: string, index: ArticleIndex): Alternative[] {
  const out: Alternative[] = [];
  for (const [articleWord, keys] of index.words) {
    if (articleWord.length !== word.length + 1 || !sameEnd(word, articleWord)) continue;
    let skip = 0;
    while (skip < word.length && word.charCodeAt(skip) === articleWord.charCodeAt(skip)) skip++;
    if (word.slice(skip) === articleWord.slice(skip + 1)) out.push({ keys: [keys[0]!], weight: 0.8 });
  }
  return out;
}

/** Shortest word read with two neighbouring letters swapped ("Gled" ~ "Geld"). */
export const MIN_SWAPPED_WORD = 4;

/**
 * The article's words a short noun (four or five letters) is with two neighbouring letters swapped, after its first
 * ("Gled" ~ "Geld"): a slip of the fingers that seldom makes another word.
 */
export function swappedLetterMatches(word: string, index: ArticleIndex): Alternative[] {
  const out: Alternative[] = [];
  for (const [articleWord, keys] of index.words) {
    if (articleWord.length !== word.length || articleWord.charCodeAt(0) !== word.charCodeAt(0) || articleWord === word) continue;
    let at = 1;
    while (at < word.length && word.charCodeAt(at) === articleWord.charCodeAt(at)) at++;
    if (at + 1 < word.length && word[at] === articleWord[at + 1] && word[at + 1] === articleWord[at] && word.slice(at + 2) === articleWord.slice(at + 2)) out.push({ keys: [keys[0]!], weight: 0.8 });
  }
  return out;
}

/** Fewest letters an article compound keeps beside the part a misspelt word stands for. */
const MIN_REST = 3;
/** Weight of a compound whose head a misspelt word stands for ("Versamlung" ~ "Mitgliederversammlung"), and whose modifier ("Metahn" ~ "Methangas"). */
const TYPO_HEAD_WEIGHT = 0.7;
const TYPO_MODIFIER_WEIGHT = 0.4;

/**
 * The article's compounds one of whose parts a misspelt word stands for: "Versamlung" where the article has only
 * "Mitgliederversammlung", "Agentr" where it has "Vermittlungsagentur". The part is as long as the word or one letter
 * longer or shorter, and leaves three letters or more of the compound.
 */
function partTypoMatches(word: string, index: ArticleIndex): Alternative[] {
  const out: Alternative[] = [];
  const first = word.charCodeAt(0);
  const last = word.charCodeAt(word.length - 1);
  for (const [articleWord, keys] of index.words) {
    if (articleWord.length < word.length - 1 + MIN_REST) continue;
    // A head one edit off keeps the word's last letter, a modifier its first (the cheap test before any part is cut).
    const sameLast = articleWord.charCodeAt(articleWord.length - 1) === last;
    const sameFirst = articleWord.charCodeAt(0) === first;
    if (!sameLast && !sameFirst) continue;
    for (let length = word.length - 1; length <= word.length + 1; length++) {
      const rest = articleWord.length - length;
      if (rest < MIN_REST) continue;
      if (sameLast && isTypoOf(word, articleWord.slice(rest))) {
        out.push({ keys: [keys[0]!], weight: TYPO_HEAD_WEIGHT });
        break;
      }
      if (sameFirst && isTypoOf(word, articleWord.slice(0, length))) {
        out.push({ keys: [keys[0]!], weight: TYPO_MODIFIER_WEIGHT });
        break;
      }
    }
  }
  return out;
}

/**
 * The article words a misspelt word stands for, and, a little weaker, their compounds ("pavain" ->
 * "Pavian" -> "Mantelpavian") and their heads ("Kirchturn" -> "Kirchturm" -> "Turm"), as for a word spelt right.
 */
export function correctedMatches(term: Term, index: ArticleIndex): Alternative[] {
  const out = typoMatches(term, index);
  if (term.verbLike) return out;
  const has = (key: string): boolean => index.known.has(key);
  for (const typo of [...out]) {
    for (const compound of compoundMatches(typo.keys[0]!, index.vocabulary)) if (compound.weight > 0.8) out.push({ keys: compound.keys, weight: compound.weight * typo.weight });
    const head = typo.keys[0]!.length >= 2 * MIN_PART ? headMatch(typo.keys[0]!, has) : null;
    if (head) out.push(head);
  }
  return out;
}

/** Weight of an article word met by the initials of its parts ("OB" ~ "Oberbürgermeisterin"). */
const ABBREVIATION_WEIGHT = 0.6;
/** Fewest letters between two initials of an abbreviation: each stands for a part of three letters or more. */
const MIN_PART_OF_ABBREVIATION = 3;

/** Whether `letters` are the initials of parts of `word`: the first letter first, each next one three letters or more further on. */
function initialsOf(letters: string, word: string): boolean {
  if (word[0] !== letters[0] || word.length < letters.length * MIN_PART_OF_ABBREVIATION) return false;
  let at = 0;
  for (const letter of letters.slice(1)) {
    at = word.indexOf(letter, at + MIN_PART_OF_ABBREVIATION);
    if (at < 0 || word.length - at < MIN_PART_OF_ABBREVIATION) return false;
  }
  return true;
}

/** Article words an abbreviation may stand for ("vvk" ~ "Vorverkaufsstelle"). */
export function abbreviationMatches(abbreviation: string, index: ArticleIndex): Alternative[] {
  const out: Alternative[] = [];
  for (const [articleWord, keys] of index.words) if (initialsOf(abbreviation, articleWord)) out.push({ keys: [keys[0]!], weight: ABBREVIATION_WEIGHT });
  if (out.length > 0) return out;
  // The key of a hyphenated compound is one word to its initials ("NRW" ~ "Nordrhein-Westfalen").
  for (const key of index.vocabulary) if (initialsOf(abbreviation, key)) out.push({ keys: [key], weight: ABBREVIATION_WEIGHT });
  return out.length > 0 ? out : phraseAbbreviationMatches(abbreviation, index);
}

/** Whether `letters` are the initials of a compound's parts joined by a linking s ("hw" ~ "hilfswerks"): surer than initialsOf. */
function linkedInitialsOf(letters: string, word: string): boolean {
  if (word[0] !== letters[0]) return false;
  let at = 0;
  for (const letter of letters.slice(1)) {
    const previous = at;
    do at = word.indexOf(letter, at + 1); while (at > 0 && word[at - 1] !== 's');
    if (at - previous < MIN_PART_OF_ABBREVIATION || word.length - at < MIN_PART_OF_ABBREVIATION) return false;
  }
  return true;
}

/** Most words before the last of a name an abbreviation stands for ("Deutsches Rotes Kreuz" for "DRK"). */
const MAX_WORDS_BEFORE = 2;

/**
 * The last word of capitalised words in a row whose initials, and those of the last word's parts, an abbreviation is
 * ("THW" ~ "Technischen Hilfswerks", "DRK" ~ "Deutsche Rote Kreuz").
 */
function phraseAbbreviationMatches(abbreviation: string, index: ArticleIndex): Alternative[] {
  const out: Alternative[] = [];
  for (const passage of index.passages) {
    const tokens = tokenize(passage.text);
    for (let t = 0; t < tokens.length; t++) {
      for (let before = 1; before <= MAX_WORDS_BEFORE && before < abbreviation.length && t + before < tokens.length; before++) {
        const run = tokens.slice(t, t + before + 1);
        if (!run.every((token) => token.capitalized)) break;
        if (!run.slice(0, before).every((token, i) => token.folded[0] === abbreviation[i])) break;
        const last = run[before]!;
        const rest = abbreviation.slice(before);
        if (rest.length === 1 ? last.folded[0] === rest && last.folded.length >= MIN_PART_OF_ABBREVIATION : linkedInitialsOf(rest, last.folded)) {
          const keys = wordKeys(last.folded);
          if (!out.some((alternative) => alternative.keys[0] === keys[0])) out.push({ keys: [keys[0]!], weight: ABBREVIATION_WEIGHT });
        }
      }
    }
  }
  return out;
}

/**
 * Inhabitants and their country share a stem the article's word extends by one or two
 * letters ("Chinesen" -> chin ~ "China", "Japaner" -> japan ~ "Japans"). Last resort only.
 */
export function demonymMatches(key: string, index: ArticleIndex): Alternative[] {
  if (key.length < 4) return [];
  const out: Alternative[] = [];
  for (const articleWord of index.words.keys()) {
    if (articleWord.length > key.length && articleWord.length <= key.length + 2 && articleWord.startsWith(key)) out.push({ keys: [index.words.get(articleWord)![0]!], weight: 0.7 });
  }
  return out;
}

/** An -isch adjective's ending after a place's key ("nordkorea|nischer", "ukrain|ischen", "chin|esische"), inflected or not. */
const PLACE_ADJECTIVE_ENDING = /^(?:a|n|an|ani|es|e)?isch(?:e[nrsm]?)?$/;

/**
 * The adjectives of a place the article uses ("nordkoreanischer" for "Nordkorea", "ukrainischen", "russische" for
 * "Russland"): what comes from a place is said with them ("Raketen aus nordkoreanischer Produktion").
 */
export function placeAdjectiveMatches(word: string, key: string, index: ArticleIndex): Alternative[] {
  const base = word.endsWith('land') ? word.slice(0, -4) : key;
  if (base.length < 4) return [];
  const out: Alternative[] = [];
  for (const articleWord of index.words.keys()) {
    if (articleWord.startsWith(base) && PLACE_ADJECTIVE_ENDING.test(articleWord.slice(base.length))) out.push({ keys: [index.words.get(articleWord)![0]!], weight: 0.8 });
  }
  return out;
}
