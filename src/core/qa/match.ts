/**
 * Resolves a question term against one article's vocabulary: exact stems, synonyms,
 * compound heads and parts (Geschosse ~ Artilleriegeschosse, see compounds.ts), typos on longer
 * words, and as last resorts abbreviations by their initials (OB ~ Oberbürgermeisterin) and
 * OpenThesaurus synonyms. Returns alternatives; a passage matches an alternative when it has
 * all its keys.
 */
import { STOP_WORDS } from '../text/stopwords.js';
import { FIRST_NAMES } from '../text/first-names.js';
import { FACT, isUnitWord } from '../text/facts.js';
import { stem } from '../text/stem.js';
import { wordKeys } from '../text/keys.js';
import { emptyPacked, packedMap } from '../text/packed-map.js';
import { hyponymKeys, isCommonNoun, isNeverNoun, isPlaceWord, listedKeysOneEditFrom, spanPartKeys, synonymKeys, thesaurusKeys } from '../text/synonyms.js';
import type { ArticleIndex } from './article-index.js';
import type { Term } from './question.js';
import { splitParticle } from './separable.js';
import { countedNear, PEOPLE_KEYS } from './fact-check.js';
import { LEADER_NOUNS, MEASURE_NOUNS, TIME_NOUNS } from './question-words.js';
import { abbreviationMatches, correctedMatches, demonymMatches, droppedLetterMatches, MIN_SWAPPED_WORD, MIN_TYPO_WORD, placeAdjectiveMatches, swappedLetterMatches } from './misspelt-matches.js';
import { diminutiveMatches } from './diminutives.js';
import { adjectivePartsMatch, compoundMatches, compoundsEndingInHead, GENERIC_HEADS, HEAD_WEIGHT, headMatch, roleStandIns, MIN_PART, otherRoleMatches, MODIFIER_WEIGHT, modifierMatch, sameHeadMatches, sharedPartMatches, shortModifierMatches, splitMatches, synonymHeadMatches, verbNounCompounds, widenedMatches, umlautKey, writtenHeadMatches } from './compounds.js';

export interface Alternative {
  keys: string[];
  /** How sure the match is, 0..1 (1 = same stem). */
  weight: number;
  /** Only the head of the question's compound: the story's topic does not stand in for it. */
  head?: boolean;
  /** A narrower word of the question's ("Storch" for "Vogelart"): it names which one, with any article or number. */
  narrower?: boolean;
  /** Only the first part of the question's compound ("Mitglied" for "Mitgliedsbeitrag"): another thing of it. */
  modifier?: boolean;
}

/** The alternatives of a word the article has in no form (shared, never changed). */
const NO_ALTERNATIVES: Alternative[] = emptyPacked();

/** Weight of a synonym found only in the thesaurus (OpenThesaurus groups are looser than the hand list). */
const THESAURUS_WEIGHT = 0.7;
/** Weight of a narrower word for the broader term a question asks ("Werkstatt" for "Firma"; see narrowerMatches). */
const NARROWER_WEIGHT = 0.6;
/** Letters of the shortest narrower word's key that heads the article's compounds for its broader term ("werkstatt"). */
const MIN_NARROWER_HEAD = 7;
/** Below this, what meets a role compound gives way to another role with its modifier (see otherRoleMatches). */
const OTHER_ROLE_BEFORE = 0.7;
/** Shortest verb stem met as the modifier of an article's compound ("anmeld" in "Anmeldeschluss"). */
const MIN_VERB_MODIFIER = 6;
/** Stop words that can be a predicate ("Das Museum ist auf/zu", "Das Licht ist an/aus"). */
const PREDICATIVE_PARTICLES = new Set(['auf', 'zu', 'an', 'aus', 'ab']);
/** Letters from which a word one edit from an article word is read as that word before any split into parts. */
const LONG_TYPO_WORD = 9;
/** Weight of an article compound a question word starts (see compoundMatches). */
const START_COMPOUND_WEIGHT = 0.7;

/** Shortest verb key whose compounds count (longer than "baut", "sitzt": no "Lausitz"). */
export const MIN_VERB_HEAD = 6;

/** What may follow a short noun in its inflected forms ("Bus", "Busse", "Wege"). */
const SHORT_NOUN_ENDING = /^(?:e|s|n|en|es|er|se|sen|ses)?$/;

/** Whether `key` is a short noun's (three letters) and the word one of its forms: "Busse" for bus, not "Zeit" for its verb key zei. */
function isShortNoun(word: string, key: string): boolean {
  return key.length < MIN_PART && word.startsWith(key) && SHORT_NOUN_ENDING.test(word.slice(key.length));
}

/** Short nouns that also end adjectives ("unverzichtbar", "arbeitslos"): words ending so are no compounds of theirs. */
const ADJECTIVE_ENDING = /^(?:bar|los)$/;

/** Endings of an inflected adjective ("ungefährliche"). */
const ADJECTIVE_INFLECTION = /^(?:e|en|er|es|em)$/;
/** Shortest adjective met in its negation by "un-". */
const MIN_NEGATED = 5;

/**
 * An adjective meets the article's word negating it by "un-", which answers a question about it: "Ist das Virus
 * gefährlich?" ~ "Für Menschen ist das Virus ungefährlich". Compared as written: the keys of "ungefährlich" and "ungefähr"
 * are one.
 */
function negatedMatches(word: string, articleWords: ReadonlyMap<string, readonly string[]>): Alternative[] {
  const negated = word.startsWith('un') ? word.slice(2) : `un${word}`;
  if (word.length < MIN_NEGATED || negated.length < MIN_NEGATED) return NO_ALTERNATIVES;
  const out: Alternative[] = [];
  for (const [articleWord, keys] of articleWords) {
    if (!articleWord.startsWith(negated.slice(0, MIN_NEGATED)) || articleWord.length < negated.length || articleWord.length > negated.length + 2) continue;
    if (articleWord === negated || (articleWord.startsWith(negated) && ADJECTIVE_INFLECTION.test(articleWord.slice(negated.length)))) out.push({ keys: [keys[0]!], weight: DERIVED_WEIGHT });
  }
  return out;
}

/** The plain words for a woman, folded. */
const WOMAN: ReadonlySet<string> = new Set(['frau', 'frauen']);
/** A female form of a role ("Rentnerin", "Mieterinnen"): the role itself before the ending. */
const FEMALE_ENDING = /(?<=er)(?:in|innen)$/;

/** The article's female forms of roles ("Rentnerin", "Mieterin"), which a question may call "die Frau", weakly. */
function femaleRoleMatches(index: ArticleIndex): Alternative[] {
  const out: Alternative[] = [];
  for (const [articleWord, keys] of index.words) {
    const ending = FEMALE_ENDING.exec(articleWord);
    if (ending && isCommonNoun(articleWord.slice(0, ending.index))) out.push({ keys: [keys[0]!], weight: PEOPLE_WEIGHT });
  }
  return out;
}

/** Shortest noun key met by its verb with "be-" ("zuschuss" ~ "bezuschusst"). */
const MIN_BE_VERB_NOUN = 6;
/** Weight of a word met in its derivation (forscht ~ Forschung, Tag ~ täglich). */
const DERIVED_WEIGHT = 0.8;
/** Verb prefixes of -ung nouns the text may leave off ("Abstimmung" ~ "stimmten ab", "Übernachtung" ~ "eine Nacht"). */
const SEPARABLE_PREFIX = /^(ab|an|auf|aus|ein|mit|nach|vor|zu|zurueck|ueber|unter|durch|wieder)/;

/** An agent noun's ending ("Forscher", "Forscherinnen"), or a participle's as a noun ("Forschende", "Forschenden"). */
const AGENT_OR_PARTICIPLE = /(?:(er|ern|erin|erinnen)|ende|enden)$/;
/** Weight of a participle met by its agent noun or the other way round: the same people, in the words of the other. */
const PARTICIPLE_WEIGHT = 0.9;

/** Whether every alternative is met in the article's head alone (headline, teaser, caption), in no passage of its text. */
function onlyInHead(alternatives: readonly Alternative[], index: ArticleIndex): boolean {
  return alternatives.every((alternative) => index.passages.every((passage) => passage.kind === 'head' || !alternative.keys.every((key) => passage.keys.has(key))));
}

/** Keys of the surnames of the people an article names by first and last name ("Tobias Renzelmann"), made on first use. */
const surnameKeys = new WeakMap<ArticleIndex, ReadonlySet<string>>();

function isSurname(key: string, index: ArticleIndex): boolean {
  let keys = surnameKeys.get(index);
  if (!keys) {
    keys = new Set(index.names.filter((name) => FIRST_NAMES.has(name[0]!)).flatMap((name) => wordKeys(name[name.length - 1]!)));
    surnameKeys.set(index, keys);
  }
  return keys.has(key);
}

/**
 * Derivations the stemmer leaves apart: a verb and its -ung noun (forscht ~ Forschung,
 * Schließung ~ schließt) and a noun and its -lich adjective (Tag ~ täglich, Jahr ~ jährlich).
 */
function derivedMatches(term: Term, has: (key: string) => boolean): Alternative[] {
  const out: Alternative[] = [];
  const word = term.words[0]!;
  const noun = /ung(en)?$/.exec(word);
  if (noun && noun.index >= 4) {
    const verb = stem(`${word.slice(0, noun.index)}en`);
    if (has(verb)) out.push({ keys: [verb], weight: DERIVED_WEIGHT });
    // A separable prefix the text leaves off ("Abstimmung" ~ "stimmten ab", "stimmten gegen"), weaker.
    const prefix = SEPARABLE_PREFIX.exec(word);
    const base = prefix && noun.index - prefix[0].length >= 4 ? stem(`${word.slice(prefix[0].length, noun.index)}en`) : null;
    if (base && has(base)) out.push({ keys: [base], weight: DERIVED_WEIGHT * 0.8 });
    // The -ung noun without the prefix ("Ausgrabung" ~ "Grabung", "Einzahlung" ~ "Zahlung"), whose stem keeps its ending.
    const bare = prefix && noun.index - prefix[0].length >= 4 ? stem(word.slice(prefix[0].length)) : null;
    if (bare && bare !== base && has(bare)) out.push({ keys: [bare], weight: DERIVED_WEIGHT });
  }
  // "Forscher" ~ "Forschende", "Lehrende" ~ "Lehrer": the agent noun and the participle said of the same people.
  const agent = term.nounLike ? AGENT_OR_PARTICIPLE.exec(word) : null;
  if (agent && agent.index >= MIN_PART) {
    const base = word.slice(0, agent.index);
    for (const other of wordKeys(agent[1] ? `${base}ende` : `${base}er`)) if (!term.keys.includes(other) && has(other)) out.push({ keys: [other], weight: PARTICIPLE_WEIGHT });
  }
  for (const key of term.keys) {
    if (key.length < 3 || key.startsWith('#')) continue;
    if (term.verbLike && key.length >= 4 && has(`${key}ung`)) out.push({ keys: [`${key}ung`], weight: DERIVED_WEIGHT });
    // A verb and its adjective in -bar, either way ("wieder nutzen" ~ "wieder nutzbar", "befahrbar" ~ "befahren").
    if (term.verbLike && key.length >= 4 && has(`${key}bar`)) out.push({ keys: [`${key}bar`], weight: DERIVED_WEIGHT });
    if (!term.verbLike && key.length >= 7 && key.endsWith('bar') && has(key.slice(0, -3))) out.push({ keys: [key.slice(0, -3)], weight: DERIVED_WEIGHT });
    // A noun and the verb made of it with "be-" ("Zuschüsse" ~ "bezuschusst", "Auftrag" ~ "beauftragt"); long ones only
    // ("Zahl" is no "bezahlt").
    if (term.nounLike && !term.verbLike && key.length >= MIN_BE_VERB_NOUN && has(`be${key}`)) out.push({ keys: [`be${key}`], weight: DERIVED_WEIGHT });
    // A verb in -isieren and its adjective in -isch or noun in -ik ("kritisiert" ~ "kritisch", "Kritik"; "politisch").
    if (term.verbLike && key.length >= 6 && key.endsWith('isi')) {
      for (const derived of [key.slice(0, -3), `${key.slice(0, -3)}isch`, `${key.slice(0, -3)}ik`]) if (has(derived)) out.push({ keys: [derived], weight: DERIVED_WEIGHT });
    }
    if (!term.verbLike && has(`${key}lich`)) out.push({ keys: [`${key}lich`], weight: DERIVED_WEIGHT });
    // ("jährlich" ~ "jedes Jahr", "täglich" ~ "am Tag": the noun of a -lich adjective, its umlaut undone.)
    const base = key.length >= 7 && key.endsWith('lich') ? umlautKey(key.slice(0, -4)) : null;
    if (base && base.length >= 3 && has(base)) out.push({ keys: [base], weight: DERIVED_WEIGHT });
    const country = countryOf(key);
    if (country && has(country)) out.push({ keys: [country], weight: DERIVED_WEIGHT });
  }
  return out;
}

/** Keys and their forms without the e of a written-out umlaut ("verkuend", "verkund"), each once. */
function withUmlautKeys(keys: readonly string[]): string[] {
  const out = [...keys];
  for (const key of keys) {
    const plain = umlautKey(key);
    if (plain && !out.includes(plain)) out.push(plain);
  }
  return out;
}

/** The country key of an adjective's key ("nordkoreanisch" -> nordkorea, "russisch" -> russland, "deutsch" -> deutschland), else null. */
function countryOf(key: string): string | null {
  if (key.length >= 6 && key.endsWith('an')) return key.slice(0, -1);
  if (key.length >= 7 && key.endsWith('isch')) return `${key.slice(0, -4)}land`;
  if (key.length >= 6 && key.endsWith('sch')) return `${key}land`;
  return null;
}

/** A key and the keys of its -ieren family: "sanktioni" ~ "Sanktion", "demonstration" ~ "demonstrieren". */
function familyKeys(key: string): string[] {
  if (key.length >= 6 && key.endsWith('i')) return [key, key.slice(0, -1)];
  if (key.length >= 8 && key.endsWith('ation')) return [key, `${key.slice(0, -5)}i`];
  return [key];
}

/** A separable verb the question writes as one word and the article apart ("abgebrochen" ~ "brachen … ab"). */
function particleVerbMatches(word: string, has: (key: string) => boolean): Alternative[] {
  const split = splitParticle(word);
  if (!split || !has(split.particle)) return [];
  return wordKeys(split.rest).filter((key) => key.length >= 3 && has(key)).map((key) => ({ keys: [key, split.particle], weight: 0.9 }));
}

/** Weight of the head of a compound synonym: a wider word than the question's ("Beamter" for "Polizist"). */
const SYNONYM_HEAD_WEIGHT = 0.6;
/** Shortest such head: shorter ones are too wide ("Mann" of "Landsmann" for "Einwohner"). */
const MIN_SYNONYM_HEAD = 5;

/** The thesaurus synonyms (`synonyms`, keys) the article has and `keep` allows, as alternatives, each -ieren family too. */
function thesaurusAlternatives(synonyms: readonly string[], has: (key: string) => boolean, keep: (key: string) => boolean): Alternative[] {
  return packedMap(synonyms.flatMap(familyKeys).filter((key) => has(key) && keep(key)), (key) => ({ keys: [key], weight: THESAURUS_WEIGHT }));
}

/** Whether a thesaurus key is of a word that is never a noun, also in its form without the umlaut's e ("kurzlich"). */
function neverNounKey(key: string): boolean {
  if (isNeverNoun(key)) return true;
  for (let i = 0; i < key.length - 1; i++) {
    if ((key[i] === 'a' || key[i] === 'o' || key[i] === 'u') && key[i + 1] !== 'e' && isNeverNoun(`${key.slice(0, i + 1)}e${key.slice(i + 1)}`)) return true;
  }
  return false;
}

/** The heads of a noun's compound synonyms (`synonyms`, keys) that the article has ("Polizist" ~ "Polizeibeamter" -> "Beamte"). */
function synonymCompoundHeads(synonyms: readonly string[], has: (key: string) => boolean): Alternative[] {
  const out: Alternative[] = [];
  for (const synonym of synonyms) {
    for (let cut = MIN_PART; cut <= synonym.length - MIN_SYNONYM_HEAD; cut++) {
      const head = synonym.slice(cut);
      if (!has(head) || STOP_WORDS.has(head) || GENERIC_HEADS.has(head) || out.some((alternative) => alternative.keys[0] === head)) continue;
      out.push({ keys: [head], weight: SYNONYM_HEAD_WEIGHT });
      break;
    }
  }
  return out;
}

/** Question words of leading ("leitet", "Chef", "Spitze"), folded. */
const LEADER_WORDS: ReadonlySet<string> = new Set(['leitet', 'leiten', 'leitete', 'geleitet', 'fuehrt', 'fuehren', 'fuehrte', 'gefuehrt',
  ...LEADER_NOUNS, 'spitze', 'vorstand', 'leitung']);
/** Question words of a vote and its result, folded. */
const VOTE_WORDS: ReadonlySet<string> = new Set(['ergebnis', 'abstimmung', 'abstimmungen', 'abstimmungsergebnis', 'abgestimmt', 'abstimmen', 'mehrheit', 'votum', 'stimmenverhaeltnis']);
/** Question words asking how a country is governed, folded. */
const POLITY_WORDS: ReadonlySet<string> = new Set(['politisch', 'politische', 'politischen', 'politischer', 'politisches', 'staatsform', 'regierungsform', 'herrschaftsform']);
/** Keys of the words naming a form of government ("kommunistisch", "Diktatur", "demokratisch", "Monarchie"). */
const POLITY_KEYS: readonly string[] = ['kommunist', 'sozialist', 'demokrat', 'diktator', 'autorita', 'totalita', 'monarchi', 'diktatur', 'demokrati', 'kommunismu', 'sozialismu'];
/** Weight of such a word for a question word asking how a country is governed. */
const POLITY_WEIGHT = 0.8;
/** Weight of a leader's role for a question word of leading. */
const LEADER_WEIGHT = 0.9;

/** Weight of a compound met through a synonym of its head ("Kampfjets" ~ "Flugzeuge" by "Jet" ~ "Düsenflugzeug"). */
const HEAD_SYNONYM_WEIGHT = 0.5;
/** Weakest match of a noun beside which its diminutives are not sought (the word itself or a close compound is met). */
const DIMINUTIVE_BEFORE = 0.8;
/** Most synonym keys a head may have to stand for its compound. */
const MAX_HEAD_SYNONYMS = 4;

/**
 * A compound the thesaurus lacks, met through the synonyms of its head, or the heads of those synonyms, that the article
 * has ("Kampfjets" where the article says "russische Flugzeuge": "Jet" ~ "Düsenflugzeug"). The longest head with synonyms counts.
 */
function headSynonymMatches(word: string, has: (key: string) => boolean): Alternative[] {
  for (let cut = MIN_PART; cut <= word.length - (MIN_PART - 1); cut++) {
    const synonyms = thesaurusKeys(wordKeys(word.slice(cut)));
    if (synonyms.length === 0) continue;
    // A head of many senses ("Rat", "Schicht") says too little of the compound.
    if (synonyms.length > MAX_HEAD_SYNONYMS) return NO_ALTERNATIVES;
    const found = [...synonyms.filter(has), ...synonymCompoundHeads(synonyms, has).map((alternative) => alternative.keys[0]!)];
    return packedMap(found, (key) => ({ keys: [key], weight: HEAD_SYNONYM_WEIGHT }));
  }
  return NO_ALTERNATIVES;
}

/** A term's alternatives, remembered with everything besides its words they depend on (see resolveTerm). */
interface Resolved {
  keys: readonly string[];
  separated: readonly string[] | undefined;
  /** The term's readings as bits: the same keys read as a verb or a noun, soft or not, resolve differently. */
  readings: number;
  alternatives: Alternative[];
}

/**
 * The alternatives of the terms already resolved in one article, by the words of the term. Keyed by
 * the words themselves (strings the parser already hashed), not by a key string joined per term:
 * joining and hashing a new string for every term of every question cost more than the lookup.
 */
export type TermCache = Map<string, Resolved[]>;

/** Whether two lists hold the same words in the same order (or are both absent). */
function sameList(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Synonyms of keys in the hand lists and the thesaurus: a key with any is a word German knows. */
function listedSynonyms(keys: readonly string[]): string[] {
  const hand = synonymKeys(keys);
  const thesaurus = thesaurusKeys(keys);
  return hand.length === 0 ? thesaurus : thesaurus.length === 0 ? hand : [...hand, ...thesaurus];
}

/**
 * A misspelt word neither the article nor the word lists know ("im lezten Jahr", "Helikoper"), read as the one listed
 * word it is a slip of ("letzten", "Helikopter") and met by that word or its synonyms ("vergangenen", "Hubschrauber").
 * A dropped letter is the commonest slip: when one such reading is known, it is taken; else the one known reading of
 * any other edit. Several readings are too unsure: none is taken.
 */
function lexiconTypoMatches(term: Term, has: (key: string) => boolean): Alternative[] {
  const key = term.keys[0]!;
  if (listedSynonyms(term.keys).length > 0) return [];
  const known = listedKeysOneEditFrom(key).filter((candidate) => candidate.length >= MIN_PART);
  const dropped = known.filter((candidate) => candidate.length > key.length);
  const reading = dropped.length > 0 ? dropped : known;
  if (reading.length !== 1) return [];
  const out: Alternative[] = [];
  if (has(reading[0]!)) out.push({ keys: [reading[0]!], weight: 0.8 });
  for (const synonym of listedSynonyms(reading)) if (has(synonym)) out.push({ keys: [synonym], weight: THESAURUS_WEIGHT });
  return out;
}

/** A compound headed by a listed synonym of the word asked ("Firma" ~ "Familienunternehmen"). */
const SYNONYM_COMPOUND_WEIGHT = 0.7;

/** Particles of a separable verb that only point a direction ("kommt … her", "fährt … hin"), as stems. */
const DIRECTION_PARTICLES: ReadonlySet<string> = new Set(['her', 'hin']);
/** Verbs asking who pays, folded ("zahlt", "bezahlt", "finanziert", "trägt", "übernimmt"), and how surely a payer's sentence meets them. */
const PAY_VERB = /^(?:zahlt|zahlen|zahlte|bezahlt|bezahlen|bezahlte|finanziert|finanzieren|finanzierte|traegt|tragen|uebernimmt|uebernehmen)$/;
const PAYER_WEIGHT = 0.9;
/** Words for a political group, folded ("Fraktion", "Ratsfraktionen", "Parteien"), and how surely a party stands for one. */
const PARTY_GROUP = /(?:fraktion|fraktionen|partei|parteien)$/;
const PARTY_WEIGHT = 0.8;
/**
 * Groups of people ("Bewohner", "Besucher"), folded: plain words for people ("Menschen", "Leute") stand for them, weakly.
 * (Not a town's "Einwohner" or a club's "Mitglieder": the people an article counts are rarely all of them.)
 */
const PEOPLE_GROUP = /(?:bewohner|anwohner|besucher|teilnehmer|zuschauer|gaeste|passagiere|fahrgaeste|patienten|schueler|helfer|fans|kunden|nutzer|mieter|pilger|urlauber|touristen)$/;
const PEOPLE_WEIGHT = 0.6;
/**
 * "Einwohner" counted: the population of a place, which no number of its synonyms' groups gives ("53 Bewohner" of a
 * street, "1.400 Bewohner" evacuated): counted, it takes no thesaurus synonym.
 */
const POPULATION = /^einwohner/;

/** Whether some sentence of the article counts what `alternatives` meet ("zwei neue Schiffe"). */
function countedIn(index: ArticleIndex, alternatives: readonly Alternative[]): boolean {
  // (Only sentences with a quantity and the word are read word by word: the words of a sentence, once read, are kept.)
  return index.passages.some((passage) => passage.sentences.some((sentence) => sentence.keys.has(FACT.quantity)
    && matchWeight(alternatives, sentence.keys) > 0 && countedNear(sentence, alternatives)));
}

/** A noun ending in a vowel, whose plural adds -s ("Uhu" ~ "Uhus", "Känguru"), folded; "-us" itself is often a singular ("Bonus"). */
const VOWEL_END = /[aeiouy]$/;
const PLURAL_WEIGHT = 0.9;

/**
 * "Uhus" ~ "Uhu" and back, where the article has the other form: a plural in -s after u (kept by wordKeys, since "Bonus",
 * "Virus", "Zirkus" end so too), met only where the article has the singular.
 */
function vowelPluralMatches(word: string, keys: readonly string[], has: (key: string) => boolean): Alternative[] {
  if (word.length < 3) return NO_ALTERNATIVES;
  const other = word.endsWith('us') ? word.slice(0, -1) : VOWEL_END.test(word) ? `${word}s` : null;
  if (!other || other.length < 3) return NO_ALTERNATIVES;
  const key = stem(other);
  return !keys.includes(key) && has(key) ? [{ keys: [key], weight: PLURAL_WEIGHT }] : NO_ALTERNATIVES;
}

/** A period before the one of the story ("Vorjahr", "Vorwoche"), as keys: the prefix "vor" and the period's key. */
const PREVIOUS_PERIOD = /^vor(jahr|monat|woch|tag|saison)$/;
/** Keys of words saying the period before: "im vergangenen Jahr", "letzte Woche". */
const PREVIOUS_WORDS = ['vergang', 'letzt'];
/** Weight of "im vergangenen Jahr" for "im Vorjahr". */
const PREVIOUS_PERIOD_WEIGHT = 0.9;

/** "im Vorjahr" ~ "im vergangenen Jahr", "letztes Jahr": the period and a word for the one before, both in the sentence. */
function previousPeriodMatches(key: string, has: (key: string) => boolean): Alternative[] {
  const period = PREVIOUS_PERIOD.exec(key)?.[1];
  if (!period || !has(period)) return NO_ALTERNATIVES;
  return packedMap(PREVIOUS_WORDS.filter(has), (previous) => ({ keys: [previous, period], weight: PREVIOUS_PERIOD_WEIGHT }));
}

/** The reverse: "letztes Jahr", "in der vergangenen Woche" ~ "im Vorjahr", "in der Vorwoche" (the period itself is its own term). */
function periodBeforeMatches(key: string, has: (key: string) => boolean): Alternative[] {
  if (!PREVIOUS_WORDS.includes(key) || has(key)) return NO_ALTERNATIVES;
  return packedMap(PREVIOUS_PERIOD_KEYS.filter(has), (period) => ({ keys: [period], weight: PREVIOUS_PERIOD_WEIGHT }));
}
const PREVIOUS_PERIOD_KEYS = ['vorjahr', 'vormonat', 'vorwoch', 'vortag', 'vorsaison'];

/** Upper bound of distinct term words remembered per article; the cache is cleared when full (keeps memory flat). */
const TERM_CACHE_LIMIT = 20_000;

/** Pronouns for someone, folded, as a question's words ("jemand" is a stop word; "Ist jemand verletzt?" asks a yes or no). */
const SOMEONE: ReadonlySet<string> = new Set(['jemanden', 'jemandem']);
/** What meets "jemanden": a person's name or age. */
const SOMEONE_FACTS: readonly string[] = [FACT.person, FACT.age];
const SOMEONE_WEIGHT = 0.8;

/** Alternatives for a term in this article; empty when the article never has it. Cached per index. */
export function resolveTerm(term: Term, index: ArticleIndex, cache: TermCache): Alternative[] {
  const words = term.words.length === 1 ? term.words[0]! : term.words.join(' ');
  const readings = (term.verbLike ? 1 : 0) | (term.soft ? 2 : 0) | (term.abbreviation ? 4 : 0) | (term.nounLike ? 8 : 0) | (term.counted ? 16 : 0) | (term.category ? 32 : 0);
  const remembered = cache.get(words);
  if (remembered) {
    for (const entry of remembered) {
      if (entry.readings === readings && sameList(entry.keys, term.keys) && sameList(entry.separated, term.separated)) return entry.alternatives;
    }
  }
  const has = (key: string): boolean => index.known.has(key);
  if (term.markers) return packedMap(term.markers.filter((marker) => has(marker.key)), (marker) => ({ keys: [marker.key], weight: marker.weight }));
  // "Wird gegen jemanden ermittelt?": someone is whoever a sentence names by name or age ("Gegen den 71-Jährigen wird …").
  if (SOMEONE.has(words)) return packedMap(SOMEONE_FACTS.filter(has), (key) => ({ keys: [key], weight: SOMEONE_WEIGHT }));
  let out: Alternative[] = packedMap(term.keys.filter(has), (key) => ({ keys: [key], weight: 1 }));
  for (const key of synonymKeys(term.keys)) {
    if (has(key)) out.push({ keys: [key], weight: 0.8 });
    // A compound headed by the synonym ("Firma" ~ "Familienunternehmen"), weaker.
    if (!term.nounLike || term.verbLike || term.words[0]!.length <= MIN_PART || key.length <= MIN_PART) continue;
    for (const alternative of compoundMatches(key, index.vocabulary)) if (alternative.weight > 0.8) out.push({ keys: alternative.keys, weight: SYNONYM_COMPOUND_WEIGHT });
    for (const alternative of compoundsEndingInHead(key, index.vocabulary)) out.push({ keys: alternative.keys, weight: SYNONYM_COMPOUND_WEIGHT });
  }
  for (const key of spanPartKeys(term.keys)) if (has(key)) out.push({ keys: [key], weight: 0.8 });
  if (term.words.length === 1) out.push(...previousPeriodMatches(term.keys[0]!, has), ...periodBeforeMatches(term.keys[0]!, has));
  if (term.separated?.every(has)) out.push({ keys: term.separated, weight: 0.9 });
  // "Wo kommt der Erreger her?" ~ "Woher kommt der Erreger?": a particle of direction only points, the verb says it.
  else if (term.separated && DIRECTION_PARTICLES.has(term.separated[1]!)) {
    if (has(term.separated[0]!)) out.push({ keys: [term.separated[0]!], weight: 0.9 });
    // ("Wo reist Putin hin?" where the article says "besucht": the verb's synonyms.)
    else for (const key of synonymKeys([term.separated[0]!])) if (has(key)) out.push({ keys: [key], weight: 0.8 });
  }
  else if (term.verbLike && term.words.length === 1) out.push(...particleVerbMatches(term.words[0]!, has));
  if (term.words.length === 1) out.push(...derivedMatches(term, has));
  if (term.words.length === 1 && !term.verbLike) out.push(...vowelPluralMatches(term.words[0]!, term.keys, has));
  if (term.words.length === 1 && !term.nounLike && !term.verbLike) out.push(...negatedMatches(term.words[0]!, index.words));
  // A noun of a separable verb the article writes apart ("Zuschuss" ~ "schießt … zu", "Ausfall" ~ "fällt … aus"), a little weaker.
  // (A long word one edit from an article word is that word misspelt first: "Wegpauschale" is "Wegepauschale", not "weg".)
  if (out.length === 0 && term.nounLike && !term.verbLike && term.words.length === 1) {
    const particle = particleVerbMatches(term.words[0]!, has);
    const misspelt = particle.length > 0 && term.words[0]!.length >= LONG_TYPO_WORD ? correctedMatches(term, index) : NO_ALTERNATIVES;
    if (misspelt.length > 0) out = misspelt;
    else for (const alternative of particle) out.push({ keys: alternative.keys, weight: DERIVED_WEIGHT });
  }
  if (term.words.length === 1 && !term.verbLike) {
    // Compounds headed by a noun the article also has on its own ("Städte" ~ "Innenstädte"), a little weaker;
    // as modifier only partly ("Sammler" ~ "Sammlermarkt"), and never for verbs ("sitzt" is no "Lausitz").
    const own = out.length > 0;
    const plain = umlautKey(term.words[0]!);
    // ("Zone" ~ "Sperrzone": a short noun's key, "zon", heads compounds as the noun does.)
    const shortNoun = (key: string): boolean => own && term.nounLike === true && isShortNoun(term.words[0]!, key) && !ADJECTIVE_ENDING.test(key);
    // ("der Mann" is no "Renzelmann": a surname ending in a noun is no compound of it.)
    for (const alternative of term.keys.flatMap((key) => compoundMatches(key, index.vocabulary, key === plain || shortNoun(key)))) {
      if (isSurname(alternative.keys[0]!, index)) continue;
      if (alternative.weight > 0.8) out.push({ keys: alternative.keys, weight: alternative.weight * 0.9 });
      else if (own) out.push({ keys: alternative.keys, weight: MODIFIER_WEIGHT });
    }
    // ("Klinik" ~ "Kreisklinik", keyed "kreisklin": the stemmer cuts more off a long compound.)
    for (const alternative of compoundsEndingInHead(term.words[0]!, index.vocabulary)) if (!isSurname(alternative.keys[0]!, index)) out.push({ keys: alternative.keys, weight: alternative.weight * 0.9 });
  }
  if (term.words.length === 1 && term.verbLike) {
    // A participle whose key is a noun (angegriffen ~ Angriff) also meets the compounds headed by it (Farbangriff),
    // and a verb the compounds headed by its -ung noun ("verkündet" ~ "Urteilsverkündung", whose key drops the umlaut's e).
    for (const key of withUmlautKeys(term.keys)) {
      if (key.length < MIN_VERB_HEAD) continue;
      for (const alternative of compoundMatches(key, index.vocabulary, true)) if (alternative.weight > 0.8) out.push({ keys: alternative.keys, weight: alternative.weight * 0.9 });
    }
  }
  if (out.length === 0 && term.words.length === 1) {
    const word = term.words[0]!;
    const plain = umlautKey(word);
    // A short noun the article has only in compounds ("Weg" in "Wegmarkierungen") is met by them.
    out = term.verbLike ? verbNounCompounds(term.keys, index.vocabulary) : term.keys.flatMap((key) => compoundMatches(key, index.vocabulary, key === plain || (term.nounLike === true && isShortNoun(word, key))));
    if (!term.verbLike) out = out.filter((alternative) => !isSurname(alternative.keys[0]!, index));
    if (out.length === 0 && term.nounLike && !term.verbLike && term.keys[0] === word && word.length >= MIN_PART) out = writtenHeadMatches(word, index.words).filter((alternative) => !isSurname(alternative.keys[0]!, index));
    // A long word one edit from an article word is that word misspelt ("Lernplatform"): surer than a shared part.
    const typosFirst = word.length >= LONG_TYPO_WORD;
    if (out.length === 0 && typosFirst) out = correctedMatches(term, index);
    // "Nordkora" where the article has "Nordkorea" and compounds starting "Nordkor…": the word misspelt, before those compounds.
    // (Not a long word: "Höhenreter" may well mean the article's "Höhenrettungsgruppe".)
    else if (out.length > 0 && term.nounLike && word.length >= MIN_TYPO_WORD && !typosFirst && out.every((alternative) => alternative.weight <= START_COMPOUND_WEIGHT)) {
      const corrected = correctedMatches(term, index);
      // (A slip in the middle: "Baecker" is no "Äcker" misspelt.)
      if (corrected.some((alternative) => alternative.weight > START_COMPOUND_WEIGHT && alternative.keys[0]!.startsWith(word.slice(0, 2)))) out = [...corrected, ...out];
    }
    // ("Gänsearten" where the article has "Nonnengänse" and the word "gänsearm": kinds, not a typo.)
    if (out.length > 0 && typosFirst && term.nounLike && !term.verbLike && KINDS_OF.test(word)) {
      const kinds = kindsOfMatches(word, index.vocabulary, has);
      if (kinds.length > 0) out = kinds;
    }
    // The article's compound of the same modifier and a synonym of the head is the same thing, beside the parts apart.
    const synonymHeads = out.length === 0 && word.length >= 2 * MIN_PART - 1 ? synonymHeadMatches(word, index.vocabulary, has) : NO_ALTERNATIVES;
    if (out.length === 0 && word.length >= 2 * MIN_PART) out = splitMatches(word, has, index.vocabulary);
    // ("Neubau" ~ "eine neue Vierzimmerwohnung zu bauen": too short to split by parts of four letters.)
    const adjectiveParts = out.length === 0 && term.nounLike ? adjectivePartsMatch(word, has) : null;
    if (adjectiveParts) out = [adjectiveParts];
    // "Welche Vogelarten …": the kinds of a thing are named as that thing ("Kiebitz, Großer Brachvogel und Bekassine … Die Vögel").
    if (out.length === 0 && term.nounLike && !term.verbLike) out = kindsOfMatches(word, index.vocabulary, has);
    if (out.length === 0) out = shortModifierMatches(word, index.vocabulary, has);
    // ("Abizeugnisse" where the article has "Zeugnisse" and "Abiturzeugnisse": the widened compound beside the head.)
    if (out.every((alternative) => alternative.weight < 0.8) && word.length >= 2 * MIN_PART - 1) out = [...out, ...widenedMatches(word, index.vocabulary)];
    // "Satellitenprogramm" where the article has "Satelliten" but no "Programm": the modifier, weakly, beside shared parts.
    const modifier = out.length === 0 && word.length >= 2 * MIN_PART ? modifierMatch(word, has) : null;
    if (out.length === 0 && word.length >= 2 * MIN_PART) out = sharedPartMatches(word, index);
    if (out.length === 0 && !modifier && word.length >= 2 * MIN_PART) out = sameHeadMatches(word, index.vocabulary, has);
    if (modifier) out.push(modifier);
    // "Gastbeitrag" where the article has "Beitrag" but nothing of "Gast": the head alone, weaker (see weighTerms).
    // ("Fluchttreppe" where the article has "Holztreppe" and "die Treppe": the head beside the other compounds.)
    const head = term.nounLike && word.length >= 2 * MIN_PART && out.every((alternative) => alternative.weight <= HEAD_WEIGHT) ? headMatch(word, has) : null;
    if (head) out = [...out, head];
    if (synonymHeads.length > 0) out = out.length === 0 ? synonymHeads : [...out, ...synonymHeads];
    if (out.length === 0 && !typosFirst && word.length >= MIN_TYPO_WORD) out = correctedMatches(term, index);
    // (Not a word the thesaurus knows: "Kasse" is no "Kassel" misspelt.)
    else if (out.length === 0 && word.length === MIN_TYPO_WORD - 1 && term.nounLike && thesaurusKeys(term.keys).length === 0) out = droppedLetterMatches(word, index);
    // ("Gled" ~ "Geld": two letters swapped in a short noun no lexicon knows.)
    if (out.length === 0 && word.length >= MIN_SWAPPED_WORD && word.length < MIN_TYPO_WORD && term.nounLike && !isCommonNoun(word) && thesaurusKeys(term.keys).length === 0) out = swappedLetterMatches(word, index);
  } else if (term.words.length === 1 && !term.verbLike && term.words[0]!.length >= 2 * MIN_PART) {
    const head = headMatch(term.words[0]!, has);
    if (head && !out.some((alternative) => alternative.keys.length === 1 && alternative.keys[0] === head.keys[0])) out.push(head);
  }
  if (out.length === 0 && term.words.length === 1 && term.words[0]!.length >= MIN_TYPO_WORD) out = demonymMatches(term.keys[0]!, index);
  if (term.words.length === 1 && term.nounLike && !term.verbLike && term.words[0]!.length >= MIN_PART + 1) out.push(...placeAdjectiveMatches(term.words[0]!, term.keys[0]!, index));
  // A known short name ("US" for the USA) is no set of initials ("US" is no "Überschlag").
  if (out.length === 0 && term.abbreviation && synonymKeys(term.keys).length === 0) out = abbreviationMatches(term.words[0]!, index);
  // "Wie viele Haare hat eine Raupe?" ~ "600.000 dieser Härchen" (where the article has "Haare" too, but counts none).
  if (term.nounLike && !term.verbLike && term.words.length === 1
    && (out.every((alternative) => alternative.weight < DIMINUTIVE_BEFORE) || (term.counted === true && !countedIn(index, out)))) {
    out = [...out, ...diminutiveMatches(term.keys, index.words)];
  }
  // A synonym from the thesaurus when nothing meets the word as written ("verlangt" met only as a typo of "Verlag" is also
  // "fordert"), never for words of measure ("Wert" is no "Zahl") or countries ("USA" is no "Staat"). Nor a stop word
  // ("steckt" ~ "sein"), which says nothing about the content, unless it can be the predicate ("geöffnet" ~ "auf").
  // The noun a count question counts, where the article counts it nowhere, has its synonyms beside its own word: "Wie viele
  // Mahlzeiten …" ~ "3.200 Essen" (not "Wie viele Schiffe …" ~ "neun Kapitäne" where it says "zwei neue Schiffe").
  // ("Wie alt ist der Paketbote?" where only the headline says "Paketbote" and the text "ein 34 Jahre alter Paketzusteller".)
  const onlyWeak = out.length > 0 && term.words.length === 1 && (out.every((alternative) => alternative.weight < 1) || (term.counted === true && !countedIn(index, out))
    || (term.nounLike === true && onlyInHead(out, index)));
  if ((out.length === 0 || onlyWeak) && !term.soft && !MEASURE_NOUNS.has(term.words[0]!) && !isPlaceWord(term.words[0]!) && !(term.counted === true && POPULATION.test(term.words[0]!))) {
    const synonyms = thesaurusKeys(term.keys);
    // A noun meets no word that is never one ("den Jungen" is no "kürzlich", a sense of the adjective "jüngst").
    // (Nor, for a noun counted, a unit: "Klassen" are no "Grad".)
    const found = thesaurusAlternatives(synonyms, has, (key) => (!STOP_WORDS.has(key) || PREDICATIVE_PARTICLES.has(key)) && !(term.nounLike && neverNounKey(key))
      && !(term.counted === true && isUnitWord(key)));
    // "Polizisten" where the article has "die Beamten": the head of a compound synonym ("Polizeibeamter").
    if (out.length === 0) {
      out = found.length === 0 && term.nounLike ? synonymCompoundHeads(synonyms, has) : found;
      // "Kampfjets", which the thesaurus lacks: through the synonyms of its head.
      if (out.length === 0 && term.nounLike && !term.verbLike && synonyms.length === 0) out = headSynonymMatches(term.words[0]!, has);
    } else out.push(...found.filter((synonym) => !out.some((alternative) => alternative.keys.length === 1 && alternative.keys[0] === synonym.keys[0])));
  }
  // "Ortschefin" where the article has "Ortsbürgermeisterin": another role with the same modifier.
  // ("Betriebsratschef" where the article has "Betriebsratsvorsitzender" and, weakly, "Betriebsversammlung": the role first.)
  if (term.nounLike && out.every((alternative) => alternative.weight < OTHER_ROLE_BEFORE)) {
    const roles = otherRoleMatches(words, index);
    if (roles.length > 0) out = [...roles, ...out.filter((alternative) => !roles.some((role) => role.keys[0] === alternative.keys[0]))];
  }
  // "im lezten Jahr": a word neither the article nor the thesaurus knows, one letter off a word the synonym lists know, is
  // read as that word and met by its synonyms ("letzten" ~ "vergangenen").
  if (out.length === 0 && !term.soft && term.words.length === 1 && term.words[0]!.length >= MIN_TYPO_WORD) out = lexiconTypoMatches(term, has);
  // "Welche Firma restauriert …" where the article has no "Firma" but "die Glaswerkstatt Heidenreich": a narrower word.
  // (Not for a measure, a place or a kind of time: "an welchem Datum" asks for a date, and a year is none.)
  // ("Welche Verletzungen …" where the article has "Körperverletzung" or "schwere Verletzungen" of another but names the
  // injuries asked for: "mit einer Prellung und einer Schnittwunde". The kind a "welche" question asks for is met by its
  // narrower words even where the article has the word itself.)
  const kindAsked = term.category === true && out.length > 0;
  if ((out.length === 0 || kindAsked) && !term.soft && term.nounLike && !term.verbLike && term.words.length === 1 && !MEASURE_NOUNS.has(words) && !TIME_NOUNS.has(words)
    && !isPlaceWord(words)) out = [...out, ...narrowerMatches(term.keys, index.vocabulary, has, out.length === 0 && term.category === true)];
  if (out.every((alternative) => alternative.weight < 1)) out.push(...roleStandIns(words, index));
  // "Wer leitet die Stadtbücherei?", "Wer ist Chef …": a leader's role meets them ("sagte Bibliotheksleiterin Sabine Grothues").
  if (term.words.length === 1 && LEADER_WORDS.has(words) && has(FACT.leader)) out.push({ keys: [FACT.leader], weight: LEADER_WEIGHT });
  // "Wie ist die Abstimmung ausgegangen?", "Mit welcher Mehrheit …": a vote's result answers ("Die Entscheidung fiel mit 21 zu
  // 8 Stimmen").
  if (term.words.length === 1 && VOTE_WORDS.has(words) && has(FACT.tally)) out.push({ keys: [FACT.tally], weight: LEADER_WEIGHT });
  // "Wer war dagegen?", "Wer hat gegen die Pläne gestimmt?": a sentence of voting or being against answers.
  if (term.words.length === 1 && words === 'dagegen' && has(FACT.against)) out.push({ keys: [FACT.against], weight: LEADER_WEIGHT });
  // "Wie alt ist die Frau, …?": a woman the article names by a role in -in ("eine 68 Jahre alte Rentnerin").
  if (term.words.length === 1 && WOMAN.has(words)) out.push(...femaleRoleMatches(index));
  // "Wie wird das Land politisch beschrieben?", "Welche Staatsform …": a word naming a form of government answers ("das
  // kommunistisch regierte Land").
  if (term.words.length === 1 && POLITY_WORDS.has(words)) for (const key of POLITY_KEYS) if (has(key)) out.push({ keys: [key], weight: POLITY_WEIGHT });
  // "Wie viele Bewohner …": plain words for people stand for a group of them ("In der Siedlung leben rund 1.100 Menschen").
  if (term.words.length === 1 && PEOPLE_GROUP.test(words)) for (const key of PEOPLE_KEYS) if (has(key)) out.push({ keys: [key], weight: PEOPLE_WEIGHT });
  // "Wer zahlt das?": a sentence naming who bears a cost ("Die Kosten trägt das Land", "75 Prozent davon übernimmt der Bund").
  if (term.words.length === 1 && term.verbLike && PAY_VERB.test(words) && has(FACT.payer)) out.push({ keys: [FACT.payer], weight: PAYER_WEIGHT });
  // "Welche Fraktionen haben dafür gestimmt?": a party the article names ("Dafür stimmten CDU und Grüne") is such a group.
  if (term.words.length === 1 && term.nounLike && PARTY_GROUP.test(words) && has(FACT.faction)) out.push({ keys: [FACT.faction], weight: PARTY_WEIGHT });
  // "anmelden" ~ "Anmeldeschluss", "gelöscht" ~ "Löscharbeiten": a verb's stem of six letters or more opening a compound,
  // weakly, beside what else meets it.
  if (!term.soft && term.verbLike && term.words.length === 1) {
    for (const key of term.keys) {
      if (key.length < MIN_VERB_MODIFIER) continue;
      for (const alternative of compoundMatches(key, index.vocabulary)) if (alternative.keys[0]!.startsWith(key)) out.push({ keys: alternative.keys, weight: MODIFIER_WEIGHT });
    }
  }
  if (cache.size > TERM_CACHE_LIMIT) cache.clear();
  // Most words a question has and the article lacks resolve to nothing: one shared empty list for them all.
  if (out.length === 0) out = NO_ALTERNATIVES;
  const entry: Resolved = { keys: term.keys, separated: term.separated, readings, alternatives: out };
  const entries = cache.get(words);
  if (entries) entries.push(entry);
  else cache.set(words, [entry]);
  return out;
}

/** Weights of the thing whose kinds a compound in "-arten" asks for: its word, and compounds headed by it ("Brachvogel"). */
const KINDS_OF_WEIGHT = 0.9;
const KINDS_OF_COMPOUND_WEIGHT = 0.8;
/** A compound asking for kinds of a thing ("Vogelarten", "Baumart"): the thing, perhaps with a linking letter. */
const KINDS_OF = /^([a-z]{3,})art(?:en)?$/;
/** A linking letter or two at the end of the thing ("Pflanzenarten", "Krebsarten" keep theirs as the plural or the word). */
const LINK = /(?:en|n|s)$/;

/**
 * The thing a compound in "-arten" asks the kinds of, as the article names it or heads compounds with it; none else.
 * (Not "-karten" or "-garten": "Eintrittskarten" and "Kindergarten" are no kinds.)
 */
function kindsOfMatches(word: string, vocabulary: readonly string[], has: (key: string) => boolean): Alternative[] {
  const thing = KINDS_OF.exec(word)?.[1];
  if (!thing || /[kg]$/.test(thing)) return NO_ALTERNATIVES;
  const out: Alternative[] = [];
  for (const key of new Set([...wordKeys(thing), ...wordKeys(thing.replace(LINK, ''))])) {
    if (key.length < 3) continue;
    if (has(key)) out.push({ keys: [key], weight: KINDS_OF_WEIGHT });
    for (const compound of compoundMatches(key, vocabulary, true)) if (compound.weight > 0.8) out.push({ keys: compound.keys, weight: KINDS_OF_COMPOUND_WEIGHT });
  }
  // ("Welche Baumart …" where the article names only "Fichten": a narrower word of the thing.)
  return out.length > 0 ? out : narrowerMatches(wordKeys(thing), vocabulary, has, false);
}

/**
 * The words OpenThesaurus lists under a broader term (`keys`, the question's noun) that the article has, alone or heading
 * a compound ("Firma" ~ "Glaswerkstatt", "Hauptstadt" ~ "Pjöngjang"). Only long keys head compounds: a short one heads
 * too many that are no such thing ("Gruppe", under "Firma", in "Jugendgruppe").
 */
function narrowerMatches(keys: readonly string[], vocabulary: readonly string[], has: (key: string) => boolean, siblings: boolean): Alternative[] {
  const out: Alternative[] = [];
  const narrowerKeys = new Set(keys.flatMap(hyponymKeys));
  // (A key of the word itself is no narrower word: the stem "nossenschaft" lists "genossenschaft".)
  for (const key of keys) narrowerKeys.delete(key);
  for (const narrower of narrowerKeys) {
    if (has(narrower)) out.push({ keys: [narrower], weight: NARROWER_WEIGHT, narrower: true });
    if (narrower.length < MIN_NARROWER_HEAD) continue;
    for (const compound of compoundMatches(narrower, vocabulary)) {
      if (compound.weight > 0.8 && compound.keys[0]!.endsWith(narrower)) out.push({ keys: compound.keys, weight: NARROWER_WEIGHT, narrower: true });
    }
  }
  return out.length > 0 || !siblings ? out : siblingMatches(narrowerKeys, vocabulary);
}

/** Letters of the shortest head a narrower compound shares with the article's compound (see siblingMatches). */
const MIN_SIBLING_HEAD = 8;
/** A sibling stands for the broader term a little less than a narrower word itself. */
const SIBLING_WEIGHT = 0.5;

/**
 * "Welcher Vogel …" where the article names no bird the thesaurus lists under "Vogel", but "der seltene Flussregenpfeifer"
 * beside the listed "Mornellregenpfeifer": the article's compound with the head of a narrower compound. Only for the kind a
 * "welche" question asks for: elsewhere a noun is met by such a sibling too loosely ("Bau" ~ "Überschlag").
 */
function siblingMatches(narrowerKeys: ReadonlySet<string>, vocabulary: readonly string[]): Alternative[] {
  const out: Alternative[] = [];
  for (const narrower of narrowerKeys) {
    for (let cut = MIN_PART; cut <= narrower.length - MIN_SIBLING_HEAD; cut++) {
      const head = narrower.slice(cut);
      const siblings = compoundMatches(head, vocabulary).filter((compound) => compound.weight > 0.8 && compound.keys[0]!.endsWith(head) && compound.keys[0] !== narrower);
      if (siblings.length === 0) continue;
      for (const sibling of siblings) if (!out.some((alternative) => alternative.keys[0] === sibling.keys[0])) out.push({ keys: sibling.keys, weight: SIBLING_WEIGHT });
      break;
    }
  }
  return out;
}

/** The alternatives of a noun or adjective with the thesaurus's synonyms beside them, remembered per resolved list (see besideSynonyms). */
const withSynonyms = new WeakMap<readonly Alternative[], Alternative[]>();

/**
 * A noun's or adjective's alternatives and, beside them, its thesaurus synonyms the article has: "wichtig" also meets
 * "Priorität" where the article has "wichtig" elsewhere (resolveTerm takes the thesaurus only when nothing else meets a
 * word). For ranking passages only: a count, a measure or a role must be met by the word itself.
 */
export function besideSynonyms(term: Term, alternatives: Alternative[], index: ArticleIndex): Alternative[] {
  if (alternatives.length === 0 || term.soft || term.verbLike || term.words.length !== 1 || MEASURE_NOUNS.has(term.words[0]!)) return alternatives;
  let out = withSynonyms.get(alternatives);
  if (!out) {
    const has = (key: string): boolean => index.known.has(key);
    const synonyms = thesaurusAlternatives(thesaurusKeys(term.keys), has, (key) => !STOP_WORDS.has(key)
      && !alternatives.some((alternative) => alternative.keys.length === 1 && alternative.keys[0] === key));
    out = synonyms.length === 0 ? alternatives : [...alternatives, ...synonyms];
    withSynonyms.set(alternatives, out);
  }
  return out;
}

/** Weight of a compound of a noun and "Kosten" for what the noun costs ("Baukosten" for "Was kostet der Bau?"). */
const COST_COMPOUND_WEIGHT = 0.9;
/** Heads of such compounds, with and without the linking s. */
const COST_HEADS = ['kosten', 'skosten', 'preis', 'spreis'];

/**
 * "Was kostet der Bau der Kita?": the article's compound of the noun and "Kosten" or "Preis" ("Baukosten", "Ticketpreise")
 * states what it costs; so does one of a listed synonym ("Was kosten die Tickets?" ~ "Die Eintrittspreise liegen …").
 */
export function withCostCompound(term: Term, alternatives: Alternative[], index: ArticleIndex): Alternative[] {
  if (term.words.length !== 1 || !term.nounLike) return alternatives;
  const keys: string[] = [];
  for (const base of [term.words[0]!, ...synonymKeys(term.keys)]) {
    for (const head of COST_HEADS) for (const key of wordKeys(`${base}${head}`)) if (index.known.has(key) && !keys.includes(key)) keys.push(key);
  }
  return keys.length === 0 ? alternatives : [...alternatives, ...packedMap(keys, (key) => ({ keys: [key], weight: COST_COMPOUND_WEIGHT }))];
}

/** Best weight of the alternatives a key set satisfies (0 when none); `wholeOnly` skips heads of question compounds. */
export function matchWeight(alternatives: readonly Alternative[], keys: ReadonlySet<string>, wholeOnly = false): number {
  let best = 0;
  for (let a = 0; a < alternatives.length; a++) {
    const alternative = alternatives[a]!;
    if (alternative.weight <= best || (wholeOnly && alternative.head)) continue;
    const need = alternative.keys;
    let all = true;
    for (let k = 0; k < need.length && all; k++) all = keys.has(need[k]!);
    if (all) best = alternative.weight;
  }
  return best;
}
