/**
 * What a question word is, worked out once per distinct word and kept: stop word, question
 * word, measure adjective, soft or filler word, verb shape … Questions repeat their words
 * ("wie", "viele", "Putin"), so parsing a question is mostly lookups (see question.ts).
 */
import { withinOneEdit } from '../text/edit-distance.js';
import { wordKeys } from '../text/keys.js';
import { memoizeWords } from '../text/memo.js';
import { FILLER_WORDS, FOLLOW_WORDS, PHOTO_WORDS, QUESTION_WORDS, RELATED_WORDS, SOFT_WORDS, SOURCE_WORDS, STOP_WORDS, SUMMARY_WORDS } from '../text/stopwords.js';
import { standardWord } from '../text/synonyms.js';
import { MONTH_NAMES } from '../text/facts.js';
import { isCostVerb, WHICH_FORMS } from './measure.js';
import { isParticle } from './separable.js';

/** Adjectives of measure: "wie hoch", "wie warm" ask for a number. */
const MEASURES = ['viel', 'viele', 'vielen', 'hoch', 'oft', 'lange', 'lang', 'alt', 'gross', 'weit', 'teuer', 'schwer', 'schnell',
  'warm', 'heiss', 'kalt', 'laut', 'stark', 'tief', 'breit', 'klein', 'schlimm', 'billig', 'guenstig', 'spaet', 'frueh', 'hoeher', 'mehr', 'weniger', 'knapp'];
const COUNT_AFTER_WIE = new Set(MEASURES);
/** Nouns that name the measure itself ("Wie viel Geld …"), not the thing measured. */
export const MEASURE_NOUNS = new Set(['geld', 'summe', 'betrag', 'preis', 'preise', 'kosten', 'hoehe', 'zahl', 'anzahl', 'menge', 'wert', 'euro', 'prozent', 'gewicht', 'groesse', 'laenge', 'dauer', 'alter', 'temperatur']);

/** Words that can start a focus (see focusOf). */
const FOCUS_START = /^(wie|wann|seit|bis|was|wer|wen|wem|wessen|wo|wohin|warum|weshalb|wieso|weswegen|wofuer|wozu|womit|wodurch|woher|welche[mnrs]?)$|^wievie/;
const NAMING_VERBS = /^(nenn|heiss|bezeichn|beschreib|charakterisi|schilder|sag|schreib|mein|sprech|sprich|ausdrueck)/;
/** Verbs of getting and coming: "woher" already asks for them ("Woher bekommt die Farm ihren Strom?"). */
const RECEIVING = /^(bekomm|bekam|komm|kam|bezieh|bezog|hol|stamm|erhael|erhalt|erhielt)/;
/** Endings of nouns that no verb form has ("Ermittlung", "Freiheit", "Zeugnis"). */
const NOUN_ENDING = /(ung|ungen|heit|keit|schaft|tion|taet|nis|nisse|ismus|ment|chen|lein|ei|eien)$/;
const COPULA = /^(ist|sind|war|waren|sei|seien|waere|waeren)$/;
const PARTICIPLE = /^(ge|[a-z]{2,7}ge|be|ver|er|ent|zer|ueber|unter)[a-z]{3,}(t|en)$/;
const COUNT_WORD = /^(wieviel|wieviele[n]?|wievielte[nrs]?|viel|viele[n]?)$/;

/** A measure adjective, allowing one typo ("stakr"). */
export function isMeasure(word: string): boolean {
  return classOf(word).measure;
}

export interface WordClass {
  /** The standard form of a colloquial word ("kriegt" -> "bekommen"), else the word. */
  standard: string;
  /** Keys of the word itself (see wordKeys). */
  keys: string[];
  stop: boolean;
  question: boolean;
  measure: boolean;
  /** Generic, or asking for summary, source, photo or further reading: never required. */
  soft: boolean;
  filler: boolean;
  summary: boolean;
  photo: boolean;
  source: boolean;
  related: boolean;
  /** A word of following the publisher ("Plattformen", "sozialen Medien"): soft in a question how to follow it. */
  followWord: boolean;
  particle: boolean;
  copula: boolean;
  participle: boolean;
  receiving: boolean;
  naming: boolean;
  focusStart: boolean;
  countWord: boolean;
  cost: boolean;
  digit: boolean;
  /** Five letters or more: short words are never read as verbs by their ending. */
  long: boolean;
  /** A participle or a finite form in -t, -st, -te, -ten. */
  verbForm: boolean;
  /** Ends like an infinitive (-en, -ern, -eln) and not like a noun (-ung, -heit …). */
  infinitiveLike: boolean;
}

/** Distinct words remembered; the map is cleared when full (keeps memory flat). */
const CLASS_LIMIT = 50_000;

/**
 * Whether a folded word or its genitive is in a word list: "des Artikels", "des Bildes" ask about
 * the article and the photo as "der Artikel", "das Bild" do.
 */
function listed(list: ReadonlySet<string>, word: string): boolean {
  if (list.has(word)) return true;
  if (word.length < 5 || !word.endsWith('s')) return false;
  return list.has(word.slice(0, -1)) || (word.endsWith('es') && list.has(word.slice(0, -2)));
}

/** A compound naming where an article comes from ("Nachrichtenportal", "Presseagentur", "Nachrichtenquelle"). */
const SOURCE_COMPOUND = /^[a-z]{4,}(portal|portals|agentur|quelle)$/;

/**
 * Function words written with one consonant of their double ("muste", "konte", "solte"), with two letters swapped
 * ("wurdne"), or, as people speak, without their last e ("wär", "hätt", "würd") or the e of their -en ("habn", "solln",
 * "dagegn"), or with "es" leaned on as 's ("wenns", "hats"), made once from the stop words.
 */
let stopWordSlips: ReadonlySet<string> | null = null;

/** Whether a word is a slip of a function word (see stopWordSlips). */
function stopWordSlip(word: string): boolean {
  if (!stopWordSlips) {
    const slips = new Set<string>();
    for (const stop of STOP_WORDS) {
      if (stop.length < 4) continue;
      if (stop.length >= 5) for (let i = 1; i < stop.length; i++) if (stop[i] === stop[i - 1] && !'aeiouy'.includes(stop[i]!)) slips.add(stop.slice(0, i) + stop.slice(i + 1));
      if (stop.length >= 5 && stop.endsWith('e') && !'aeiou'.includes(stop[stop.length - 2]!)) slips.add(stop.slice(0, -1));
      if (stop.endsWith('en') && !'aeioun'.includes(stop[stop.length - 3]!)) slips.add(`${stop.slice(0, -2)}n`);
      // Two letters typed the wrong way round ("wurdne", "welhce").
      if (stop.length >= 5) for (let i = 1; i < stop.length; i++) if (stop[i] !== stop[i - 1]) slips.add(stop.slice(0, i - 1) + stop[i]! + stop[i - 1]! + stop.slice(i + 1));
    }
    // With "es" leaned on as 's ("wenns", "hats", "ists"); "eins" is a number.
    for (const stop of STOP_WORDS) if (stop.length >= 3 && stop !== 'ein') slips.add(`${stop}s`);
    for (const stop of STOP_WORDS) slips.delete(stop);
    stopWordSlips = slips;
  }
  return stopWordSlips.has(word);
}

function computeClass(word: string): WordClass {
  const source = listed(SOURCE_WORDS, word) || SOURCE_COMPOUND.test(word);
  return {
    standard: standardWord(word),
    keys: wordKeys(word),
    stop: STOP_WORDS.has(word) || stopWordSlip(word),
    question: QUESTION_WORDS.has(word),
    measure: COUNT_AFTER_WIE.has(word) || (word.length >= 4 && MEASURES.some((measure) => measure.length >= 4 && withinOneEdit(word, measure))),
    soft: listed(SOFT_WORDS, word) || listed(SUMMARY_WORDS, word) || source || listed(PHOTO_WORDS, word) || RELATED_WORDS.has(word),
    filler: FILLER_WORDS.has(word),
    summary: SUMMARY_WORDS.has(word),
    photo: listed(PHOTO_WORDS, word),
    source,
    related: RELATED_WORDS.has(word),
    followWord: FOLLOW_WORDS.has(word),
    particle: isParticle(word),
    copula: COPULA.test(word),
    participle: PARTICIPLE.test(word),
    receiving: RECEIVING.test(word),
    naming: NAMING_VERBS.test(word),
    focusStart: FOCUS_START.test(word),
    countWord: COUNT_WORD.test(word),
    cost: isCostVerb(word),
    digit: /^\d/.test(word),
    long: word.length >= 5,
    verbForm: /^(ge|[a-z]{2,7}ge).{3,}(t|en)$/.test(word) || /(st|tet|te|ten)$/.test(word) || /[^t]t$/.test(word),
    infinitiveLike: /(en|ern|eln)$/.test(word) && !NOUN_ENDING.test(word),
  };
}

/** The class of a folded word, computed once. */
export const classOf: (word: string) => WordClass = memoizeWords(CLASS_LIMIT, (word) => computeClass(word));

/** "welche", "welcher" …, folded (a set: it is looked up for words of every question). */
export const WHICH: ReadonlySet<string> = WHICH_FORMS;
/** "viele", "wieviele" and "welche" …, folded: in a question without capitals the word after one is their noun, not a verb. */
export const NOUN_FOLLOWS: ReadonlySet<string> = new Set(['viele', 'vielen', 'vieler', 'wieviele', 'wievielen', 'wievieler', ...WHICH]);
/** Nouns of places after "welche" ("Welche Orte …", "Für welche Region …"): the question asks where, folded. */
const PLACE_CATEGORY: ReadonlySet<string> = new Set(['ort', 'orte', 'orten', 'ortschaft', 'ortschaften', 'region', 'regionen', 'stadt', 'staedte', 'staedten',
  'gemeinde', 'gemeinden', 'dorf', 'doerfer', 'doerfern', 'gegend', 'gegenden', 'land', 'laender', 'laendern', 'bundesland', 'bundeslaender', 'bundeslaendern',
  'landkreis', 'landkreise', 'landkreisen', 'staat', 'staaten', 'kontinent', 'kontinente', 'stadtteil', 'stadtteile', 'ortsteil', 'ortsteile']);
/**
 * "Welche Art von Mechanismen …", "In welchem Zustand ist …", "Welchen Stellenwert hat …": a word after "welche" for the
 * kind of answer, not its content, folded.
 */
const KIND_WORDS: ReadonlySet<string> = new Set(['art', 'arten', 'sorte', 'sorten', 'form', 'formen', 'typ', 'typen', 'zustand', 'verfassung', 'stellenwert', 'vorhaben', 'projekt', 'projekte']);

/**
 * Whether the word at `i` of a question's folded words is the place noun of "welche Orte …". `i` may be
 * one past the last word (then false): checked, not read, since a read past the end of an array sends
 * the optimised parser back to the interpreter, to be compiled again.
 */
export function isPlaceCategory(words: readonly string[], i: number): boolean {
  return i > 0 && i < words.length && WHICH.has(words[i - 1]!) && PLACE_CATEGORY.has(words[i]!);
}

/**
 * "In welchem Zeitraum …", "Zu welchen Uhrzeiten …", "An welchem Tag …": nouns after "welche" that ask when, any time,
 * folded ("An welchem Tag …" is answered by "am 14. März", which never says "Tag"; "Auf welchen Termin …" by "auf den
 * 19. Oktober verschoben"). ("An welchem Wochentag", "Datum", "Jahr" ask for one kind of time, which a time word of
 * another does not give: those stay content.)
 */
const TIME_CATEGORY: ReadonlySet<string> = new Set(['tag', 'zeitraum', 'zeitpunkt', 'zeitpunkten', 'uhrzeit', 'uhrzeiten', 'tageszeit', 'tageszeiten', 'zeiten', 'termin', 'termine', 'terminen']);
/** Nouns naming a kind of time, folded: the time asked for, not a thing of the story (see TIME_CATEGORY). */
export const TIME_NOUNS: ReadonlySet<string> = new Set([...TIME_CATEGORY, 'zeit', 'datum', 'termin', 'wochentag']);

/** Whether the word at `i` of a question's folded words is the time noun of "in welchem Zeitraum …" (see isPlaceCategory). */
export function isTimeCategory(words: readonly string[], i: number): boolean {
  return i > 0 && i < words.length && WHICH.has(words[i - 1]!) && TIME_CATEGORY.has(words[i]!);
}

/** Words for a part of a month or year ("Anfang Juli", "Ende 2024"), folded. */
const TIME_PART: ReadonlySet<string> = new Set(['anfang', 'mitte', 'ende']);

/**
 * Whether the word at `i` only places the time after it ("Was ist Anfang Juli passiert?"): the article may give the day
 * ("am 2. Juli") without the word.
 */
export function isTimePart(words: readonly string[], i: number): boolean {
  const next = words[i + 1] ?? '';
  return TIME_PART.has(words[i]!) && (MONTH_NAMES.includes(next) || /^\d{4}$/.test(next));
}

/**
 * "Mit welchen Worten …" asks for someone's words; "Welche Bezeichnung …" for what something is called. ("Unter welchem
 * Namen …" stays content: an article often says "Namen" where it gives one.)
 */
const WORDS_ASKED: ReadonlySet<string> = new Set(['worte', 'worten', 'formulierung', 'formulierungen']);
const NAME_ASKED: ReadonlySet<string> = new Set(['bezeichnung', 'bezeichnungen', 'begriff', 'begriffe']);

/** The focus set by the noun after "welche" at `i` ("Mit welchen Worten" -> quote, "Welchen Begriff" -> naming), else null. */
export function wordingAsked(words: readonly string[], i: number): 'quote' | 'naming' | null {
  if (i === 0 || i >= words.length || !WHICH.has(words[i - 1]!)) return null;
  return WORDS_ASKED.has(words[i]!) ? 'quote' : NAME_ASKED.has(words[i]!) ? 'naming' : null;
}

/** Whether the word at `i` names no content: the "Art" of "Welche Art von …", or the words or name asked for. */
export function isKindWord(words: readonly string[], i: number): boolean {
  return i > 0 && WHICH.has(words[i - 1]!) && (KIND_WORDS.has(words[i]!) || wordingAsked(words, i) !== null);
}

/** Nouns that ask for a cause ("der Grund", "die Ursache"), folded; also compounds ending in "ursache" ("Brandursache"). */
const REASON_NOUNS: ReadonlySet<string> = new Set(['grund', 'gruende', 'hauptgrund', 'ursache', 'ursachen', 'hauptursache', 'ausloeser', 'hintergrund', 'hintergruende']);
const CAUSE_HEAD = 'ursache';
const REASON_COPULA: ReadonlySet<string> = new Set(['ist', 'war', 'sind', 'waren', 'sei']);
const REASON_ARTICLES: ReadonlySet<string> = new Set(['der', 'die', 'den']);

/** Whether a folded word is a noun for a cause ("Grund", "Ursache", "Brandursache"). */
export function isReasonNoun(word: string): boolean {
  return REASON_NOUNS.has(word) || causeOfReasonNoun(word) !== null;
}

/**
 * Whether the word at `i` is the noun of a question asking for a cause by name: "Was war die Ursache für das Feuer?",
 * "Was ist der Grund dafür?", "Aus welchem Grund …?", "Was ist die Brandursache?". Such a question asks why.
 */
export function reasonNounAt(words: readonly string[], i: number): boolean {
  const word = words[i];
  if (word === undefined || !isReasonNoun(word)) return false;
  if (i >= 2 && words[i - 1] === 'welchem' && words[i - 2] === 'aus') return true;
  const at = i >= 1 && REASON_ARTICLES.has(words[i - 1]!) ? i - 1 : i;
  return at >= 2 && REASON_COPULA.has(words[at - 1]!) && words[at - 2] === 'was';
}

/** The thing a compound cause noun names the cause of ("brandursache" -> "brand"), else null. */
export function causeOfReasonNoun(word: string): string | null {
  return word.endsWith(CAUSE_HEAD) && word.length > CAUSE_HEAD.length + 2 ? word.slice(0, -CAUSE_HEAD.length) : null;
}

/** The preposition before a place's name ("in Dresden"), folded. */
export const PLACE_PREPOSITION = 'in';
/** Words asking for a total, folded. */
export const TOTAL_WORDS: ReadonlySet<string> = new Set(['insgesamt', 'gesamt', 'total', 'gesamte', 'gesamten']);
/** "die beiden Länder": a word for two things the article names, folded. */
export const BOTH: ReadonlySet<string> = new Set(['beide', 'beiden', 'beider']);
/** Forms of address before a name ("Frau Hofmann"), folded. */
export const FORM_OF_ADDRESS: ReadonlySet<string> = new Set(['frau', 'herr', 'herrn']);

/** The article itself ("der Artikel", "die Meldung") with a verb of publishing: where it appeared is its source. */
const ARTICLE_ITSELF = new Set(['artikel', 'artikels', 'meldung']);
const PUBLISHED = new Set(['erschienen', 'erscheint', 'veroeffentlicht', 'publiziert', 'geschrieben', 'verfasst', 'schrieb']);
/** Where an article appears ("Auf welcher Seite …"): no content of its own in a question about the article's publication. */
const MEDIUM_NOUNS = new Set(['seite', 'webseite', 'website', 'internetseite', 'homepage', 'portal', 'onlineportal', 'plattform', 'zeitung', 'medium', 'nachrichtenseite']);

/**
 * "Auf welcher Seite ist der Artikel erschienen?", "Wer hat den Artikel geschrieben?", "Von wem ist der Artikel?" ask for
 * the source, not for a page or a writer of the story (when they ask where or by whom).
 */
export function asksWherePublished(words: readonly string[]): boolean {
  return words.some((word) => ARTICLE_ITSELF.has(word)) && words.some((word, i) => PUBLISHED.has(word) || (word === 'von' && words[i + 1] === 'wem'));
}

/** Whether a folded word names where an article appears (a page, a portal, a paper). */
export function isMediumNoun(word: string): boolean {
  return MEDIUM_NOUNS.has(word);
}

/** Words asking who took a photo, not who is on it ("Wer hat das Foto … gemacht?", "Von wem …", "Fotograf"). */
const PHOTOGRAPHER_WORDS = new Set(['gemacht', 'aufgenommen', 'geschossen', 'fotografiert', 'fotograf', 'fotografen', 'fotografin', 'bildnachweis', 'urheber', 'copyright']);

/** Whether a photo question asks for its credit. */
export function asksForCredit(words: readonly string[]): boolean {
  return words.some((word, i) => PHOTOGRAPHER_WORDS.has(word) || (word === 'von' && words[i + 1] === 'wem'));
}

/** Question nouns for the one who leads something ("Chef", "Vorsitzende"), folded. */
export const LEADER_NOUNS: ReadonlySet<string> = new Set(['chef', 'chefin', 'leiter', 'leiterin', 'vorsitzende', 'vorsitzender', 'vorsitzenden', 'boss']);
