/**
 * Whose age is it? "Die 54-jährige Sabine Kröger …" states the age of Kröger, not of the wolf
 * the reader asks about. An attributive age ("54-jährige") belongs to the noun or name after
 * it; a sentence whose only ages belong to something other than the asked noun does not
 * answer "Wie alt ist X?". Predicative ages ("zwei Jahre alt", "im Alter von", "Die 36-Jährige")
 * refer to the sentence's subject and count, unless the subject is someone of X ("Xs Schwester
 * Rani, 27 Jahre alt"). "Die 24 Jahre alte Elefantenkuh X" is attributive, like "24-jährige".
 */
import { wordKeys } from '../text/keys.js';
import { isNumberWord } from '../text/facts.js';
import { tokenize, type Token } from '../text/normalize.js';
import type { IndexedSentence } from './article-index.js';
import type { Alternative } from './match.js';

const ATTRIBUTIVE_AGE = /^\d*jaehrige[nrsm]?$/;
/** Children or people of an age, counted ("22 Vierjährigen", "zwölf Zehnjährige"), folded. */
const AGE_GROUP = /^\p{L}+jaehrige[n]?$/u;
const PREDICATIVE_AGE = /\bjahren? alt\b|\balter von\b|\blebensjahr/;
/** "24 Jahre alte": an age before a noun, like "24-jährige". */
const ATTRIBUTIVE_PHRASE = /^alte[nrsm]?$/;
/** Nouns that only describe whom the text is about, not another one ("Männchen", "Frau", "Tier"). */
const GENERIC_BEARERS = new Set(['mann', 'frau', 'maennchen', 'weibchen', 'tier', 'kind', 'junge', 'maedchen', 'person', 'mensch']);

function matches(alternatives: readonly Alternative[], folded: string): boolean {
  const keys = wordKeys(folded);
  return alternatives.some((alternative) => alternative.keys.every((key) => keys.includes(key)));
}

/** Definite articles opening a sentence about the one the sentence before is about ("Die 41-jährige Juristin …"), folded. */
const SUBJECT_ARTICLES: ReadonlySet<string> = new Set(['der', 'die']);

/** Verbs of saying an attribution ends with, folded ("…", sagt der 23-jährige Student). */
export const ATTRIBUTING_VERBS: ReadonlySet<string> = new Set(['sagt', 'sagte', 'erklaert', 'erklaerte', 'betont', 'betonte', 'meint', 'meinte',
  'berichtet', 'berichtete', 'erzaehlt', 'erzaehlte', 'so', 'fuegt', 'fuegte', 'ergaenzt', 'ergaenzte']);

/**
 * Whether the age at token `i` follows a verb of saying and a definite article ("…", sagt der 23-jährige Lehramtsstudent):
 * it describes the one the passage quotes, not someone new.
 */
export function attributesQuote(tokens: readonly Token[], i: number): boolean {
  // (Its figure stands apart: "23-jährige" is "23", "jaehrige".)
  const article = /^\d+$/.test(tokens[i - 1]?.folded ?? '') ? i - 2 : i - 1;
  return article >= 1 && SUBJECT_ARTICLES.has(tokens[article]!.folded) && ATTRIBUTING_VERBS.has(tokens[article - 1]!.folded);
}

/**
 * Whether the age at token `i` opens the sentence after a definite article, perhaps with its figure, before one noun that
 * is no name ("Die 41-jährige Juristin kam …", not "Die 54-jährige Sabine Kröger …", who is someone new).
 */
function opensSentence(tokens: readonly Token[], i: number): boolean {
  const first = /^\d+$/.test(tokens[i - 1]?.folded ?? '') ? i - 2 : i - 1;
  return first === 0 && tokens[0]!.sentenceStart && SUBJECT_ARTICLES.has(tokens[0]!.folded)
    && tokens[i + 1]?.capitalized === true && tokens[i + 2]?.capitalized !== true;
}

/** Whether every age the sentence states belongs to a noun other than the one `measured` matches. */
export function agesOfOthersOnly(sentence: IndexedSentence, folded: string, measured: readonly Alternative[]): boolean {
  const tokens = tokenize(sentence.text);
  if (PREDICATIVE_AGE.test(folded)) return ofOthersGenitive(tokens, measured);
  let attributive = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    // "eine Gruppe mit 22 Vierjährigen": a number of children of an age, not the age of anyone named.
    if (AGE_GROUP.test(token.folded) && i > 0 && (/^\d+$/.test(tokens[i - 1]!.folded) || isNumberWord(tokens[i - 1]!.folded))) {
      attributive++;
      continue;
    }
    const phrase = ATTRIBUTIVE_PHRASE.test(token.folded) && /^jahren?$/.test(tokens[i - 1]?.folded ?? '');
    if (!phrase && !ATTRIBUTIVE_AGE.test(token.folded)) continue;
    // "Die 36-Jährige …" is a noun: the person the text is about. So is "Die 41-jährige Juristin …" opening a sentence:
    // it describes the one the sentence before is about.
    if (token.capitalized || opensSentence(tokens, i) || attributesQuote(tokens, i)) return false;
    attributive++;
    // The noun the age belongs to: the capitalised words after it, past lowercase adjectives.
    let j = i + 1;
    while (j < tokens.length && !tokens[j]!.capitalized && j < i + 3) j++;
    while (j < tokens.length && tokens[j]!.capitalized) {
      // "das sieben Jahre alte Männchen", "die 41-jährige Frau": a generic noun names the one the text is about.
      if (matches(measured, tokens[j]!.folded) || GENERIC_BEARERS.has(tokens[j]!.folded)) return false;
      j++;
    }
  }
  // "Oberstaatsanwältin Sabine Kolbeck (52)": an age in brackets is of the role and name before it.
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i]!;
    const end = token.start + token.surface.length;
    if (!/^\d{1,3}$/.test(token.surface) || sentence.text[token.start - 1] !== '(' || sentence.text[end] !== ')') continue;
    attributive++;
    for (let j = i - 1; j >= Math.max(0, i - 3) && tokens[j]!.capitalized; j--) {
      if (matches(measured, tokens[j]!.folded) || GENERIC_BEARERS.has(tokens[j]!.folded)) return false;
    }
  }
  return attributive > 0;
}

/** A predicative age in a sentence naming X only in the genitive ("Xs Schwester Rani, 27 Jahre alt"): the age is another's. */
function ofOthersGenitive(tokens: readonly { folded: string }[], measured: readonly Alternative[]): boolean {
  let genitive = false;
  for (const token of tokens) {
    if (matches(measured, token.folded)) return false;
    if (token.folded.endsWith('s') && token.folded.length > 3 && matches(measured, token.folded.slice(0, -1))) genitive = true;
  }
  return genitive;
}
