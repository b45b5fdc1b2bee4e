/**
 * Compounds: German writes "Fernzüge", "Artilleriegeschosse", "Informationsabend" as one word,
 * so a question's word may be the head, the modifier or a sibling of an article's compound.
 * The vocabulary is searched by binary search over its keys sorted forwards and backwards.
 */
import { isNumberWord } from '../text/facts.js';
import { wordKeys } from '../text/keys.js';
import { ROLE_NOUN } from '../text/names.js';
import { firstFrom, pushEndingWith, pushStartingWith, sortedBackward, sortedForward, sortedUnique } from '../text/sorted-strings.js';
import { stem } from '../text/stem.js';
import { isNeverNoun, isSynonymGroupWord, isThesaurusKey, synonymKeys, thesaurusKeys } from '../text/synonyms.js';
import { packedMap } from '../text/packed-map.js';
import type { ArticleIndex } from './article-index.js';
import type { Alternative } from './match.js';

/** Shortest key that may be a compound's head or modifier, in chars. */
export const MIN_PART = 4;
const LINKS = ['', 's', 'n', 'en', 'e', 'es'];
/** Weight of a compound met only by its modifier ("Sammler" in "Sammlermarkt"). */
export const MODIFIER_WEIGHT = 0.5;

/** Vocabulary positions sorted by key and by reversed key: compounds are found by binary search. 8 bytes a key. */
interface Sorted {
  byPrefix: Int32Array;
  bySuffix: Int32Array;
}
const sortedOf = new WeakMap<readonly string[], Sorted>();

function sorted(vocabulary: readonly string[]): Sorted {
  let found = sortedOf.get(vocabulary);
  if (!found) {
    found = { byPrefix: sortedForward(vocabulary), bySuffix: sortedBackward(vocabulary) };
    sortedOf.set(vocabulary, found);
  }
  return found;
}

/**
 * Compounds of the vocabulary with `key` as head (weight 0.85) or modifier (0.7). `noun`
 * says the key is surely a noun's stem (from an umlaut plural: "Züge" -> zug), so a short
 * one may be a part too ("Zugverkehr", "Fernzug") when the rest is a word of its own; so may
 * a key of four letters start one ("Bahn" ~ "Bahnfahrkarte", not "Zeit" ~ "Zeitung").
 * Keys ending or starting with `key` are found by binary search, then taken in vocabulary order.
 */
export function compoundMatches(key: string, vocabulary: readonly string[], noun = false): Alternative[] {
  const out: Alternative[] = [];
  const short = key.length < MIN_PART;
  if (short && !(noun && key.length === MIN_PART - 1)) return out;
  // A three-letter noun leaves a word of its own in the compound ("Bus" ~ "Buslinie", not "Busen").
  const rest = short ? MIN_PART : 3;
  const { byPrefix, bySuffix } = sorted(vocabulary);
  const found: number[] = [];
  pushEndingWith(vocabulary, bySuffix, key, found);
  pushStartingWith(vocabulary, byPrefix, key, found);
  sortedUnique(found);
  for (let f = 0; f < found.length; f++) {
    const word = vocabulary[found[f]!]!;
    if (word.length < key.length + rest) continue;
    if (word.endsWith(key)) out.push({ keys: [word], weight: 0.85 });
    else if (word.startsWith(key) && (key.length > MIN_PART || startsWithShortKey(word, key, short))) out.push({ keys: [word], weight: 0.7 });
  }
  return out;
}

/** Starts of a rest of four letters that make it a suffix, not a noun of its own ("Frei-heit", "miet-frei"). */
const SUFFIX_START = /^(?:heit|keit|ung|lich|isch|chen|lein|schaft|tum|nis|sam|bar|ig|er|en|el|frei|los|voll|reich|arm|wert|fest)/;

/**
 * Whether a key of four letters or less starts the compound `word` with a word of its own after it ("Bahnfahrkarte",
 * "Buslinie", "Giftköder"), not an ending ("Zeitung", "mietfrei"). A number word is no noun of it ("Vier-Tage-Woche" is
 * no "Viertagewoche" by "vier").
 */
function startsWithShortKey(word: string, key: string, short: boolean): boolean {
  if (isNumberWord(key)) return false;
  const rest = word.length - key.length;
  if (short) return rest >= MIN_PART;
  return rest > MIN_PART || (rest === MIN_PART && !SUFFIX_START.test(word.slice(key.length)));
}

/** A word before which the stemmer reads a head as the end of a long compound (see headKeyInCompound). */
const COMPOUND_PREFIX = 'kreis';

/**
 * The key a head takes at the end of a long compound, where the stemmer also cuts a derivational ending ("Klinik" keys
 * "klinik", "Kreisklinik" keys "kreisklin"), when that differs from its own key and is no key of a noun the thesaurus
 * knows ("Zeitung" would give "zeit", the key of "Zeit"; "Wohnung" gives "wohn", only a verb's: "Ferienwohnungen"); else null.
 */
export function headKeyInCompound(word: string): string | null {
  const inCompound = stem(COMPOUND_PREFIX + word);
  if (!inCompound.startsWith(COMPOUND_PREFIX)) return null;
  const head = inCompound.slice(COMPOUND_PREFIX.length);
  return head.length >= MIN_PART && head !== stem(word) && (thesaurusKeys([head]).length === 0 || isNeverNoun(`${head}en`)) ? head : null;
}

/** Compounds of the article ending in the key a head takes there ("Kreisklinik" for "Klinik"), as compoundMatches gives them. */
export function compoundsEndingInHead(word: string, vocabulary: readonly string[]): Alternative[] {
  const head = headKeyInCompound(word);
  return head ? compoundMatches(head, vocabulary).filter((alternative) => alternative.weight > 0.8) : [];
}

/** The key of a word's umlaut-free form when the word has an umlaut (Züge -> zug), else null. */
export function umlautKey(word: string): string | null {
  return /[aou]e/.test(word) ? stem(word.replace(/([aou])e/g, '$1')) : null;
}

/**
 * Compounds headed by a short noun whose ending the stemmer keeps alone but drops in a compound ("Ofen" -> ofen, but
 * "Glasofen" -> glasof; "Ufer", "Seeufer"): found by the article's words as written, the umlaut plural's too ("Schmelzöfen").
 */
export function writtenHeadMatches(word: string, words: ReadonlyMap<string, readonly string[]>): Alternative[] {
  const umlauted = word.replace(/([aou])(?!e)([^aeiou]*)$/, '$1e$2');
  const out: Alternative[] = [];
  for (const [written, keys] of words) {
    if (written.length < word.length + 3) continue;
    if (written.endsWith(word) || (umlauted !== word && written.endsWith(umlauted))) out.push({ keys: [keys[0]!], weight: 0.85 });
  }
  return out;
}

/** Whether some vocabulary key starts with `prefix` (binary search): a cheap test before stemming a part. */
export function startsSomeKey(prefix: string, vocabulary: readonly string[]): boolean {
  const { byPrefix } = sorted(vocabulary);
  const at = firstFrom(vocabulary, byPrefix, prefix);
  return at < byPrefix.length && vocabulary[byPrefix[at]!]!.startsWith(prefix);
}

/** Whether a part of a word may have a key of the vocabulary: some key starts with its first letters (umlauts also plain). */
function mayBeKey(part: string, vocabulary: readonly string[]): boolean {
  const start = part.slice(0, MIN_PART - 1);
  return startsSomeKey(start, vocabulary) || (/[aou]e/.test(part.slice(0, MIN_PART)) && startsSomeKey(part.replace(/([aou])e/, '$1').slice(0, MIN_PART - 1), vocabulary));
}

export function splitMatches(word: string, has: (key: string) => boolean, vocabulary: readonly string[]): Alternative[] {
  const out: Alternative[] = [];
  for (let cut = MIN_PART; cut <= word.length - MIN_PART; cut++) {
    if (!mayBeKey(word.slice(cut), vocabulary)) continue;
    // The head's keys, its umlaut plural's singular too ("-züge" -> zueg, zug).
    const rights = wordKeys(word.slice(cut)).filter(has);
    if (rights.length === 0) continue;
    for (const link of LINKS) {
      const leftWord = word.slice(0, cut);
      if (link && !leftWord.endsWith(link)) continue;
      const left = stem(leftWord.slice(0, leftWord.length - link.length));
      if (left.length >= 3 && has(left)) {
        // The head carries the meaning ("Fernzüge" ~ "Zug"), the modifier less; a synonym of the head a little less ("Fährunglück" ~ "Unfall").
        for (const right of rights) out.push({ keys: [left, right], weight: 0.9 }, { keys: [right], weight: 0.75 });
        for (const synonym of synonymKeys(rights)) if (has(synonym)) out.push({ keys: [synonym], weight: 0.7 });
        out.push({ keys: [left], weight: MODIFIER_WEIGHT });
        return out;
      }
      // "Atomwaffen" where the article has "Waffen" and "nuklear": a synonym of the modifier stands for it, a little less.
      const leftSynonyms = left.length >= 3 ? synonymKeys([left]).filter(has) : [];
      if (leftSynonyms.length > 0) {
        for (const right of rights) for (const synonym of leftSynonyms) out.push({ keys: [synonym, right], weight: 0.85 });
        for (const synonym of leftSynonyms) out.push({ keys: [synonym], weight: 0.7 });
        for (const right of rights) out.push({ keys: [right], weight: MODIFIER_WEIGHT });
        return out;
      }
    }
  }
  return shortHeadSplit(word, has);
}

/** Shortest modifier before a head of three letters ("Digital-abo"): shorter ones make too many false splits. */
const MIN_MODIFIER_OF_SHORT_HEAD = 5;

/** "Digitalabo" where the article says "das digitale Abo": a head of three letters, with its modifier, both as words. */
function shortHeadSplit(word: string, has: (key: string) => boolean): Alternative[] {
  const cut = word.length - (MIN_PART - 1);
  if (cut < MIN_MODIFIER_OF_SHORT_HEAD) return [];
  const rights = wordKeys(word.slice(cut)).filter(has);
  const left = stem(word.slice(0, cut));
  return rights.length > 0 && has(left) ? packedMap(rights, (right) => ({ keys: [left, right], weight: 0.85 })) : [];
}

/** Three-letter word starts that are prefixes or particles, not nouns ("Verlust", "Einfahrt", "Ausfall"). */
const PREFIX_STARTS = new Set(['ver', 'zer', 'ent', 'emp', 'ein', 'aus', 'auf', 'vor', 'mit', 'bei', 'her', 'hin', 'los', 'weg', 'dar', 'ueb', 'unt', 'zus', 'nac']);

/**
 * A compound with a three-letter modifier ("Busfahrer", "Busfirma") whose head the article has
 * and whose modifier starts compounds of the article ("Busunternehmen"): the head stands for it.
 */
export function shortModifierMatches(word: string, vocabulary: readonly string[], has: (key: string) => boolean): Alternative[] {
  const modifier = word.slice(0, MIN_PART - 1);
  if (word.length < 2 * MIN_PART - 1 || PREFIX_STARTS.has(modifier)) return [];
  const heads = wordKeys(word.slice(MIN_PART - 1)).filter((key) => key.length >= MIN_PART && has(key));
  if (heads.length === 0 || !compoundMatches(modifier, vocabulary, true).some((alternative) => alternative.keys[0]!.startsWith(modifier))) return [];
  return heads.map((head) => ({ keys: [head], weight: 0.75 }));
}

/**
 * An article compound with the question compound's modifier and head and a part between them
 * ("Hagelnetze" ~ "Hagelschutznetze", "Busfahrplan" ~ "Busnotfahrplan"): the same kind of thing, a little weaker.
 */
export function widenedMatches(word: string, vocabulary: readonly string[]): Alternative[] {
  for (let cut = MIN_PART - 1; cut <= word.length - MIN_PART; cut++) {
    const modifier = word.slice(0, cut);
    // No key starts with the modifier: none starts with a longer one either.
    if (!startsSomeKey(modifier, vocabulary)) return [];
    const widened = wordKeys(word.slice(cut)).flatMap((head) => compoundMatches(head, vocabulary))
      .filter((alternative) => alternative.weight > 0.8 && alternative.keys[0]!.startsWith(modifier) && alternative.keys[0]!.length >= word.length);
    if (widened.length > 0) return widened.map((alternative) => ({ keys: alternative.keys, weight: 0.8 }));
  }
  return [];
}

/** Weight of a compound met through the head of a synonym of its head ("Wildsau" ~ "Wildschwein"). */
const SYNONYM_HEAD_WEIGHT = 0.6;

/**
 * The article's compound of the same modifier and a synonym of the head ("Kinderdoktor" ~
 * "Kinderarzt", "Busfirma" ~ "Busunternehmen", "Strickmaschinen" ~ "Strickautomaten"), or of a synonym of the modifier and the same head
 * ("Autoversicherung" ~ "Kfz-Versicherung"): the same thing under the article's word.
 */
export function synonymHeadMatches(word: string, vocabulary: readonly string[], has: (key: string) => boolean): Alternative[] {
  const out: Alternative[] = [];
  for (let cut = MIN_PART - 1; cut <= word.length - MIN_PART + 1; cut++) {
    const modifier = word.slice(0, cut);
    if (!startsSomeKey(modifier, vocabulary)) break;
    const headKeys = wordKeys(word.slice(cut));
    for (const synonym of synonymKeys(headKeys)) if (has(modifier + synonym)) out.push({ keys: [modifier + synonym], weight: 0.8 });
    // A synonym from the thesaurus, a little weaker ("Strickmaschinen" ~ "Strickautomaten").
    if (out.length === 0) for (const synonym of thesaurusKeys(headKeys)) if (synonym.length >= MIN_PART && has(modifier + synonym)) out.push({ keys: [modifier + synonym], weight: 0.7 });
    // The head of a compound synonym, weaker still ("Wildsau" ~ "Wildschwein" by "Sau" ~ "Mutterschwein").
    if (out.length === 0) {
      for (const synonym of thesaurusKeys(headKeys)) {
        for (let from = 1; from <= synonym.length - MIN_PART - 1; from++) if (has(modifier + synonym.slice(from))) out.push({ keys: [modifier + synonym.slice(from)], weight: SYNONYM_HEAD_WEIGHT });
      }
    }
    if (out.length > 0) return out;
  }
  // (Only a modifier written as a word of a synonym group: stemming every start of the word would cost more than it finds.)
  for (let cut = MIN_PART - 1; cut <= word.length - MIN_PART && out.length === 0; cut++) {
    if (!isSynonymGroupWord(word.slice(0, cut))) continue;
    const head = word.slice(cut);
    for (const synonym of synonymKeys(wordKeys(word.slice(0, cut)))) {
      for (const key of [...wordKeys(synonym + head), ...wordKeys(`${synonym}-${head}`)]) if (has(key)) out.push({ keys: [key], weight: 0.8 });
    }
  }
  return out;
}

/** Weight of a compound met by its modifier and another compound with its head ("Elternabend" ~ "Informationsabend für alle Eltern"). */
const SAME_HEAD_WEIGHT = 0.7;

/**
 * A compound whose modifier the article has as a word and whose head only in compounds of its
 * own: both, in one passage ("Elternabend" ~ "Informationsabend für alle Eltern"); or the other way round (see below).
 */
export function sameHeadMatches(word: string, vocabulary: readonly string[], has: (key: string) => boolean): Alternative[] {
  for (let cut = MIN_PART; cut <= word.length - MIN_PART; cut++) {
    const left = stem(word.slice(0, cut));
    if (left.length < 3 || !has(left) || !moreThanSuffix(word, word.length - cut)) continue;
    const heads = wordKeys(word.slice(cut)).flatMap((head) => compoundMatches(head, vocabulary).filter((alternative) => alternative.weight > 0.8));
    if (heads.length > 0) return packedMap(heads, (head) => ({ keys: [left, head.keys[0]!], weight: SAME_HEAD_WEIGHT }));
  }
  // The mirror: the head as a word and the modifier only as the head of the article's compounds ("Pfahlgründung" ~
  // "auf 260 Betonpfählen gegründet").
  for (let cut = MIN_PART + 1; cut <= word.length - MIN_PART; cut++) {
    const head = word.slice(cut);
    // (An -ung head also by its verb: "Gründung" ~ "gegründet".)
    const verb = /ung(?:en)?$/.exec(head);
    const rights = [...wordKeys(head), ...(verb ? [stem(`${head.slice(0, verb.index)}en`)] : [])].filter((key) => key.length >= MIN_PART && has(key));
    if (rights.length === 0) continue;
    const modifiers = compoundMatches(stem(word.slice(0, cut)), vocabulary).filter((alternative) => alternative.weight > 0.8);
    if (modifiers.length > 0) return modifiers.flatMap((modifier) => packedMap(rights, (right) => ({ keys: [modifier.keys[0]!, right], weight: SAME_HEAD_WEIGHT })));
  }
  return sameModifierMatches(word, vocabulary, has);
}

/** Weight of the article's noun of a verb's time or cost ("Wartezeit" for "warten"). */
const VERB_TIME_WEIGHT = 0.7;
/** Heads of such nouns after a verb's stem, with its linking e or none, as keys. */
const VERB_TIME_HEAD = /^e?(?:zeit|zei|dauer|frist|kost)$/;
/** Shortest verb stem looked for before such a head ("wart" in "Wartezeit"). */
const MIN_VERB_TIME_STEM = 4;

/** Weight of the article's noun compound of a verb's stem and another noun ("Bauarbeiten" for "bauen"). */
const VERB_ACTIVITY_WEIGHT = 0.6;
/** Shortest verb stem looked for before another noun ("bau" in "Bauarbeiten"). */
const MIN_VERB_ACTIVITY_STEM = 3;

/**
 * The article's nouns made of a verb's stem, found by one binary search per key among the keys starting with it, in
 * vocabulary order. First the verb's time or costs: "Wie lange muss man warten?" where the article has only "sechs Monate
 * Wartezeit". Where it has none, the verb's compounds with another noun OpenThesaurus knows, after a linking e, en or s:
 * "Wie lange soll gebaut werden?" ~ "Die Bauarbeiten …", "Kann man dort parken?" ~ "Parkplätze" (not any ending: "bau" is
 * no "Baumhaus", "roll" no "Rollstuhlfahrer").
 */
export function verbNounCompounds(keys: readonly string[], vocabulary: readonly string[]): Alternative[] {
  const { byPrefix } = sorted(vocabulary);
  const times: Alternative[] = [];
  const activities: Alternative[] = [];
  for (const key of keys) {
    if (key.length < MIN_VERB_ACTIVITY_STEM) continue;
    const found: number[] = [];
    pushStartingWith(vocabulary, byPrefix, key, found);
    sortedUnique(found);
    for (const at of found) {
      const word = vocabulary[at]!;
      if (key.length >= MIN_VERB_TIME_STEM && VERB_TIME_HEAD.test(word.slice(key.length))) times.push({ keys: [word], weight: VERB_TIME_WEIGHT });
      // (Once the verb's time is found its other compounds are not wanted: no thesaurus lookups for them.)
      else if (times.length === 0 && isActivityRest(word.slice(key.length).replace(/^(?:en|e|s)(?=.{4})/, ''))) activities.push({ keys: [word], weight: VERB_ACTIVITY_WEIGHT });
    }
  }
  return times.length > 0 ? times : activities;
}

/** Whether the rest of a compound after a verb's stem is a noun of its own ("arbeit", "platz"). */
function isActivityRest(rest: string): boolean {
  return rest.length >= MIN_PART && isThesaurusKey(rest) && !isNeverNoun(rest);
}

/** Weight of a compound met by its head and another compound of its modifier in one passage. */
const SAME_MODIFIER_WEIGHT = 0.6;
/** Shortest modifier, as written with its linking letters, that another compound must start with ("Namens-"). */
const MIN_SHARED_MODIFIER = 5;

/**
 * A compound whose head the article has as a word and whose modifier starts another compound of it: both, in one passage
 * ("Namensvorschläge" ~ "bei dem Namenswettbewerb waren mehr als 420 Vorschläge eingereicht worden").
 */
function sameModifierMatches(word: string, vocabulary: readonly string[], has: (key: string) => boolean): Alternative[] {
  const { byPrefix } = sorted(vocabulary);
  for (let cut = word.length - MIN_PART; cut >= MIN_SHARED_MODIFIER; cut--) {
    const rights = wordKeys(word.slice(cut)).filter((key) => key.length >= MIN_PART && has(key));
    if (rights.length === 0) continue;
    const modifier = word.slice(0, cut);
    const found: number[] = [];
    pushStartingWith(vocabulary, byPrefix, modifier, found);
    const others = found.map((at) => vocabulary[at]!).filter((other) => other.length >= modifier.length + MIN_PART && !other.endsWith(rights[0]!));
    if (others.length > 0) return others.flatMap((other) => packedMap(rights, (right) => ({ keys: [other, right], weight: SAME_MODIFIER_WEIGHT })));
  }
  return [];
}

/** The longest known modifier of a compound (with its linking letters dropped), as a weak stand-in; null when none. */
export function modifierMatch(word: string, has: (key: string) => boolean): Alternative | null {
  // An area named by what happens there ("im Kriegsgebiet", "in der Sperrzone") is met by a shorter modifier ("Krieg").
  const area = AREA_HEAD.test(word);
  const least = area ? MIN_PART : MIN_SHARED;
  for (let cut = word.length - MIN_PART; cut >= (area ? MIN_PART : MIN_PART + 1); cut--) {
    const left = word.slice(0, cut);
    for (const link of LINKS) {
      if (link && !left.endsWith(link)) continue;
      const key = stem(left.slice(0, left.length - link.length));
      if (key.length >= least && has(key)) return { keys: [key], weight: MODIFIER_WEIGHT, modifier: true };
    }
  }
  return null;
}

/** Heads of compounds naming an area (folded, any number): "Kriegsgebiet", "Sperrzone", "Grenzregion". */
const AREA_HEAD = /(?:gebiet|gebiete|gebieten|gebiets|zone|zonen|region|regionen)$/;
/** Shortest shared head or modifier of two compounds that counts (Uniklinikum ~ Universitätsklinikum), in chars. */
const MIN_SHARED = 6;
/** Noun and adjective suffixes: a shared ending that is little more than one is no shared head ("Gewerkschaft" ~ "Belegschaft" by
 * "schaft", "staatlichen" ~ "westlichen" by "lichen", "Atomambitionen" ~ "Geheimdienstinformationen" by "tionen"). */
const NOUN_SUFFIX = /(?:schaft|schaften|keit|keiten|heit|heiten|ung|ungen|tion|tionen|(?:lich|isch|ig)(?:e|en|er|es|em)?)$/;

/** Whether a shared ending of `length` letters of `word` holds three letters or more besides a noun suffix. */
function moreThanSuffix(word: string, length: number): boolean {
  const suffix = NOUN_SUFFIX.exec(word);
  return !suffix || length - suffix[0].length >= 3;
}

export function sharedPartMatches(word: string, index: ArticleIndex): Alternative[] {
  const out: Alternative[] = [];
  const last = word.charCodeAt(word.length - 1);
  const first = word.charCodeAt(0);
  // The article's words, not its entries: iterating a map's entries makes a pair for each word.
  for (const articleWord of index.words.keys()) {
    if (articleWord.length < 2 * MIN_PART || articleWord === word) continue;
    // Neither a head nor a modifier shared: the cheap test of the one letter at each end, before counting.
    if (articleWord.charCodeAt(articleWord.length - 1) !== last && articleWord.charCodeAt(0) !== first) continue;
    let suffix = 0;
    while (suffix < word.length && suffix < articleWord.length && word[word.length - 1 - suffix] === articleWord[articleWord.length - 1 - suffix]) suffix++;
    let prefix = 0;
    while (prefix < word.length && prefix < articleWord.length && word[prefix] === articleWord[prefix]) prefix++;
    // Each word keeps a part of three letters or more of its own ("Kooperation" is no compound of "Operation").
    const headShared = suffix >= MIN_SHARED && suffix <= word.length - 3 && suffix <= articleWord.length - 3 && moreThanSuffix(word, suffix);
    const modifierShared = prefix >= MIN_SHARED + 1 && prefix < word.length - 2 && prefix < articleWord.length - 2;
    if (headShared || modifierShared) out.push({ keys: [index.words.get(articleWord)![0]!], weight: 0.6 });
  }
  return out;
}


/**
 * The head of a question compound the article has as a word of its own ("Finanzierungsrunde"
 * ~ "Series-B-Runde"), weaker than the whole compound; null when none.
 */
export function headMatch(word: string, has: (key: string) => boolean): Alternative | null {
  for (let cut = MIN_PART; cut <= word.length - MIN_PART; cut++) {
    const right = stem(word.slice(cut));
    if (GENERIC_HEADS.has(right)) return null;
    if (right.length >= MIN_PART && has(right)) return { keys: [right], weight: HEAD_WEIGHT, head: true };
  }
  return null;
}
/** Weight of a question compound met by its head alone. */
export const HEAD_WEIGHT = 0.6;
/**
 * Heads too general to stand for their compound, as keys: "Öffnungszeiten" are no "Zeit" of the article, "Uhrzeit" is no
 * "Stunde".
 */
export const GENERIC_HEADS: ReadonlySet<string> = new Set(['zeit', 'stund', 'tag', 'art', 'teil', 'sach', 'stell', 'punkt', 'weis', 'ding', 'frag']);

/** A compound of an adjective of age or size and a noun ("Neubau", "Altbau", "Großbrand"): the adjective, folded, and the noun. */
const ADJECTIVE_COMPOUND = /^(neu|alt|gross|klein)([a-z]{3,})$/;
/** Weight of such a compound met by its adjective and noun (or verb) together ("Neubau" ~ "eine neue Wohnung zu bauen"). */
const ADJECTIVE_PARTS_WEIGHT = 0.8;

/** The adjective and the noun of a compound like "Neubau", both in one sentence, as one alternative; else null. */
export function adjectivePartsMatch(word: string, has: (key: string) => boolean): Alternative | null {
  const parts = ADJECTIVE_COMPOUND.exec(word);
  if (!parts) return null;
  const adjective = stem(parts[1]!);
  const noun = stem(parts[2]!);
  return has(adjective) && has(noun) ? { keys: [noun, adjective], weight: ADJECTIVE_PARTS_WEIGHT } : null;
}

/** A compound naming a person by a role ("Kremlchef", "Ortschefin"): its modifier of three letters or more, then the role. */
export const ROLE_COMPOUND = /^([a-z]{3,}?)(chef|chefin|boss|fuehrer|fuehrerin|praesident|praesidentin|minister|ministerin|kanzler|kanzlerin|sprecher|sprecherin|leiter|leiterin|direktor|direktorin|vertreter|vertreterin|vorsitzende|vorsitzender)$/;
/** Weight of a role compound met by another role with its modifier ("Ortschefin" ~ "Ortsbürgermeisterin"). */
const OTHER_ROLE_WEIGHT = 0.7;
/** Weight of a role compound met by the article's word for the head of the same thing. */
const SAME_ROLE_WEIGHT = 0.9;

/** The article's roles with the same modifier as a question's role compound ("Ortschefin" ~ "Ortsbürgermeisterin"). */
export function otherRoleMatches(word: string, index: ArticleIndex): Alternative[] {
  const role = ROLE_COMPOUND.exec(word);
  const modifier = role?.[1];
  if (!modifier) return [];
  const leads = HEAD_WORDS.has(role[2]!) || HEAD_ROLE.test(role[2]!);
  const out: Alternative[] = [];
  // (The article's words as written: a role's key may have lost its ending, "Vorsitzender" keys "vorsitz".)
  for (const [articleWord, keys] of index.words) {
    if (articleWord.length <= modifier.length + 2 || !articleWord.startsWith(modifier) || !ROLE_NOUN.test(articleWord)) continue;
    // A head for a head ("Betriebsratschef" ~ "Betriebsratsvorsitzender") is the same role.
    out.push({ keys: [keys[0]!], weight: leads && HEAD_ROLE.test(articleWord) ? SAME_ROLE_WEIGHT : OTHER_ROLE_WEIGHT });
  }
  return out;
}

/**
 * Words for whoever heads something ("Chef", "Boss", "an der Spitze", "das Kommando", "Wer leitet …?"), folded, and
 * the ends of the article's words for one ("Amtsleiter", "Bürgermeisterin").
 */
const HEAD_WORDS: ReadonlySet<string> = new Set(['chef', 'chefin', 'chefs', 'boss', 'bossin', 'leiter', 'leiterin', 'spitze', 'kommando',
  'leitet', 'leiten', 'leitete', 'leiteten', 'geleitet']);
const HEAD_ROLE = /(?:leiter|leiterin|vorsitzende|vorsitzender|vorsitzenden|praesident|praesidentin|direktor|direktorin|geschaeftsfuehrer|geschaeftsfuehrerin|chef|chefin|buergermeister|buergermeisterin|intendant|intendantin|inhaber|inhaberin|verleger|verlegerin)$/;
/** Words asking for someone's occupation or office ("Was ist sie von Beruf?", "Welches Amt hat er inne?", "kim jong un funktion"), folded. */
const OCCUPATION_WORDS: ReadonlySet<string> = new Set(['beruf', 'berufe', 'beruflich', 'berufs', 'amt', 'aemter', 'posten', 'funktion']);
/** "Politiker", folded: the article names the office ("die Grünen-Kreistagsabgeordnete", "Bürgermeisterin"). */
const POLITICIAN_WORDS: ReadonlySet<string> = new Set(['politiker', 'politikerin', 'politikern', 'politikerinnen', 'kommunalpolitiker', 'kommunalpolitikerin']);
/** Political offices, as the end of a folded word ("Kreistagsabgeordnete", "Oberbürgermeister", "Stadträtin"). */
const POLITICAL_ROLE = /(?:abgeordnete[nr]?|buergermeister(?:in)?|landrat|landraetin|minister(?:in)?|stadtrat|stadtraetin|gemeinderat|gemeinderaetin|kreisrat|kreisraetin|ortsvorsteher(?:in)?|fraktionschef(?:in)?|fraktionsvorsitzende[nr]?|kanzler(?:in)?|senator(?:in)?|dezernent(?:in)?|kandidat(?:in)?)$/;
/** Weight of "Chef" met by the article's word for the head of something ("Amtsleiter", "Vorsitzende"), or of "Beruf" by a profession. */
const ROLE_STAND_IN_WEIGHT = 0.7;

/**
 * The article's words for a role a question names only in general: "der Chef vom Bürgeramt" where the article has
 * "Amtsleiter" or "der Vorsitzende"; "von Beruf" where it names a profession ("gelernter Elektriker", "Juristin").
 */
export function roleStandIns(word: string, index: ArticleIndex): Alternative[] {
  const head = HEAD_WORDS.has(word);
  const politician = POLITICIAN_WORDS.has(word);
  if (!head && !politician && !OCCUPATION_WORDS.has(word)) return [];
  const out: Alternative[] = [];
  for (const articleWord of index.words.keys()) {
    // "Begleiter", "Gleiter" lead nothing.
    const role = head ? HEAD_ROLE.test(articleWord) && !articleWord.endsWith('gleiter')
      : politician ? POLITICAL_ROLE.test(articleWord) : ROLE_NOUN.test(articleWord);
    if (role) out.push({ keys: [index.words.get(articleWord)![0]!], weight: ROLE_STAND_IN_WEIGHT });
  }
  return out;
}
