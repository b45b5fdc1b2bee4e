/**
 * The name a sentence gives whoever holds a role, for "Wie heißt der Kapitän?": a name beside a mention of the role,
 * not any name in a sentence about it.
 */
import { wordKeys } from '../text/keys.js';
import { tokenize, type Token } from '../text/normalize.js';
import { isCommonNoun } from '../text/synonyms.js';
import type { ArticleIndex, IndexedSentence } from './article-index.js';
import { matchWeight, type Alternative } from './match.js';
import { nameKeys } from './question-names.js';

/** The keys of the words of the article's names, once per index. */
const nameKeysOf = new WeakMap<ArticleIndex, Set<string>>();

/** The keys of the words (three letters or more) of the article's names: a sentence holds a name's word by its key. */
export function nameKeySet(index: ArticleIndex): ReadonlySet<string> {
  let keys = nameKeysOf.get(index);
  if (!keys) {
    keys = new Set(index.names.flatMap((name) => nameKeys(name)));
    nameKeysOf.set(index, keys);
  }
  return keys;
}

/** Words after a role in which its name may start ("Als Verwalterin wurde die Kieler Anwältin Petra Lorenz …"). */
const NAME_AFTER_ROLE = 5;
/** A quoted name right after a word ("Ermittlungsgruppe „Hörer“"), or after a relative pronoun ("Gästekarte, die „FeldmoosCard“"). */
const QUOTED_NAME = /^\s*(?:,\s*(?:der|die|das)\s+)?[„"“»]\p{Lu}/u;
/** The article of a role in apposition after a name ("Lea Vogelsang, die Managerin …"), folded. */
const APPOSITION: ReadonlySet<string> = new Set(['der', 'die']);
/** Characters after a word in which its quoted name may start. */
const QUOTED_NAME_REACH = 12;

/**
 * How a sentence names whoever holds `role` ("Wie heißt der Kapitän?"): 'quoted' for a quoted name right after a mention
 * ("Ermittlungsgruppe „Hörer“"); 'beside' for a name beside one ("Kapitän Jens Möller", "Jens Möller, Kapitän des …",
 * "die Leiterin der Verkehrsbetriebe, Dr. Ines Haberkorn") or a role pointing back to someone named ("Die Geologin war …");
 * else null. A name is one of the article's names or two capitalised words, one no common noun.
 */
export function nameOfRole(sentence: IndexedSentence, role: readonly Alternative[], index: ArticleIndex): 'quoted' | 'beside' | null {
  const keys = nameKeySet(index);
  const text = sentence.text;
  const tokens = tokenize(text);
  const isName = (token: Token | undefined): boolean => token !== undefined && wordKeys(token.folded).some((key) => keys.has(key));
  const startsName = (at: number): boolean => isName(tokens[at]) || (tokens[at]?.capitalized === true && tokens[at + 1]?.capitalized === true
    && !tokens[at]!.sentenceStart && (!isCommonNoun(tokens[at]!.folded) || !isCommonNoun(tokens[at + 1]!.folded)));
  let beside = false;
  for (let i = 0; i < tokens.length; i++) {
    if (matchWeight(role, new Set(wordKeys(tokens[i]!.folded))) === 0) continue;
    const next = tokens[i + 1];
    const end = tokens[i]!.start + tokens[i]!.surface.length;
    if (next && QUOTED_NAME.test(text.slice(end, end + QUOTED_NAME_REACH))) return 'quoted';
    if (beside) continue;
    // "… sagte Lea Vogelsang, die Klimaanpassungsmanagerin der Stadt": a name, then the role in apposition.
    beside = sentence.refers !== undefined || isName(tokens[i - 1]) || isName(tokens[i - 2]) || (APPOSITION.has(tokens[i - 1]?.folded ?? '') && i >= 3 && startsName(i - 3));
    for (let j = i + 1; !beside && j <= i + NAME_AFTER_ROLE && j < tokens.length; j++) beside = startsName(j);
  }
  return beside ? 'beside' : null;
}
