/**
 * Reads a German question: what kind of answer it wants (intent) and which content words
 * it asks about. Stop words and question words never become content; generic verbs and
 * words about the article are soft; names are grouped ("Kim Jong Un" is one term).
 */
import { fold, tokenize, type Token } from '../text/normalize.js';
import { wordKeys } from '../text/keys.js';
import { FILLER_WORDS, PHOTO_WORDS, QUESTION_WORDS, SOFT_WORDS, SOURCE_WORDS, STOP_WORDS, SUMMARY_WORDS } from '../text/stopwords.js';
import { impliedObject, standardWord } from '../text/synonyms.js';
import { withinOneEdit } from '../text/edit-distance.js';
import { stem } from '../text/stem.js';
import { isParticle, separableVerb } from './separable.js';
import { isCostVerb, measureMarkers, type Marker } from './measure.js';

/** What the answer must contain, from the question word. */
export type Focus = 'count' | 'ordinal' | 'age' | 'time' | 'person' | 'place' | 'reason' | 'purpose' | 'means' | 'origin' | 'naming' | 'quote' | 'thing';

export interface Term {
  /** Folded words of the term (several for a grouped name). */
  words: string[];
  keys: string[];
  /** Generic word: may add to a match, never required. */
  soft: boolean;
  /** Looks like a verb form; when the article lacks it, it lowers coverage instead of forcing abstention. */
  verbLike: boolean;
  /** For a separable verb read as one word: the keys of its verb and its particle, met apart. */
  separated?: string[];
  /** A noun or name: when the article lacks it, the article does not answer the question. */
  nounLike?: boolean;
  /** The fact a measure question asks for ("wie schnell" -> a speed), met by the marker keys of a sentence. */
  markers?: Marker[];
  /** The answer must hold one of `markers` (not for ambiguous measures: "wie hoch"). */
  markersRequired?: boolean;
}

export interface ParsedQuestion {
  focus: Focus;
  /** The thing counted in "Wie viele X …" (index into `terms`), or -1. */
  countedTerm: number;
  /** The counted thing is a mass ("Wie viel Salat …"): a number next to it is preferred, any number answers. */
  countsMass: boolean;
  /** The thing measured in "Wie hoch war X …" (index into `terms`), or -1. */
  measuredTerm: number;
  terms: Term[];
  /** Words that ask for a summary, the photo credit or the source were present. */
  asksSummary: boolean;
  asksPhoto: boolean;
  asksSource: boolean;
  /** "Wer ist der größte Kunde?", "Wer leitet …": only a name answers it. */
  asksIdentity: boolean;
}

/** Adjectives of measure: "wie hoch", "wie warm" ask for a number. */
const MEASURES = ['viel', 'viele', 'vielen', 'hoch', 'oft', 'lange', 'lang', 'alt', 'gross', 'weit', 'teuer', 'schwer', 'schnell',
  'warm', 'heiss', 'kalt', 'stark', 'tief', 'breit', 'klein', 'schlimm', 'billig', 'guenstig', 'spaet', 'frueh', 'hoeher', 'mehr', 'weniger'];
const COUNT_AFTER_WIE = new Set(MEASURES);
/** Nouns that name the measure itself ("Wie viel Geld …"), not the thing measured. */
const MEASURE_NOUNS = new Set(['geld', 'summe', 'betrag', 'preis', 'preise', 'kosten', 'hoehe', 'zahl', 'anzahl', 'menge', 'wert', 'euro', 'prozent', 'gewicht', 'groesse', 'laenge', 'dauer', 'alter', 'temperatur']);

/** A measure adjective, allowing one typo ("stakr"). */
function isMeasure(word: string): boolean {
  return COUNT_AFTER_WIE.has(word) || (word.length >= 4 && MEASURES.some((measure) => measure.length >= 4 && withinOneEdit(word, measure)));
}
const NAMING_VERBS = /^(nenn|heiss|bezeichn|beschreib|sag|schreib|mein|sprech|sprich|ausdrueck)/;
/** Asks who exactly: "wer ist der …", "wer sitzt/leitet/führt …". */
const IDENTITY = /\bwer (ist|sind|war|waren) (der|die|das|den)\b|\bwie (heisst|heissen|hiess) (der|die|den)\b|\bwer (sitzt|sassen|sass|leitet|leitete|fuehrt|fuehrte|regiert|trainiert|besitzt)\b/;
/** "Wie heißt …" asks for a name, not a temperature ("wie heiß"). */
const NAME_VERB_FORMS = /^(heisst|heissen|hiess|hiessen|nennt|nennen|nannte|nannten)$/;
const SAYING_VERBS = /^(vorwirft|vorwarf|vorwerfen|sagt|sagte|meint|meinte|erklaert|erklaerte|schreibt|schrieb|kritisiert|fordert|forderte|warnt|warnte|sprach|spricht|betont|betonte)$/;

/** Words that can start a focus; others are skipped cheaply. */
const FOCUS_START = /^(wie|wann|seit|bis|was|wer|wen|wem|wessen|wo|wohin|warum|weshalb|wieso|weswegen|wofuer|wozu|womit|wodurch|woher|welche[mnrs]?)$|^wievie/;

function focusOf(words: string[]): Focus {
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (!FOCUS_START.test(word)) continue;
    const next = words[i + 1] ?? '';
    if (word === 'wie' && /^(heisst|heissen|hiess)$/.test(next) && /^(der|die|den)$/.test(words[i + 2] ?? '')) return 'person';
    if (word === 'wie' && NAME_VERB_FORMS.test(next)) return 'naming';
    if ((word === 'wie' && next === 'alt') || (/^welche[mns]?$/.test(word) && next === 'alter')) return 'age';
    if (/^wievielt/.test(word)) return 'ordinal';
    if ((word === 'wieviel' && next === 'uhr') || (word === 'wie' && next === 'viel' && words[i + 2] === 'uhr')) return 'time';
    if (/^wieviel/.test(word) || (word === 'wie' && isMeasure(next))) return 'count';
    if (word === 'wann' || (word === 'seit' && next === 'wann') || (word === 'bis' && next === 'wann')) return 'time';
    if (word === 'wie' && words.slice(i + 1).some((w) => NAMING_VERBS.test(w))) return 'naming';
    if (word === 'was' && SAYING_VERBS.test(next)) return 'quote';
    if (['wer', 'wen', 'wem', 'wessen'].includes(word)) return 'person';
    if (['wo', 'wohin'].includes(word)) return 'place';
    if (['warum', 'weshalb', 'wieso', 'weswegen'].includes(word)) return 'reason';
    if (['wofuer', 'wozu'].includes(word)) return 'purpose';
    if (['womit', 'wodurch'].includes(word)) return 'means';
    if (word === 'woher') return 'origin';
  }
  return 'thing';
}

/** Verbs of getting and coming: "woher" already asks for them ("Woher bekommt die Farm ihren Strom?"). */
const RECEIVING = /^(bekomm|bekam|komm|kam|bezieh|bezog|hol|stamm|erhael|erhalt|erhielt)/;

/** Endings of nouns that no verb form has ("Ermittlung", "Freiheit", "Zeugnis"). */
const NOUN_ENDING = /(ung|ungen|heit|keit|schaft|tion|taet|nis|nisse|ismus|ment|chen|lein|ei|eien)$/;

/**
 * Whether a question word is a verb form (or an adjective/participle), so that the article
 * lacking it lowers coverage instead of forcing abstention. Without case information (an
 * all-lower-case question) only noun endings keep a word in -en a noun; the first word of a
 * yes/no question ("Fahren noch Züge …?") is its finite verb.
 */
function looksLikeVerb(token: Token, mixedCase: boolean, first: boolean, second: boolean): boolean {
  if (mixedCase && token.capitalized && !token.sentenceStart) return false;
  const word = token.folded;
  // "was mache ich …": in a lower-case w-question the word after the question word is its finite verb.
  if (second && !mixedCase) return true;
  if (word.length < 5) return false;
  if (/^(ge|[a-z]{2,5}ge).{3,}(t|en)$/.test(word)) return true;
  if (/(st|tet|te|ten)$/.test(word) || /[^t]t$/.test(word)) return true;
  const verbEnding = /(en|ern|eln)$/.test(word) && !NOUN_ENDING.test(word);
  return verbEnding && ((mixedCase && !token.capitalized) || !mixedCase || first);
}

/** The focus of a heading that is itself a question ("Wie fiel das Siegtor?"), else null. */
export function headingFocus(heading: string): Focus | null {
  return heading.trim().endsWith('?') ? focusOf(tokenize(heading).map((token) => token.folded)) : null;
}

const COPULA = /^(ist|sind|war|waren|sei|seien|waere|waeren)$/;
const PARTICIPLE = /^(ge|[a-z]{2,5}ge|be|ver|er|ent|zer|ueber|unter)[a-z]{3,}(t|en)$/;

/**
 * "Wie viel ist Grünstapel jetzt wert?": after "ist" the closing lower-case word is the
 * predicate, what the question is about; an article without it does not answer (made a noun-like term).
 */
function predicateOfCopula(tokens: readonly Token[], terms: Term[], mixedCase: boolean): void {
  const last = tokens[tokens.length - 1];
  if (!mixedCase || !last || last.capitalized || PARTICIPLE.test(last.folded) || !tokens.some((token) => COPULA.test(token.folded))) return;
  const term = terms.find((candidate) => candidate.words.length === 1 && candidate.words[0] === last.folded);
  if (!term || term.soft || terms.some((other) => other !== term && other.verbLike && !other.soft)) return;
  Object.assign(term, { verbLike: false, nounLike: true });
}

const nameIndexes = new WeakMap<readonly string[][], Map<string, string[]>>();

/** The first name (in `names` order) holding a folded word; the lookup table is built once per names list. */
function nameOf(names: readonly string[][], word: string): string[] | undefined {
  let byWord = nameIndexes.get(names);
  if (!byWord) {
    byWord = new Map();
    for (const name of names) for (const part of name) if (!byWord.has(part)) byWord.set(part, name);
    nameIndexes.set(names, byWord);
  }
  return byWord.get(word);
}

/** Parses a question against the names of one article (grouping "Kim Jong Un" into one term). */
export function parseQuestion(question: string, names: readonly string[][]): ParsedQuestion {
  const tokens = tokenize(question);
  const mixedCase = tokens.some((token) => token.capitalized && !token.sentenceStart) && tokens.some((token) => !token.capitalized);
  const separable = separableVerb(tokens, mixedCase, isMeasure);
  const words = tokens.map((token, i) => (i === separable?.verb ? separable.joined : token.folded));
  if (separable) words.pop();
  const focus = focusOf(words);
  const terms: Term[] = [];
  const seen = new Set<string>();
  const used = new Set<number>();

  for (let i = 0; i < tokens.length; i++) {
    if (used.has(i) || i === separable?.particle) continue;
    const name = words[i]!.length >= 3 ? nameOf(names, words[i]!) : undefined;
    if (name && !STOP_WORDS.has(words[i]!)) {
      const group = [words[i]!];
      while (i + group.length < tokens.length && name.includes(words[i + group.length]!)) group.push(words[i + group.length]!);
      group.forEach((_, offset) => used.add(i + offset));
      const keys = name.filter((word) => word.length >= 3).flatMap((word) => wordKeys(word));
      const id = name.join(' ');
      if (!seen.has(id)) terms.push({ words: group, keys, soft: false, verbLike: false, nounLike: true });
      seen.add(id);
      continue;
    }
    const token = tokens[i]!;
    const word = i === separable?.verb ? separable.joined : standardWord(token.folded);
    if (STOP_WORDS.has(word) || QUESTION_WORDS.has(word) || word.length < 2) continue;
    if (/^viel/.test(word) && words[i - 1] === 'wie') continue;
    const keys = wordKeys(word);
    const id = keys[0]!;
    if (seen.has(id)) continue;
    seen.add(id);
    const soft = i !== separable?.verb && ((words[i - 1] === 'wie' && isMeasure(word)) || (focus === 'origin' && RECEIVING.test(word)) || (focus === 'age' && /^alters?$/.test(word)) || SOFT_WORDS.has(word) || SUMMARY_WORDS.has(word) || SOURCE_WORDS.has(word) || PHOTO_WORDS.has(word));
    const separated = i === separable?.verb ? [stem(token.folded), stem(tokens[separable.particle]!.folded)] : undefined;
    const second = i === 1 && QUESTION_WORDS.has(words[0]!) && !/^(welche[mnrs]?|wessen|wieviele[n]?)$/.test(words[0]!);
    const verbLike = word !== token.folded || looksLikeVerb(token, mixedCase, i === 0 && !QUESTION_WORDS.has(token.folded), second);
    // A particle left at the end ("Wie weit war der Wolf weg?") belongs to the verb, not to the content.
    const filler = FILLER_WORDS.has(word) || (i === tokens.length - 1 && i !== separable?.verb && isParticle(word));
    const nounLike = !verbLike && !filler && (!mixedCase || token.capitalized);
    terms.push({ words: [word], keys, soft: soft || filler, verbLike, separated, nounLike });
  }
  predicateOfCopula(tokens, terms, mixedCase);
  const verbKeys = terms.filter((term) => term.verbLike).flatMap((term) => term.keys);
  for (const term of terms) if (impliedObject(term.words[0]!, verbKeys)) Object.assign(term, { soft: true, nounLike: false });
  const markers = measureMarkers(words);
  // The unit stands for the measure adjective ("wie schnell" -> a speed, not the word "schnell").
  const standsForMeasure = (term: Term): boolean => term.words.length === 1
    && ((term.soft && isMeasure(term.words[0]!) && words[words.indexOf(term.words[0]!) - 1] === 'wie') || isCostVerb(term.words[0]!));
  if (markers) terms.splice(0, terms.length, ...terms.filter((term) => !standsForMeasure(term)));
  if (markers) terms.push({ words: [markers.markers[0]!.key], keys: markers.markers.map((marker) => marker.key), soft: false, verbLike: false, ...markers });
  const has = (set: ReadonlySet<string>): boolean => tokens.some((token) => set.has(token.folded));
  const countWord = words.findIndex((word, i) => /^(wieviel|wieviele[n]?|wievielte[nrs]?|viel|viele[n]?)$/.test(word) && (word.startsWith('wie') || words[i - 1] === 'wie'));
  // "wie viel" counts a mass ("Wie viel Salat …" -> "4,5 Tonnen Salat"), never the measure itself ("wie viel Geld") nor a verb.
  const mass = countWord >= 0 && /viel$/.test(words[countWord]!);
  // The counted noun follows, perhaps after one adjective ("Wie viele neue Kredite …").
  const counted = countWord < 0 ? undefined : [1, 2].map((offset) => countWord + offset).find((at) => {
    const token = tokens[at];
    if (token === undefined || STOP_WORDS.has(words[at]!)) return false;
    // "wie viel investiert Voltaris": a verb right after "viel" ends the search.
    const verbFirst = mass && looksLikeVerb(tokens[countWord + 1]!, mixedCase, false, false);
    if (mass && (verbFirst || MEASURE_NOUNS.has(words[at]!) || looksLikeVerb(token, mixedCase, false, false))) return false;
    return mixedCase ? token.capitalized : at === countWord + 1;
  });
  const countedTerm = counted === undefined ? -1 : terms.findIndex((term) => term.words.includes(words[counted]!));
  // The noun a measure is asked of ("Wie hoch war der Pegel …") must share the sentence with the measure.
  const measuredTerm = markers && countedTerm < 0 ? terms.findIndex((term) => term.nounLike && !term.soft && !MEASURE_NOUNS.has(term.words[0]!) && !/^\d/.test(term.words[0]!)) : -1;
  return {
    focus,
    countedTerm,
    countsMass: mass && countedTerm >= 0,
    measuredTerm,
    terms,
    asksSummary: has(SUMMARY_WORDS) || /\bum was\b/.test(fold(question)),
    asksPhoto: has(PHOTO_WORDS),
    asksSource: has(SOURCE_WORDS),
    asksIdentity: IDENTITY.test(words.join(' ')),
  };
}
