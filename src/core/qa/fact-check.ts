/**
 * Does a sentence hold the fact a question asks for? Beyond the question word's kind
 * (focus.ts): the unit of a measure question ("wie schnell" -> a speed), the counted noun
 * next to a number ("Wie viele Mitglieder …" needs members counted, not any number), an
 * ordinal before the noun ("Der wievielte Streik …" -> "der dritte Streik") and a personal
 * name for "wie heißt der/die …" and "wer ist der …". What a sentence holds is worked out
 * once and kept in its memo, so each question only looks it up.
 */
import { FACT, isNumberWord, isUnitWord, ORDINAL_WORD } from '../text/facts.js';
import { wordKeys } from '../text/keys.js';
import { isThesaurusKey } from '../text/synonyms.js';
import { fold, tokenize } from '../text/normalize.js';
import { packedMap } from '../text/packed-map.js';
import { newSentenceMemo, type ArticleIndex, type IndexedSentence, type SentenceMemo, type SentenceWord } from './article-index.js';
import { agesOfOthersOnly } from './attribute.js';
import { NAME_GIVEN, satisfiesFocus } from './focus.js';
import { groundHead } from './measure.js';
import type { Alternative } from './match.js';
import type { Focus, ParsedQuestion } from './question.js';
import { nameKeySet, nameOfRole } from './role-names.js';

/** Words a counted noun may stand after its number ("600 neue Häuser"), or up to four words before it ("Zahl der Helfer liegt bei 1.200"). */
const COUNT_WINDOW = 3;
const DIGIT = /\d/;
/** A year that is someone's birth. */
const BIRTH = /\b(?:geboren|jahrgang)\b/;
/** Words joining two nouns that share a number ("4.800 Ärztinnen und Ärzte"). */
const PAIRING = new Set(['und', 'oder']);
/** "Mal" after a number: how often, not a noun of its own. */
const TIMES = new Set(['mal']);
/** Keys of units of time: a number before one is a span ("seit 19 Jahren im Betrieb"), counting no noun after it. */
const DURATION_KEYS: ReadonlySet<string> = new Set(['sekunden', 'minuten', 'stunden', 'tage', 'wochen', 'monate', 'jahre', 'jahrzehnte'].flatMap((word) => wordKeys(word)));
/** Keys of plain words for people ("87 Menschen"): such a number counts who does what the sentence says. */
export const PEOPLE_KEYS: ReadonlySet<string> = new Set(['menschen', 'leute', 'personen'].flatMap((word) => wordKeys(word)));
/** Keys of "Tiere", a counted noun that stands for the kind of animal asked about ("40.000 Tiere" for "Biber"). */
const ANIMALS_KEYS: ReadonlySet<string> = new Set(wordKeys('tiere'));
/** Keys of general words for things ("120 Gegenstände"), which stand for the kind of thing asked about ("Wie viele Geräte …"). */
const THINGS_KEYS: ReadonlySet<string> = new Set(['gegenstaende', 'dinge', 'sachen', 'objekte'].flatMap((word) => wordKeys(word)));
/** Nouns of amount phrases that may stand between a noun and its number ("Kredite in Höhe von 85 Millionen"). */
const AMOUNT_NOUNS = new Set(['hoehe', 'wert', 'umfang', 'gesamtwert', 'gesamthoehe']);

function memoOf(sentence: IndexedSentence): SentenceMemo {
  sentence.memo ??= newSentenceMemo();
  return sentence.memo;
}

/** The sentence folded (see `fold`), computed once. */
export function foldedText(sentence: IndexedSentence): string {
  const memo = memoOf(sentence);
  memo.folded ??= fold(sentence.text);
  return memo.folded;
}

/** The words of a sentence with their keys and number kinds, computed once. */
export function sentenceWords(sentence: IndexedSentence): SentenceWord[] {
  const memo = memoOf(sentence);
  if (memo.words) return memo.words;
  const text = sentence.text;
  const tokens = tokenize(text);
  memo.words = tokens.map((token, t) => {
    const digit = /^\d/.test(token.folded);
    const end = token.start + token.surface.length;
    const dotted = digit && text[end] === '.';
    const ordinalWord = ORDINAL_WORD.test(token.folded);
    const cardinal = (digit && !dotted) || isNumberWord(token.folded) || ordinalWord;
    const unit = isUnitWord(token.folded);
    const noun = token.capitalized && !token.sentenceStart && !cardinal && !AMOUNT_NOUNS.has(token.folded) && !unit;
    const joinsNext = text[end] === '-' && tokens[t + 1]?.start === end + 1;
    return { keys: wordKeys(token.folded), cardinal, ordinal: ordinalWord || dotted, noun, unit, joinsNext, joined: joinsNext ? wordKeys(token.folded + tokens[t + 1]!.folded) : undefined };
  });
  return memo.words;
}

/** Weight of an article noun met only by the number before it ("fünf Millionen Granaten" ~ "fünf Millionen Artilleriegeschosse"). */
const SAME_NUMBER_WEIGHT = 0.6;

/**
 * The nouns the article puts after the number a question puts before a noun it lacks: the same
 * figure names the same thing, however it is called ("fünf Millionen Granaten" ~ "fast fünf
 * Millionen Artilleriegeschosse").
 */
export function nounsAfterNumber(number: readonly (readonly string[])[], index: ArticleIndex): Alternative[] {
  const found = new Set<string>();
  const last = number[number.length - 1] ?? [];
  for (const passage of index.passages) {
    for (const sentence of passage.sentences) {
      if (!last.some((key) => sentence.keys.has(key))) continue;
      const words = sentenceWords(sentence);
      for (let i = number.length; i < words.length; i++) {
        const noun = words[i]!;
        const same = number.every((keys, k) => {
          const word = words[i - number.length + k]!;
          // Digit groups ("2.000") are read as "2." and "000": the digits themselves must agree.
          return (word.cardinal || /^\d/.test(keys[0] ?? '')) && word.keys.some((key) => keys.includes(key));
        });
        if (same && noun.noun) found.add(noun.keys[0]!);
      }
    }
  }
  return packedMap([...found], (key) => ({ keys: [key], weight: SAME_NUMBER_WEIGHT }));
}

const PAIR_OF_CAPITALS = /\s\p{Lu}\p{Ll}+\s\p{Lu}\p{Ll}+/u;

/**
 * Whether a sentence names any person (a known multi-word name, or two capitalised words). A sentence holds the keys of
 * a name's words ("Edinger" is "eding" there).
 */
export function hasName(sentence: IndexedSentence, index: ArticleIndex): boolean {
  // "Die Geologin war …" after "…, sagte Katrin Seidel": the role points back to a named person.
  if (sentence.refers !== undefined || PAIR_OF_CAPITALS.test(sentence.text) || NAME_GIVEN.test(sentence.text)) return true;
  for (const key of nameKeySet(index)) if (sentence.keys.has(key)) return true;
  return false;
}

/** Two capitalised words between commas, set off after a role: "…, rechnet der Vorsitzende des Mietervereins, Jürgen Kallweit, vor". */
const NAME_IN_APPOSITION = /,\s(\p{Lu}\p{Ll}+)\s(\p{Lu}\p{Ll}+),/u;

/**
 * Whether a sentence names someone other than `asked`: by a word of an article's name no asked name has, or by a name set
 * off between commas, which the article may give only once.
 */
function namesAnother(sentence: IndexedSentence, index: ArticleIndex, asked: readonly string[][]): boolean {
  if (asked.length === 0) return true;
  const askedWords = new Set(asked.flat());
  if (index.names.some((name) => name.some((word) => !askedWords.has(word) && wordKeys(word).some((key) => sentence.keys.has(key))))) return true;
  const apposition = NAME_IN_APPOSITION.exec(sentence.text);
  return apposition !== null && [apposition[1]!, apposition[2]!].every((word) => !askedWords.has(fold(word)) && !isUnitWord(fold(word)));
}

/** "Samtgemeinde Hülsenbruch mit rund 11.000 Einwohnern", "Die Südstadt ist mit 14.000 Einwohnern …": whose population it is. */
const POPULATION_OF = /(?<!^|[.:!?]\s)\b(\p{Lu}[\p{L}-]+)\s+(?:(?:hat|zählt|ist)\s+)?(?:mit\s+(?:ihren\s+|seinen\s+)?)?(?:(?:rund|knapp|etwa|gut|fast|über|mehr als|nur|gerade einmal)\s+)?[\d.]+\s+Einwohner/u;

/** For "Wie viele Einwohner hat Bördenstedt?": the keys of the place asked about (its other nouns), or null. */
function populationPlaceKeys(question: ParsedQuestion): ReadonlySet<string> | null {
  if (!/^einwohner/.test(question.terms[question.countedTerm]?.words[0] ?? '')) return null;
  const keys = question.terms.filter((term, t) => t !== question.countedTerm && term.nounLike && !term.soft).flatMap((term) => term.keys);
  return keys.length > 0 ? new Set(keys) : null;
}

/**
 * Whether the sentence counts the inhabitants of a place it names other than the one asked about, and names that one not
 * before ("Ringelbach, ein Ortsteil der Gemeinde Fichtenau mit 340 Einwohnern" may count Ringelbach's).
 */
function populationOfAnother(sentence: IndexedSentence, place: ReadonlySet<string>): boolean {
  const found = POPULATION_OF.exec(sentence.text);
  if (!found) return false;
  const keysOf = (word: string): string[] => wordKeys(fold(word));
  const named = keysOf(found[1]!);
  if (isThesaurusKey(named[0]!) || named.some((key) => place.has(key))) return false;
  return !tokenize(sentence.text.slice(0, found.index)).some((token) => keysOf(token.folded).some((key) => place.has(key)));
}

/** The kinds of ground a size question asks about ("Mühlsee" -> "see", "Gelände"), or null. */
function groundAsked(question: ParsedQuestion): ReadonlySet<string> | null {
  const heads = question.terms.flatMap((term) => (term.words.length === 1 ? groundHead(term.words[0]!) ?? [] : []));
  // ("Wie groß ist das Gelände?" is answered by "Das Grundstück … ist neun Hektar groß": words for the same ground.)
  return heads.length > 0 ? new Set(heads.flatMap((head) => SAME_GROUND.find((alike) => alike.includes(head)) ?? [head])) : null;
}

/** Kinds of ground a reader names by one another's word, folded. */
const SAME_GROUND: readonly (readonly string[])[] = [['gelaende', 'grundstueck', 'grundstuecke', 'areal'], ['see', 'weiher', 'teich'], ['acker', 'feld'], ['wiese', 'weide']];

/** A plain word for the ground any size is of ("auf einer Fläche von 310 Hektar"), folded. */
const ANY_GROUND: ReadonlySet<string> = new Set(['flaeche', 'flaechen']);

/** Whether the sentence names kinds of ground, none of them one asked about ("Spielplatz" for "Mühlsee"): its sizes are theirs. */
function sizeOfOtherGround(sentence: IndexedSentence, asked: ReadonlySet<string>): boolean {
  let other = false;
  for (const token of tokenize(sentence.text)) {
    const head = token.capitalized ? groundHead(token.folded) : undefined;
    if (head === undefined) continue;
    if (asked.has(head)) return false;
    if (!ANY_GROUND.has(token.folded)) other = true;
  }
  return other;
}

export const INDEFINITE: ReadonlySet<string> = new Set(['ein', 'eine', 'einen', 'einem', 'einer', 'eines']);
/** A sentence naming the members of what it counts: "drei Rebsorten: …", "16 Ausbildungsplätze, unter anderem für …". */
const LISTS_THEM = /:|\bunter anderem\b|\bdarunter\b|\bnämlich\b|\betwa\b|\bwie\b|(?<!\p{L})überwiegend\b|\bvor allem\b|\bhauptsächlich(?!\p{L})|\binsbesondere\b/u;

/** Prepositions after which a noun says which of a kind ("eine Ausbildung zur Erzieherin", "eine Stelle als Koch"). */
const AS_WHAT: ReadonlySet<string> = new Set(['zum', 'zur', 'als']);

/**
 * Whether every mention of `role` in a sentence has an indefinite article ("Ein Landwirt hatte …", with `bare`
 * false also "ein zehnjähriges Mädchen"), or with `bare` a number ("mit zwei Mobilfunkanbietern"): it names no one. An
 * adjective makes a kind specific ("eine multipolare Weltordnung"), and so does a figure after "von" ("eine Prämie von
 * 5.000 Euro") or a noun after "zum", "zur" or "als" ("eine Ausbildung zur Erzieherin").
 */
export function onlyIndefinite(sentence: IndexedSentence, role: readonly Alternative[], bare = false): boolean {
  const words = sentenceWords(sentence);
  const indefinite = (word: SentenceWord | undefined): boolean => word !== undefined && INDEFINITE.has(word.keys[0]!);
  let mentioned = false;
  for (let i = 0; i < words.length; i++) {
    if (!matches(role, words[i]!.keys)) continue;
    mentioned = true;
    const before = words[i - 1];
    // "mit zwei Mobilfunkanbietern", "14 Supermärkte" name none of them, unless the sentence goes on to ("drei Rebsorten: …").
    const counted = bare && before !== undefined && before.cardinal && !before.ordinal && !words[i]!.unit && !before.keys[0]!.startsWith('einzig') && !LISTS_THEM.test(sentence.text);
    if (!indefinite(before) && !counted && (bare || !(before && !before.noun && indefinite(words[i - 2])))) return false;
    // "eine Prämie von 5.000 Euro", "ein Zuschuss von bis zu 15.000 Euro", "einer Strafe von einem Jahr": its measure tells which.
    if (words[i + 1]?.keys[0] === 'von' && words.slice(i + 2, i + 6).some((word) => word.cardinal || word.unit || DURATION_KEYS.has(word.keys[0]!))) return false;
    // "eine Ausbildung zur Zweiradmechatronikerin", "eine Stelle als Erzieherin": the noun after tells which.
    if (AS_WHAT.has(words[i + 1]?.keys[0] ?? '') && words[i + 2]?.noun) return false;
  }
  return mentioned;
}

export function matches(alternatives: readonly Alternative[], keys: readonly string[]): boolean {
  return alternatives.some((alternative) => alternative.keys.every((key) => keys.includes(key)));
}

/** An ordinal at most one word before a word matching `alternatives` ("der dritte Streik", "3. Streik"). */
export function ordinalBefore(sentence: IndexedSentence, alternatives: readonly Alternative[]): boolean {
  const words = sentenceWords(sentence);
  return words.some((word, i) => word.ordinal && words.slice(i + 1, i + 3).some((next) => matches(alternatives, next.keys)));
}

/** Shortest head by which a sentence counts a compound it names ("Altreifen: … 60 Reifen"), in chars of its key. */
const MIN_COUNTED_HEAD = 4;

/** Whether `keys` are the head of a compound asked about that the sentence names too ("Altreifen: … 60 Reifen"). */
function headOfNamed(alternatives: readonly Alternative[], keys: readonly string[], sentence: IndexedSentence): boolean {
  return alternatives.some((alternative) => alternative.weight === 1 && alternative.keys.length === 1 && sentence.keys.has(alternative.keys[0]!)
    && keys.some((key) => key.length >= MIN_COUNTED_HEAD && key !== alternative.keys[0] && alternative.keys[0]!.endsWith(key)));
}

/** Least weight of an alternative whose compounds count for it, and the shortest modifier of such a compound. */
const KIND_HEAD_WEIGHT = 0.8;
const MIN_KIND_MODIFIER = 4;

/** A compound counted whose head is what is counted ("214 Gebrauchtwagen" for "Wie viele Wagen …", a synonym of "Autos"). */
function kindOfAlternative(alternatives: readonly Alternative[], keys: readonly string[]): boolean {
  return alternatives.some((alternative) => alternative.weight >= KIND_HEAD_WEIGHT && alternative.keys.length === 1
    && keys.some((key) => key.length >= alternative.keys[0]!.length + MIN_KIND_MODIFIER && key.endsWith(alternative.keys[0]!)));
}

/** Demonstratives after a number that count what was named before ("62 solcher Geräte"), as keys. */
const COUNTS_NAMED_BEFORE: ReadonlySet<string> = new Set(['solch', 'derart', 'dieser']);

/**
 * A number and a word matching `alternatives` close together: the noun within three words
 * after the number with no other noun between ("600 neue Häuser", not "600 Menschen mussten
 * ihre Häuser verlassen"), or the noun shortly before a number that has none after it ("Zahl der Helfer liegt bei 1.200").
 */
export function countedNear(sentence: IndexedSentence, alternatives: readonly Alternative[], counting = false): boolean {
  const words = sentenceWords(sentence);
  if (numberOfNamed(words, alternatives)) return true;
  for (let i = 0; i < words.length; i++) {
    if (!words[i]!.cardinal) continue;
    // "Handys und Tablets zählte das Fundbüro etwa 1.700 Mal": a number of times counts what the sentence counts.
    if (TIMES.has(words[i + 1]?.keys[0] ?? '')) {
      if (words.some((word) => matches(alternatives, word.keys))) return true;
      continue;
    }
    // ("Wie viele Stunden …" counts the unit itself.)
    if (DURATION_KEYS.has(words[i + 1]?.keys[0] ?? '') && !matches(alternatives, words[i + 1]!.keys)) continue;
    // "Bislang gibt es im Kreis 62 solcher Geräte" counts what the sentence before named (see continuesPrevious).
    // (Not people: "130 solcher Plätze" counts no one.)
    if (COUNTS_NAMED_BEFORE.has(words[i + 1]?.keys[0] ?? '') && words[i + 2]?.noun && !alternatives.some((alternative) => PEOPLE_KEYS.has(alternative.keys[0]!))) return true;
    let ownNoun = false;
    let ownAt = i;
    let end = i + 1 + COUNT_WINDOW;
    for (let j = i + 1; j < Math.min(words.length, end); j++) {
      // "40.000 Euro pro Haus" counts no houses: a rate's noun after "pro" or "je".
      if (RATE.has(words[j]!.keys[0]!)) break;
      // "nur 19 von ihnen sind aktive Rettungsschwimmer": the part, then what it is.
      if (j <= i + 3 && PARTITIVE.has(words[j]!.keys[0]!)) {
        end++;
        continue;
      }
      if (matches(alternatives, words[j]!.keys) || (words[j]!.noun && (headOfNamed(alternatives, words[j]!.keys, sentence) || kindOfAlternative(alternatives, words[j]!.keys)))) return true;
      // "140 Hochstamm-Bäumen": a hyphenated compound's noun is its last part, or the whole ("27 Feldhamster-Baue" ~ "Hamsterbaue").
      if (words[j]!.joinsNext) {
        if (matches(alternatives, words[j]!.joined!)) return true;
        continue;
      }
      ownNoun = words[j]!.noun;
      ownAt = j;
      // "4.800 Ärztinnen und Ärzte": a pair of nouns shares the number.
      if (ownNoun && PAIRING.has(words[j + 1]?.keys[0] ?? '') && words[j + 2] && matches(alternatives, words[j + 2]!.keys)) return true;
      if (ownNoun) break;
    }
    // A number with a noun of its own counts that: "die Bewohner von neun der 14 Häuser" counts houses.
    // Plain people count the ones doing what the sentence's verb says: "beschäftigt 87 Menschen" counts "Beschäftigte".
    if (ownNoun) {
      if (PEOPLE_KEYS.has(words[ownAt]!.keys[0]!) && words.some((word) => !word.noun && !word.cardinal && matches(alternatives, word.keys))) return true;
      // "mehr als 40.000 Tiere" counts the animals the sentence is about ("Wie viele Biber …").
      if (ANIMALS_KEYS.has(words[ownAt]!.keys[0]!)) return true;
      // "Rund 120 Gegenstände stehen bereit" counts the things the sentence is about ("Wie viele Geräte …"), not people.
      if (THINGS_KEYS.has(words[ownAt]!.keys[0]!) && !alternatives.some((alternative) => PEOPLE_KEYS.has(alternative.keys[0]!))) return true;
      continue;
    }
    // A number with a unit measures the noun before it only through a preposition ("ein Umsatzminus von rund 180.000 Euro"),
    // not across a verb ("Die Maschine hätte 400.000 Euro gekostet").
    const measures = words[i + 1]?.unit === true;
    // ("Wie viele Bewohner …" is not answered by "Die Versorgung eines Bewohners kostet rund 25.000 Euro": a sum counts no one.)
    if (measures && counting) continue;
    for (let j = i - 1; j >= Math.max(0, i - 1 - COUNT_WINDOW); j--) {
      if (matches(alternatives, words[j]!.keys)) return true;
      // (The digits before a thousands separator belong to the number: "180.000" is read as "180." and "000".)
      if (words[j]!.noun || words[j]!.cardinal || (measures && !MEASURE_LINKS.has(words[j]!.keys[0]!) && !DIGIT.test(words[j]!.keys[0]!))) break;
    }
  }
  return false;
}

/** Words between a number and the noun it counts in a partitive ("19 von ihnen sind …", "zwölf davon waren …"), as keys. */
const PARTITIVE: ReadonlySet<string> = new Set(['von', 'ihnen', 'davon', 'sind', 'waren', 'seien'].flatMap((word) => wordKeys(word)));

/** Words before the noun of a rate ("pro Haus", "je Einwohner"), as keys. */
const RATE: ReadonlySet<string> = new Set(['pro', 'je'].flatMap((word) => wordKeys(word)));

/** "Zahl" and "Anzahl", as keys: "die Zahl der illegalen Autorennen ist von 41 auf 63 gestiegen" counts the races. */
const NUMBER_OF: ReadonlySet<string> = new Set(['zahl', 'anzahl'].flatMap((word) => wordKeys(word)));
/** Most words between "Zahl" and the thing it counts ("die Zahl der illegalen Autorennen"). */
const NUMBER_OF_WINDOW = 3;

/** Whether the sentence gives "die Zahl der X" for a thing counted and a number after it. */
function numberOfNamed(words: readonly SentenceWord[], alternatives: readonly Alternative[]): boolean {
  for (let i = 0; i < words.length; i++) {
    if (!NUMBER_OF.has(words[i]!.keys[0]!)) continue;
    const named = words.slice(i + 1, i + 1 + NUMBER_OF_WINDOW).findIndex((word) => matches(alternatives, word.keys));
    if (named >= 0 && words.slice(i + 2 + named).some((word) => word.cardinal)) return true;
  }
  return false;
}

/** Words that join a noun to the measure after it ("von rund 180.000 Euro", "in Höhe von 85 Millionen"), as keys. */
const MEASURE_LINKS: ReadonlySet<string> = new Set(['von', 'rund', 'etwa', 'ca', 'knapp', 'fast', 'ueber', 'mehr', 'als', 'bis', 'zu', 'um', 'insgesamt', 'gut', 'hoehe', 'in'].flatMap((word) => wordKeys(word)));

/** Keys a sentence has only from first parts of hyphenated compounds ("Salat" in "Salat-Start-up"), computed once. */
function modifierOnlyKeys(sentence: IndexedSentence): ReadonlySet<string> {
  const memo = memoOf(sentence);
  if (memo.modifierOnly) return memo.modifierOnly;
  const text = sentence.text;
  const modifiers = new Set<string>();
  const others = new Set<string>();
  for (const token of tokenize(text)) {
    const end = token.start + token.surface.length;
    const modifier = text[end] === '-' && /\p{L}/u.test(text[end + 1] ?? '');
    for (const key of wordKeys(token.folded)) (modifier ? modifiers : others).add(key);
  }
  for (const key of others) modifiers.delete(key);
  memo.modifierOnly = modifiers;
  return modifiers;
}

/** Whether the word itself (an alternative of weight 1) is in the sentence only as the first part of hyphenated compounds. */
export function onlyAsModifier(alternatives: readonly Alternative[], sentence: IndexedSentence): boolean {
  const modifiers = modifierOnlyKeys(sentence);
  if (modifiers.size === 0) return false;
  const met = alternatives.filter((alternative) => alternative.weight === 1 && alternative.keys.every((key) => sentence.keys.has(key)));
  return met.length > 0 && met.every((alternative) => alternative.keys.some((key) => modifiers.has(key)));
}

/** Capitalised words that open a sentence or phrase without naming a role. */
const NO_ROLE = new Set(['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einem', 'einen', 'und', 'oder', 'auch', 'aber', 'wie', 'als', 'mit', 'von', 'im', 'in', 'am', 'an', 'auf', 'bei', 'nach', 'vor', 'fuer', 'laut']);
/** After a name: "(56), der …", ", Chef der …", ", die …". */
const APPOSITION_AFTER = /^\s*(\([^)]*\))?\s*,\s*(der|die|ein|eine|\p{Lu})/u;

/**
 * Whether a sentence gives the role of the person or thing named by `words` (folded): a
 * capitalised noun right before the name ("Wahlleiterin Sandra Kowalczyk", "Nordkorea-Führer
 * Kim Jong Un") or an apposition after it ("Thomas Brückner (56), der …").
 */
export function describesName(sentence: IndexedSentence, words: readonly string[]): boolean {
  const tokens = tokenize(sentence.text);
  for (let i = 0; i < tokens.length; i++) {
    if (!words.includes(tokens[i]!.folded)) continue;
    const before = tokens[i - 1];
    if (before && before.capitalized && !words.includes(before.folded) && !NO_ROLE.has(before.folded)) return true;
    let last = i;
    while (last + 1 < tokens.length && words.includes(tokens[last + 1]!.folded)) last++;
    const end = tokens[last]!.start + tokens[last]!.surface.length;
    if (APPOSITION_AFTER.test(sentence.text.slice(end))) return true;
    i = last;
  }
  return false;
}

/** A number with a noun right after it that is no unit ("310.000 Fahrgäste", not "38 Grad"). */
function countsSomeNoun(sentence: IndexedSentence): boolean {
  const words = sentenceWords(sentence);
  // ("zwei bis zehn Tage", "38 Grad" count no one: a unit is no noun counted; nor does an ordinal, "ersten Symptomen".)
  return words.some((word, i) => word.cardinal && !word.ordinal && words.slice(i + 1, i + 1 + COUNT_WINDOW).some((next) => next.noun && !next.unit));
}

/** Whether a sentence holds what `focus` asks for (a time, a cause …), computed once per sentence and focus. */
function holdsFocus(sentence: IndexedSentence, focus: Focus, index: ArticleIndex): boolean {
  const memo = memoOf(sentence);
  memo.focus ??= new Map();
  let value = memo.focus.get(focus);
  if (value === undefined) {
    value = satisfiesFocus(focus, foldedText(sentence), focus === 'person' && hasName(sentence, index), sentence.text);
    memo.focus.set(focus, value);
  }
  return value;
}

/**
 * The test "does this sentence hold what the question asks for", built once per question.
 * `counted` are the alternatives of the counted noun, `measured` those of the noun a measure is asked of, if any.
 */
export function focusTest(question: ParsedQuestion, counted: readonly Alternative[] | undefined, index: ArticleIndex, measured?: readonly Alternative[], role?: readonly Alternative[]): (sentence: IndexedSentence) => boolean {
  const test = factTest(question, counted, index, measured, role);
  return question.asksFrequency ? (sentence) => STATES_FREQUENCY.test(foldedText(sentence)) || test(sentence) : test;
}

/** Pay in a folded sentence: a word of it ("Einstiegsgehalt", "brutto", "Ausbildungsvergütung") or a sum per time or task ("im Monat", "pro Kampf"). */
const STATES_PAY = /\b(?:verdien\w*|\w*gehalt|\w*gehaelter|\w*lohn|\w*loehne|brutto|netto|\w*verguetung|\w*honorar|\w*einkommen|\w*entschaedigung|besoldung|tarif\w*|gage)\b/;
/** A rate ("15 Euro pro Stunde", "monatlich"): pay, where no other sum is named by it. */
const STATES_RATE = /\b(?:pro|im|je|die|in der) (?:stunde|monat|jahr|woche|kampf|spiel|einsatz|schicht)\b|\b(?:monatlich|jaehrlich|stuendlich)\b/;
/** Sums that are no pay ("ein Mietzuschuss von 300 Euro im Monat", "spart 410.000 Euro im Jahr"), folded. */
const OTHER_SUM = /(?:zuschuss|miete|beitrag|gebuehr|preis|kosten|kostet|anteil|ticket|abo|spar)/;

/** Whether a folded sentence states pay: a word of pay, or a rate of no other sum. */
function statesPay(folded: string): boolean {
  return STATES_PAY.test(folded) || (STATES_RATE.test(folded) && !OTHER_SUM.test(folded));
}

/** How often, in words: "wöchentlich", "einmal im Monat", "jeden Samstag", "alle paar Tage". */
const STATES_FREQUENCY = /\b(?:taeglich|woechentlich|monatlich|jaehrlich|stuendlich|alljaehrlich|halbjaehrlich|vierteljaehrlich|regelmaessig|einmal (?:im|in der|pro|am|je)|jede[nrs]? (?:tag|woche|monat|jahr|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|wochenende|sommer|winter)|alle paar)\b/;

function factTest(question: ParsedQuestion, counted: readonly Alternative[] | undefined, index: ArticleIndex, measured?: readonly Alternative[], role?: readonly Alternative[]): (sentence: IndexedSentence) => boolean {
  const markers = question.terms.find((term) => term.markersRequired)?.markers;
  if (markers && question.focus === 'age' && measured && measured.length > 0) {
    // "Wie alt ist der Wolf?" is not answered by "Die 54-jährige Sabine Kröger …".
    // "Wie alt ist Reinhard Kolbe?" is not answered by "seit der Gründung im Jahr 1950": a named person's year is a birth.
    const person = question.terms.some((term) => term.words.length > 1 && term.nounLike === true);
    return (sentence) => markers.some((marker) => (marker.key !== FACT.era || !person || BIRTH.test(foldedText(sentence))) && sentence.keys.has(marker.key))
      && (!sentence.keys.has(FACT.age) || sentence.keys.has(FACT.era) || !agesOfOthersOnly(sentence, foldedText(sentence), measured));
  }
  // "Wie groß ist der Mühlsee?" is not answered by "Der Spielplatz ist 2.400 Quadratmeter groß": the size of another place.
  const ground = markers?.some((marker) => marker.key === FACT.area) ? groundAsked(question) : null;
  if (markers && ground) return (sentence) => markers.some((marker) => sentence.keys.has(marker.key)) && !sizeOfOtherGround(sentence, ground);
  // "Wie viel verdient ein Lokführer?" is not answered by "eine Prämie von 5.000 Euro": a sum earned is pay, or a rate.
  if (markers && question.terms.some((term) => term.verbLike && term.words.some((word) => word.startsWith('verdien')))) {
    return (sentence) => markers.some((marker) => sentence.keys.has(marker.key)) && statesPay(foldedText(sentence));
  }
  if (markers) return (sentence) => markers.some((marker) => sentence.keys.has(marker.key));
  // "Wie hoch ist die Prämie …" (a sum, a length or another figure) is not answered by "Die 52-Jährige verwies …": digits that
  // are only an age, a year or a date are no such figure (words may state one: "ein Monatsgehalt pro Jahr").
  const loose = question.focus === 'count' && counted === undefined ? question.terms.find((term) => term.markers)?.markers : undefined;
  if (loose) {
    return (sentence) => holdsFocus(sentence, 'count', index)
      && (sentence.keys.has(FACT.quantity) || loose.some((marker) => sentence.keys.has(marker.key)) || !DIGIT.test(sentence.text));
  }
  if (question.focus === 'ordinal') return (sentence) => (counted ? ordinalBefore(sentence, counted) : holdsFocus(sentence, 'ordinal', index));
  // "Wie viele Leute …": a generic word for people is met by any counted noun ("310.000 Fahrgäste"), not by a measure ("38 Grad").
  if (question.focus === 'count' && question.terms[question.countedTerm]?.soft) return (sentence) => sentence.keys.has(FACT.quantity) && countsSomeNoun(sentence);
  if (question.focus === 'count' && counted && counted.length > 0 && !question.countsMass) {
    const place = populationPlaceKeys(question);
    return (sentence) => sentence.keys.has(FACT.quantity) && countedNear(sentence, counted, true) && !(place && populationOfAnother(sentence, place));
  }
  // "Wie viel Regen …": any amount answers, but not a speed or a temperature ("Sturmböen bis 90 Kilometer pro Stunde").
  if (question.focus === 'count' && counted && counted.length > 0) {
    return (sentence) => sentence.keys.has(FACT.quantity)
      && (countedNear(sentence, counted) || (!sentence.keys.has(FACT.speed) && !sentence.keys.has(FACT.temperature)));
  }
  // "Wie heißt der Vater von Martin Brandl?": the name answering is another than the one asked about.
  if (question.focus === 'person' && question.asksIdentity) {
    // "Wie heißt der Kapitän?" wants the name beside the role, not any name in a sentence about him.
    const besideRole = question.asksIdentity === 'name' ? role : undefined;
    return (sentence) => {
      if (NAME_GIVEN.test(sentence.text)) return true;
      const named = besideRole ? nameOfRole(sentence, besideRole, index) : null;
      return named === 'quoted' || ((sentence.keys.has(FACT.person) || sentence.refers !== undefined) && namesAnother(sentence, index, question.askedNames)
        && !(role && onlyIndefinite(sentence, role)) && (!besideRole || named === 'beside'));
    };
  }
  // "Woher stammt die Info mit den Geschossen?" asks where the information on a thing comes from: a report, a source, "nach
  // Angaben". ("Woher stammt diese Zahl?" without a thing asks the source of the answer before, see engine.ts.)
  if (question.focus === 'origin' && question.terms.some((term) => INFO_NOUNS.has(term.words[0]!))
    && question.terms.some((term) => term.nounLike && !term.soft && !INFO_NOUNS.has(term.words[0]!))) return (sentence) => ATTRIBUTED.test(foldedText(sentence));
  const focus = question.focus;
  return (sentence) => holdsFocus(sentence, focus, index);
}

/** Nouns of information whose origin is its source ("Woher stammt die Zahl?"), folded. */
const INFO_NOUNS: ReadonlySet<string> = new Set(['info', 'infos', 'information', 'informationen', 'zahl', 'zahlen', 'angabe', 'angaben', 'daten', 'schaetzung', 'nachricht', 'nachrichten', 'meldung']);
/** A sentence saying where what it states comes from, folded: "Einem … Bericht heißt es", "nach Angaben", "laut", "berufen", "Quellen". */
const ATTRIBUTED = /\b(?:bericht\w*|heisst es|angaben|laut|zufolge|beruf\w*|quelle\w*|erkenntniss\w*|geheimdienst\w*|studie|umfrage|statistik|schaetzung\w*|ermittl\w*)\b/;
