/**
 * Reads a German question: what kind of answer it wants (intent) and which content words
 * it asks about. Stop words and question words never become content; generic verbs and
 * words about the article are soft; names are grouped ("Kim Jong Un" is one term). One pass
 * over the tokens; what each word is comes from a per-word table (question-words.ts).
 */
import { emptyPacked, packedMap } from '../text/packed-map.js';
import { tokenize, type Token } from '../text/normalize.js';
import { wordKeys } from '../text/keys.js';
import { impliedObject, isCommonNoun, isNeverNoun, standardVerb } from '../text/synonyms.js';
import { stem } from '../text/stem.js';
import { separableVerb } from './separable.js';
import { FACT } from '../text/facts.js';
import { isAreaNoun, isCostVerb, isMeasureNoun, isMoneyWord, isPartyWord, measureMarkers, measureStatedBy, type Marker } from './measure.js';
import { asksForNext, DISCUSSED, focusOf, HOLDS_OPINION, NAME_ASKING, pointsToSomeone, SOMEONE } from './question-focus.js';
import { misspeltName, nameKeys, nameLookupOf, withQuestionWordTypos } from './question-names.js';
import { askedFigures, countedAt, hyphenModifiers, isIdiomNoun, isIdiomVerb, looksLikeVerb, numberBefore, scan, timePrepositionOf } from './question-scan.js';
import { asksForCredit, asksWherePublished, BOTH, causeOfReasonNoun, classOf, FORM_OF_ADDRESS, isKindWord, isMediumNoun, isMeasure, isPlaceCategory, isReasonNoun, isTimeCategory, isTimePart, LEADER_NOUNS, MEASURE_NOUNS, NOUN_FOLLOWS, PLACE_PREPOSITION, reasonNounAt, TOTAL_WORDS, WHICH, type WordClass } from './question-words.js';

/** What the answer must contain, from the question word. */
export type Focus = 'count' | 'ordinal' | 'age' | 'time' | 'person' | 'place' | 'reason' | 'purpose' | 'means' | 'origin' | 'naming' | 'quote' | 'thing';

export interface Term {
  /** Folded words of the term (several for a grouped name). */
  words: string[];
  keys: string[];
  /** Generic word: may add to a match, never required. */
  soft: boolean;
  /** The noun a count question counts ("Wie viele Mahlzeiten …"): its synonyms count too ("3.200 Essen"). */
  counted?: boolean;
  /** The kind a "welche" question asks for ("Welcher Vogel …"): a member of the kind meets it (see siblingMatches). */
  category?: boolean;
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
  /** Written as an abbreviation ("OB", "vvk"): may stand for an article word with these initials. */
  abbreviation?: boolean;
  /** One letter or digit naming which one ("Zone B"): a sentence answering must hold it, like a number. */
  identifier?: boolean;
  /** For a measure: keys of the words that state it outright ("lange", "Länge" for "wie lang"). */
  statedBy?: string[];
  /** "in Dresden", "am Klinikum Westerfeld": the key of the place's name, which a sentence answering must hold itself. */
  placeKey?: string;
  /** The keys of each number word right before the noun ("fünf Millionen Granaten" -> [[fuenf], [million]]). */
  afterNumber?: string[][];
  /** One of two words joined by "oder" ("Kerzen oder Blumen"): the article need not have both. */
  either?: boolean;
  /** A common noun after a preposition ("vor der Reise", "für die Granaten"): a circumstance of what is asked about. */
  inPhrase?: boolean;
  /** A noun of a subordinate clause ("…, die noch keine Bleibe haben", "…, wenn der Pegel steigt"): a circumstance too. */
  inClause?: boolean;
}

/** A worry a reader asks of the story's event (see ParsedQuestion.asksConcern). */
export type Concern = 'casualties' | 'jobs';

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
  /** "Worum geht es bei der Firma Wiegand?", "Fass zusammen, was …": the gist is asked (not "Was passiert mit …"). */
  asksGist: boolean;
  asksPhoto: boolean;
  /** A photo question asks who took it ("gemacht", "von wem"), not who is on it. */
  asksPhotographer: boolean;
  /** A photo question asks who or what is on it ("Wer ist auf dem Foto rechts?", "Was ist im Bild zu sehen?"). */
  asksShown: boolean;
  asksSource: boolean;
  /** Words that ask for further reading ("weiterführende Artikel") were present. */
  asksRelated: boolean;
  /** "Wo kann ich News.de folgen?": asks where to follow the publisher (a verb of following was present). */
  asksFollow: boolean;
  /** "Wer ist der größte Kunde?", "Wer leitet …" ('who'), "Wie heißt der Kapitän?" ('name'): only a name answers it; else null. */
  asksIdentity: 'who' | 'name' | null;
  /** A kind and the name of the one of it asked about ("der Stadtteil Ostfeld"), folded, or null. */
  apposition: Apposition | null;
  /** The article's names the question names ("Martin Brandl"), folded words. */
  askedNames: string[][];
  /** "Wie viele Busse … insgesamt?": asks for a total, which a sentence must state as one ("insgesamt", "Gesamtschaden"). */
  asksTotal: boolean;
  /** "Wie viel hat … genau gekostet?": asks for an exact figure, not "mehrere Tausend Euro". */
  asksExact: boolean;
  /** "Wie oft …", "Wie häufig …": asks how often, which "wöchentlich" or "einmal im Monat" answers as well as a number. */
  asksFrequency: boolean;
  /** "Seit wann gibt es die Compagnie?": since when something exists, which its founding answers. */
  asksExistence: boolean;
  /** The figures the question itself names, as written ("4.000" in "… für die 4.000 Euro?"). */
  figures: readonly string[];
  /** "Wann ist die nächste Bürgermeisterwahl?": asks when the next one is, which a sentence must say it is. */
  asksNext: boolean;
  /** "Wer ist Thomas Brückner?": the one term (index into `terms`) whose role is asked for, or -1. */
  whoIsTerm: number;
  /** "Seit wann …", "Bis wann …": the preposition a time answering it likely follows, else null. */
  timePreposition: string | null;
  /** "Ab wann …", "Ab welchem Tag …": asks when something starts, which "ab dem 1. März" or "zum 1. Juli" answers. */
  asksStart: boolean;
  /** "Um wie viel Uhr …", "Zu welchen Uhrzeiten …": asks for a time of day, which only a sentence with an hour answers. */
  asksClock: boolean;
  /** "Was mache ich mit …", "Wie soll man …": asks for advice, which the article's advice passages give. */
  asksAdvice: boolean;
  /** "Was soll ich tun, wenn …", "Was soll man machen …", "Wie verhält man sich …": asks what to do, which advice answers. */
  asksWhatToDo: boolean;
  /** The category noun of "Welche Firma …" (index into `terms`), or -1: the answer must be of that kind. */
  categoryTerm: number;
  /** "Ab welchem Alter dürfen Kinder mit?", "Wie alt muss man sein, um …": asks for an age limit. */
  asksAgeLimit: boolean;
  /**
   * A worry the story's event raises, asked in the reader's words: "Wurde jemand verletzt?" ('casualties', which "Verletzt
   * wurde niemand" answers), "Müssen die Mitarbeiter um ihren Job bangen?" ('jobs': "Kündigungen soll es nicht geben").
   */
  asksConcern: Concern | null;
}

/** Words of people hurt or killed, folded: a cheap test before CASUALTY_QUESTION. */
const CASUALTY_WORDS: ReadonlySet<string> = new Set(['verletzt', 'verletzte', 'verletzten', 'getoetet', 'gestorben', 'schaden', 'leben', 'tote', 'toten']);
/** "Wurde jemand verletzt?", "Sind Menschen zu Schaden gekommen?", "Gab es Verletzte?", folded. */
const CASUALTY_QUESTION = /\b(?:jemand|wer|menschen|personen|leute)\b.*\b(?:verletzt|getoetet|gestorben|zu schaden|ums leben)\b|\bgab es (?:auch )?(?:verletzte|tote)\b/;

/** Words of a job, folded: a cheap test before JOB_QUESTION. */
const JOB_WORDS: ReadonlySet<string> = new Set(['job', 'jobs', 'arbeitsplatz', 'arbeitsplaetze', 'stelle', 'stellen', 'entlassen', 'entlassungen', 'gekuendigt',
  'kuendigungen', 'gehen']);
/** "Müssen die Mitarbeiter um ihren Job bangen?", "Verlieren die Leute ihren Job?", "Müssen Mitarbeiter gehen?", folded. */
const JOB_QUESTION = /\b(?:job|jobs|arbeitsplatz|arbeitsplaetze|stelle|stellen)\b.*\b(?:bangen|angst|fuerchten|verlieren|sorgen|sicher)\b|\b(?:bangen|angst|fuerchten|verlieren|sorgen)\b.*\b(?:job|jobs|arbeitsplatz|arbeitsplaetze|stelle|stellen)\b|\b(?:entlassen|gekuendigt|kuendigungen|entlassungen)\b|\b(?:mitarbeiter|beschaeftigte|angestellte|leute)\b.*\bgehen\b/;

/** Whether a question asks yes or no: it opens with a verb, not with a question word ("Wurde jemand verletzt?", "Und gab es …"). */
function asksYesOrNo(words: readonly string[], classes: readonly WordClass[]): boolean {
  const first = words[0] === 'und' ? 1 : 0;
  return words.length > first && !classes[first]!.question;
}

/** The worry a yes-or-no question asks of the story's event (see ParsedQuestion.asksConcern), or null. */
function concernOf(words: readonly string[], sentence: () => string): Concern | null {
  if (words.some((word) => CASUALTY_WORDS.has(word)) && CASUALTY_QUESTION.test(sentence())) return 'casualties';
  return words.some((word) => JOB_WORDS.has(word)) && JOB_QUESTION.test(sentence()) ? 'jobs' : null;
}

/** Nouns a duration asked for is of ("Wie lange hat man Zeit …", "Wie lange ist die Dauer …"), folded. */
const DURATION_NOUNS: ReadonlySet<string> = new Set(['zeit', 'dauer', 'zeitraum', 'frist']);

/** A question for an age limit, folded: "ab welchem alter", or "wie alt" with a verb of must or may. */
const AGE_LIMIT_QUESTION = /\bab welchem alter\b|\bwie alt (?:muss|muessen|musst|darf|duerfen|sollte|sollten)\b/;

/** Asks who exactly: "wer ist der …", "wer sitzt/leitet/führt …". */
const IDENTITY = /\bwer (ist|is|sind|war|waren) (der|die|das|den)\b|\bwie (heisst|heissen|hiess) (der|die|das|den)\b|\bwer (sitzt|sassen|sass|leitet|leitete|fuehrt|fuehrte|regiert|trainiert|besitzt)\b/;
/** Prepositions before "wann" ("ab wann", "seit wann", "bis wann"), folded. */
const TIME_PREPOSITIONS: ReadonlySet<string> = new Set(['ab', 'seit', 'bis']);

/**
 * Prepositions and articles of a phrase that puts a noun beside what is asked ("vor der Reise", "für die Granaten"),
 * folded. Not those of place and origin ("in Hamburg", "am Kiosk", "aus der Kasse"): where and whence are what a
 * question often hinges on.
 */
const PHRASE_PREPOSITIONS: ReadonlySet<string> = new Set(['vor', 'nach', 'mit', 'zu', 'zum', 'zur', 'durch', 'fuer', 'gegen', 'ohne', 'um', 'waehrend', 'wegen', 'trotz', 'seit', 'unter', 'ueber']);
const PHRASE_ARTICLES: ReadonlySet<string> = new Set(['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einem', 'einen', 'einer', 'eines', 'seiner', 'seinem', 'seinen', 'ihrer', 'ihrem', 'ihren']);

/** A first-person or general request for advice: "was mache ich", "was soll ich tun", "wie sollte man …". */
const ADVICE = /^(was|wie) (mache|tue|soll|sollte|kann|muss|darf|verhalte) (ich|man)\b|^was (soll|sollte|kann|muss) (ich|man) \S+ tun\b/;
/** A request for what to do ("was soll ich tun, wenn …", "was sollte man machen", "wie verhält man sich"), folded. */
const WHAT_TO_DO = /^(?:was|wie) (?:mache|tue|soll|sollte|sollten|kann|muss) (?:ich|man|wir)\b.*\b(?:tun|machen)\b|^wie (?:verhalte|verhaelt|verhalten) (?:ich|man|wir)\b|^wie (?:soll|sollte) (?:ich|man) sich verhalten\b/;
/*
 * Word lists tested on every word of every question: sets of folded words, not anchored regexes
 * (a Set lookup is several times cheaper than a regex run and matches exactly the same words).
 */
const WHICH_OR_WHOSE: ReadonlySet<string> = new Set(['welche', 'welchem', 'welchen', 'welcher', 'welches', 'wessen', 'wieviele', 'wievielen']);
const AGE_NOUN: ReadonlySet<string> = new Set(['alter', 'alters']);
/** Hedges that, after "wie", ask the degree itself ("Wie wahrscheinlich …", "Wie sicher …"), folded. */
const DEGREE_ASKED: ReadonlySet<string> = new Set(['wahrscheinlich', 'sicher']);
/** "Zone B", "Gleis 3": one capital letter or digit, as written. */
const ONE_LETTER_OR_DIGIT = /^[A-Z0-9]$/;

/**
 * "Wie viel ist Grünstapel jetzt wert?": after "ist" the closing lower-case word is the
 * predicate, what the question is about; an article without it does not answer (made a noun-like term).
 */
function predicateOfCopula(last: Token | undefined, terms: Term[], question: string): void {
  // An adverb or adjective the lexicon knows only in lower case ("unterwegs", "giftig") is how, not what. After a comma the
  // last word ends a clause of its own: its verb ("Wie hoch ist das Darlehen, das der Verein aufnimmt?").
  if (!last || question.lastIndexOf(',', last.start) >= 0 || last.capitalized || classOf(last.folded).participle || isNeverNoun(last.folded)) return;
  const term = terms.find((candidate) => candidate.words.length === 1 && candidate.words[0] === last.folded);
  if (!term || term.soft || terms.some((other) => other !== term && other.verbLike && !other.soft)) return;
  term.verbLike = false;
  term.nounLike = true;
}

/** "Kerzen oder Blumen": the nouns on both sides of "oder" are alternatives (see Term.either). */
function markAlternatives(words: readonly string[], terms: readonly Term[]): void {
  for (let i = 1; i + 1 < words.length; i++) {
    if (words[i] !== 'oder') continue;
    const before = terms.find((term) => term.nounLike && term.words[term.words.length - 1] === words[i - 1]);
    const after = terms.find((term) => term.nounLike && term.words[0] === words[i + 1]);
    if (!before || !after) continue;
    before.either = true;
    after.either = true;
  }
}

/** "Wer ist X?" asks for X's role. */
const WHO_IS = /^wer (ist|is|war|sind|waren) /;
/** "Als was wird Kim bezeichnet?", "als was arbeitet sie": asks, like "Wer ist …?", for the role the article gives a person. */
const AS_WHAT = /^als was (wird|werden|wurde|wurden|bezeichnet|bezeichnen|gilt|galt|arbeitet|arbeitete|arbeiten) /;

/** Abbreviations: capitals ("OB") or consonants only ("vvk"). */
const ABBREVIATION_CAPITALS = /^[A-ZÄÖÜ]+$/;
/** Common abbreviations of roles in German news and questions, folded, with the role written out. */
const ROLE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['ob', 'oberbuergermeister'], ['obm', 'oberbuergermeister'], ['bm', 'buergermeister'], ['gf', 'geschaeftsfuehrer'],
  ['mp', 'ministerpraesident'], ['vds', 'vorsitzender'], ['ceo', 'chef'],
]);
const ABBREVIATION_CONSONANTS = /^[bcdfghjklmnpqrstvwxz]+$/;

/** Articles, prepositions, "viele" and "welche": in a lower-case question the word after one is a noun or adjective, never the verb. */
const NOUN_SLOT = new Set(['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'im', 'am', 'beim', 'zum', 'zur',
  'vom', 'ins', 'fuer', 'mit', 'bei', 'von', 'aus', 'nach', 'ohne', 'gegen', 'ueber', 'durch', 'zwischen', 'wegen', 'unter', 'pro', 'je', ...NOUN_FOLLOWS]);

/** Articles of a genitive or "von" after a noun ("der Chef der Firma", "die Leiterin des Amts", "der Chef vom Bauhof"), folded. */
const GENITIVE_ARTICLES: ReadonlySet<string> = new Set(['der', 'des', 'von', 'vom']);

/** Soft verb forms that are nouns too ("stand" ~ "der Stand", "los" ~ "das Los"), folded. */
const SOFT_VERB_NOUNS: ReadonlySet<string> = new Set(['stand', 'los']);
/** Whether a soft verb form is written as a noun: capitalised inside a question with capitals ("für seinen Stand"). */
function nounOfSoftVerb(token: Token, i: number, mixedCase: boolean): boolean {
  return mixedCase && i > 0 && token.capitalized && SOFT_VERB_NOUNS.has(token.folded);
}

/** Personal pronouns: the word before one at the start of a question is its verb; before "ich", "wir", "man" also later, without capitals. */
const PRONOUNS = new Set(['ich', 'du', 'er', 'sie', 'es', 'wir', 'ihr', 'man']);
/** Words opening a subject right after a yes/no question's verb ("Gilt das auch …", "Fährt der Bus …", "Gibt es …"), folded. */
const SUBJECT_START = new Set(['das', 'dies', 'der', 'die', 'den', 'dem', 'ein', 'eine', 'einen', 'einem', 'diese', 'dieser', 'dieses']);
/** Conjunctions opening a clause whose verb comes last ("wenn man beitritt", "dass er kommt"), folded. */
const SUBORDINATORS: ReadonlySet<string> = new Set(['wenn', 'dass', 'weil', 'ob', 'falls', 'bevor', 'nachdem', 'sobald', 'damit', 'obwohl', 'sodass']);
/** A comma right after a word: its clause ends there. */
const CLAUSE_END = /^\s*,/;
/** Prepositions a "welche" question may open with ("Bei welcher Bank …", "In welcher Zeitung …"), folded. */
const OPENING_PREPOSITIONS: ReadonlySet<string> = new Set(['bei', 'an', 'aus', 'mit', 'von', 'fuer', 'ueber', 'unter', 'vor', 'gegen', 'in']);

/** The term of the kind a "welche" question asks for ("Welche Firma …", "Bei welcher Bank …"), or -1. */
function categoryOf(words: readonly string[], terms: readonly Term[]): number {
  const at = whichAt(words);
  if (at < 0) return -1;
  const nounAt = (i: number): number => terms.findIndex((term) => term.nounLike && !term.soft && term.words[0] === words[i]);
  // ("Welche russischen Flugzeugtypen …": an inflected adjective may stand between.)
  const next = nounAt(at + 1);
  return next >= 0 || !ATTRIBUTIVE_ENDING.test(words[at + 1] ?? '') ? next : nounAt(at + 2);
}

/** Where a question opens with "welche", perhaps after a preposition ("Bei welcher Bank …"), or -1. */
function whichAt(words: readonly string[]): number {
  return WHICH.has(words[0] ?? '') ? 0 : OPENING_PREPOSITIONS.has(words[0] ?? '') && WHICH.has(words[1] ?? '') ? 1 : -1;
}

/** The noun of the kind a "welche" question asks for, also after an adjective ("Welcher seltene Vogel …"), or -1. */
function kindAsked(words: readonly string[], terms: readonly Term[], category: number): number {
  if (category >= 0) return category;
  const at = whichAt(words);
  return at < 0 || terms.some((term) => term.words[0] === words[at + 1] && term.nounLike) ? -1
    : terms.findIndex((term) => term.nounLike && !term.soft && term.words[0] === words[at + 2]);
}

/** Nouns of a government, folded; before "in"/"von" they stand for the place named ("das Regime in Pjöngjang"). */
const GOVERNMENT_NOUNS: ReadonlySet<string> = new Set(['regime', 'regierung', 'fuehrung', 'staatsfuehrung', 'landesregierung', 'machthaber']);
/** Prepositions before the place a noun of government stands for, folded. */
const PLACE_AFTER: ReadonlySet<string> = new Set(['in', 'von']);
/** Indefinite articles, folded. */
const INDEFINITE: ReadonlySet<string> = new Set(['ein', 'eine', 'einen', 'einem', 'einer']);
const FIRST_PERSON_SUBJECT = new Set(['ich', 'wir', 'man']);


/** A kind and a name after it in a question ("der Stadtteil Ostfeld", "die Firma Hellwig"): the kind's key, the name folded. */
export interface Apposition { kindKey: string; name: string }

/**
 * The first common noun followed by a name the article has ("der Stadtteil Ostfeld"), or null. A sentence naming another of
 * that kind the same way ("den Stadtteil Lützelau") is about the other one (see namesOtherOfKind).
 */
function appositionOf(tokens: readonly Token[], articleWords: ReadonlyMap<string, unknown> | undefined): Apposition | null {
  if (!articleWords) return null;
  for (let i = 1; i < tokens.length; i++) {
    const kind = tokens[i - 1]!;
    const name = tokens[i]!;
    if (kind.capitalized && name.capitalized && !name.sentenceStart && kind.folded.length >= 3 && name.folded.length >= 3
      && articleWords.has(name.folded) && !isCommonNoun(name.folded) && namesKind(kind.folded)) return { kindKey: wordKeys(kind.folded)[0]!, name: name.folded };
  }
  return null;
}

/** Whether a folded capitalised word is a common noun or a compound headed by one ("Nachbargemeinde"), not a first name. */
function namesKind(word: string): boolean {
  if (isCommonNoun(word)) return true;
  for (let cut = MIN_HEAD_CUT; cut <= word.length - MIN_KIND_HEAD; cut++) if (isCommonNoun(word.slice(cut))) return true;
  return false;
}
/** Letters of a compound's first part and of its head, at least, for namesKind. */
const MIN_HEAD_CUT = 3;
const MIN_KIND_HEAD = 4;

/** Inflection endings of an adjective before its noun ("ein normales Brötchen"), folded. */
const ATTRIBUTIVE_ENDING = /(?:e|es|en|er|em)$/;

/**
 * Whether the word at `i` of a question without case information stands between an article and another word, with an
 * adjective's ending: "ein normales weizenbrötchen" asks about the roll, "normales" only says which.
 */
function attributive(words: readonly string[], i: number): boolean {
  const next = words[i + 1];
  if (i === 0 || next === undefined || !PHRASE_ARTICLES.has(words[i - 1]!) || !ATTRIBUTIVE_ENDING.test(words[i]!) || next.length < 4) return false;
  const cls = classOf(next);
  // ("die kosten steigen": the word after is a verb, so the one before it is the noun.)
  return !cls.stop && !isNeverNoun(next) && (isCommonNoun(next) || (!cls.verbForm && !cls.infinitiveLike));
}

/** Words asking what a photo shows, folded: "auf dem Foto", "im Bild", "zu sehen". */
const SHOWN = /\b(?:auf (?:dem|den) (?:foto|fotos|bild|bildern)|im bild|zu sehen|abgebildet)\b/;

/** The word of being against that a question of who opposes something is read with (see opposes). */
const AGAINST_WORD = 'dagegen';
/** Verbs of being, voting or fighting against something with "gegen", folded. */
const OPPOSING_VERBS: ReadonlySet<string> = new Set(['ist', 'sind', 'war', 'waren', 'stimmt', 'stimmen', 'stimmte', 'stimmten', 'gestimmt', 'votiert', 'votierte', 'votierten',
  // "Wer wehrt sich gegen die Trasse?", "Wer protestiert gegen …": who opposes it.
  'wehrt', 'wehren', 'wehrte', 'wehrten', 'protestiert', 'protestieren', 'protestierte', 'protestierten', 'kaempft', 'kaempfen', 'kaempfte', 'kaempften']);

/** Whether "gegen" at `at` asks who is against something: in a question for who or which, with a verb of being, voting or fighting. */
function opposes(words: readonly string[], at: number): boolean {
  const asker = words[0] === 'und' ? words[1] : words[0];
  return at > 0 && (asker === 'wer' || WHICH.has(asker ?? '')) && words.some((word) => OPPOSING_VERBS.has(word));
}

/** Verbs of existing, folded ("gibts" as written for "gibt es"): "Seit wann gibts die Firma?" asks since when it exists. */
const EXISTS: ReadonlySet<string> = new Set(['existiert', 'besteht', 'gibts', 'gabs']);

/** Forms of "gelten", folded: "Ab wann gilt das neue Porto?" asks when it starts, which "zum 1. Juli" says without the verb. */
const VALID_VERB: ReadonlySet<string> = new Set(['gilt', 'gelten', 'galt', 'galten', 'gegolten']);

/** "Ab wann …", "Seit wann …", "Bis wann …", "Wie lange …": a question of a start, an end or a span. */
function asksWhenValid(words: readonly string[]): boolean {
  return words.some((word, i) => ((word === 'ab' || word === 'seit') && words[i + 1] === 'wann') || (word === 'wie' && words[i + 1] === 'lange'));
}

/** "In welchem Takt fahren die Busse?" asks how often, which "alle 10 Minuten" answers without the word, folded. */
const RHYTHM_NOUNS: ReadonlySet<string> = new Set(['takt', 'takte', 'taktung', 'rhythmus', 'turnus']);
/** Words asking for opening hours, folded. */
const OPENING_HOURS: ReadonlySet<string> = new Set(['oeffnungszeit', 'oeffnungszeiten', 'sprechzeit', 'sprechzeiten', 'sprechstunde', 'sprechstunden']);
/** Words saying something is open, folded ("Zu welchen Zeiten hat das Museum geöffnet?"). */
const OPEN_WORDS: ReadonlySet<string> = new Set(['geoeffnet', 'offen', 'oeffnet', 'oeffnen', 'auf']);
/** Parts of the day said as adverbs, folded: in a question asking when, they say which time is meant ("ab wann … abends"). */
const DAY_PARTS: ReadonlySet<string> = new Set(['morgens', 'vormittags', 'mittags', 'nachmittags', 'abends', 'nachts']);

/** A term with every field set (one object shape for all terms keeps the engine's code monomorphic). */
function newTerm(words: string[], keys: string[], soft: boolean, verbLike: boolean, separated: string[] | undefined, nounLike: boolean | undefined): Term {
  return { words, keys, soft, verbLike, separated, nounLike, markers: undefined, markersRequired: undefined, abbreviation: undefined, identifier: undefined, statedBy: undefined, afterNumber: undefined, placeKey: undefined, either: undefined };
}

/** A compound of "gesamt" and a noun of four letters at least ("gesamtschaden"), folded. */
const TOTAL_PREFIX = /^gesamt\p{L}{4,}$/u;
const TOTAL_PREFIX_LENGTH = 'gesamt'.length;

/** Relative pronouns opening a clause after a comma ("Erstsemester, die noch keine Bleibe haben"), folded. */
const RELATIVES: ReadonlySet<string> = new Set(['der', 'die', 'das', 'dem', 'den', 'deren', 'dessen', 'denen']);

/** Where the question's first subordinate clause starts (a comma before a conjunction or relative pronoun), or -1. */
function subordinateClauseStart(question: string, tokens: readonly Token[]): number {
  const comma = question.indexOf(',');
  if (comma < 0) return -1;
  const next = tokens.find((token) => token.start > comma);
  return next && (SUBORDINATORS.has(next.folded) || RELATIVES.has(next.folded)) ? comma : -1;
}

/** The index of the noun a measure is asked of: the first content noun, not a modifier before a hyphen. */
function measuredNoun(terms: readonly Term[], modifiers: readonly string[], payer: string | undefined): number {
  const measurable = (term: Term): boolean => term.nounLike === true && !term.soft && !MEASURE_NOUNS.has(term.words[0]!) && !classOf(term.words[0]!).digit && !modifiers.includes(term.words[0]!);
  // "Was kostet den Verein ein Heimspieltag?": the price is of the match day; the club pays it.
  const priced = payer === undefined ? -1 : terms.findIndex((term) => measurable(term) && term.words[0] !== payer);
  return priced >= 0 ? priced : terms.findIndex(measurable);
}

/** Articles of the one a price is charged to, right after "kostet" ("kostet den Verein", "kostet dem Land"), folded. */
const PAYER_ARTICLES: ReadonlySet<string> = new Set(['den', 'dem', 'einen', 'einem']);

/** The noun after "kostet den …" (folded), whom the price is charged to, not what it is the price of. */
function payerOfPrice(words: readonly string[]): string | undefined {
  const at = words.findIndex((word, i) => isCostVerb(word) && PAYER_ARTICLES.has(words[i + 1] ?? ''));
  return at < 0 ? undefined : words[at + 2];
}

/**
 * Parses a question against the names of one article (grouping "Kim Jong Un" into one term), its words, and the words it
 * writes only with a capital (ArticleIndex.capitalOnly), which a question without capitals has as nouns.
 */
export function parseQuestion(question: string, names: readonly string[][], articleWords?: ReadonlyMap<string, unknown>, capitalOnly?: ReadonlySet<string>): ParsedQuestion {
  const tokens = withQuestionWordTypos(tokenize(question));
  const classes: WordClass[] = [];
  const { mixedCase, copula, summary, wholeSummary, gist, photo, source, related, follow } = scan(tokens, classes);
  const separable = separableVerb(tokens, mixedCase, isMeasure);
  // Pushed, not mapped: `map` gives a packed or a holey array by the JIT tier running it, and every
  // reader of `words` optimised for one kind is thrown back to the interpreter by the other.
  const words: string[] = [];
  const wordClasses: WordClass[] = [];
  const wordCount = separable ? tokens.length - 1 : tokens.length;
  for (let i = 0; i < wordCount; i++) {
    const joined = i === separable?.verb;
    words.push(joined ? separable.joined : tokens[i]!.folded);
    wordClasses.push(joined ? classOf(separable.joined) : classes[i]!);
  }
  const focus = focusOf(words, wordClasses);
  const terms: Term[] = [];
  const askedNames: string[][] = [];
  // Keys and names taken (a handful: a list is cheaper than a set).
  const seen: string[] = [];
  const clauseStart = subordinateClauseStart(question, tokens);
  const nameLookup = nameLookupOf(names);
  const firstQuestion = words.length > 0 && wordClasses[0]!.question && !WHICH_OR_WHOSE.has(words[0]!);
  // "ab wann gilt …", "seit wann ist …": after a preposition and its question word, the verb comes third.
  const afterTimeQuestion = words.length > 2 && words[1] === 'wann' && TIME_PREPOSITIONS.has(words[0]!);

  for (let i = 0; i < tokens.length; i++) {
    if (i === separable?.particle) continue;
    // (A word written in lower case in a question with capitals is no name misspelt: "Warum sind die Fans sauer?" is no "Sauter".)
    const mayBeName = !mixedCase || tokens[i]!.capitalized;
    const name = words[i]!.length >= 3 ? nameLookup.byWord.get(words[i]!) ?? (mayBeName ? misspeltName(nameLookup, words[i]!, classes[i]!, articleWords) : undefined) : undefined;
    if (name && !classes[i]!.stop) {
      const group = [words[i]!];
      // Bounded by the words, which lack the particle of a separable verb: no read past their end (see isPlaceCategory).
      while (i + group.length < words.length && name.includes(words[i + group.length]!)) group.push(words[i + group.length]!);
      const id = name.join(' ');
      if (!seen.includes(id)) {
        const term = newTerm(group, nameKeys(name), false, false, undefined, true);
        if (words[i - 1] === PLACE_PREPOSITION) term.placeKey = wordKeys(group[group.length - 1]!)[0];
        terms.push(term);
        // ("Was sagt der Chef der Verkehrsbetriebe?" asks the words of its head, not of the firm.)
        if (!(focus === 'quote' && i >= 2 && GENITIVE_ARTICLES.has(words[i - 1]!) && LEADER_NOUNS.has(words[i - 2]!))) askedNames.push(name);
      }
      seen.push(id);
      i += group.length - 1;
      continue;
    }
    const token = tokens[i]!;
    // "Frau Hofmann", "Herrn Keil": the form of address before a name is no content; articles name people without it.
    if (FORM_OF_ADDRESS.has(words[i]!) && words[i + 1] && (tokens[i + 1]!.capitalized || nameLookup.byWord.get(words[i + 1]!))) continue;
    const own = classes[i]!;
    const isVerb = i === separable?.verb;
    // "Krieg ich mein Geld zurück?", "Gilt das auch fürs Parkhaus?": a first word before a pronoun, an article or a
    // demonstrative is the finite verb of a yes/no question.
    // So is a word before "ich" later in a question without capitals ("wie viel entschädigung krieg ich"): the subject follows the verb.
    const verbFirst = (i === 0 && !own.question && (PRONOUNS.has(words[1] ?? '') || SUBJECT_START.has(words[1] ?? ''))) || (i > 0 && !mixedCase && FIRST_PERSON_SUBJECT.has(words[i + 1] ?? '') && !own.stop && !own.question);
    // "Wer ist OB?": a common abbreviation of a role is read as the role written out.
    const spelledOut = ROLE_ABBREVIATIONS.has(token.folded) && ABBREVIATION_CAPITALS.test(token.surface) ? ROLE_ABBREVIATIONS.get(token.folded) : undefined;
    // "Was war die Ursache für das Feuer?" asks why the fire broke out: the cause noun is only a soft word (an article may
    // say "Die Ursache ist unklar"); "die Brandursache" names the fire.
    const reasonNoun = focus === 'reason' && reasonNounAt(words, i);
    const cause = reasonNoun ? causeOfReasonNoun(words[i]!) : null;
    const word = cause ?? spelledOut ?? (isVerb ? separable.joined : verbFirst ? standardVerb(token.folded) : own.standard);
    const cls = word === token.folded ? own : classOf(word);
    // "Wie alt ist die neue OB?": capitals make an abbreviation, even of a stop word's letters; so does no vowel, but not in "bzw".
    const abbreviation = !spelledOut && token.surface.length >= 2 && token.surface.length <= 5 && (ABBREVIATION_CAPITALS.test(token.surface) || (!cls.stop && ABBREVIATION_CONSONANTS.test(token.folded)));
    // "Zone B", "Gleis 3": one letter or digit after a noun names which one; the answer must hold it.
    if (word.length === 1 && ONE_LETTER_OR_DIGIT.test(token.surface) && tokens[i - 1]?.capitalized) {
      const identifier = newTerm([word], [word], false, false, undefined, true);
      identifier.identifier = true;
      terms.push(identifier);
      continue;
    }
    // "Wer ist gegen das Verbot?", "Welche Partei hat gegen den Haushalt gestimmt?" ask who is against, as "dagegen" does.
    if (word === 'gegen' && opposes(words, i)) {
      if (!seen.includes(AGAINST_WORD)) terms.push(newTerm([AGAINST_WORD], wordKeys(AGAINST_WORD), false, false, undefined, false));
      seen.push(AGAINST_WORD);
      continue;
    }
    if ((cls.stop && !abbreviation) || cls.question || word.length < 2) continue;
    if (word.startsWith('viel') && words[i - 1] === 'wie') continue;
    // "Gesamtschaden", "Gesamtkosten": the whole of the thing its head names, which the article may give without "gesamt".
    const keys = TOTAL_PREFIX.test(word) ? [...cls.keys, ...wordKeys(word.slice(TOTAL_PREFIX_LENGTH))] : cls.keys;
    if (seen.includes(keys[0]!)) continue;
    seen.push(keys[0]!);
    // "die beiden Länder" points back to two things the article names: it need not use the noun.
    // "Art" in "Welche Art von …" names no content of its own. "Welche Orte …" asks where (focus place): the noun is only a
    // soft word ("Zu welcher Gemeinde gehört das Dorf?": a sentence naming the kind of place answers a little better).
    if (isTimeCategory(words, i) || isTimePart(words, i) || isKindWord(words, i) || isIdiomVerb(words, i)) continue;
    const placeKind = isPlaceCategory(words, i);
    const pointsBack = BOTH.has(words[i - 1] ?? '');
    // "Wie bezeichnet Putin Nordkorea als Partner?": the word after "als" is what the answer calls it, not what it must say;
    // "hält" in "Was hält X von Y?" only asks for an opinion.
    const namedAs = ((focus === 'naming' || focus === 'quote') && words[i - 1] === 'als') || (focus === 'quote' && (HOLDS_OPINION.has(word) || DISCUSSED.has(word)));
    // ("Wofür sollen die Satelliten gut sein?": "gut" only asks the purpose.)
    const soft = !isVerb && ((words[i - 1] === 'wie' && cls.measure) || (focus === 'origin' && cls.receiving) || (focus === 'age' && AGE_NOUN.has(word)) || (focus === 'purpose' && word === 'gut')
      || (SOMEONE.has(word) && pointsToSomeone(words, i, focus, question)) || (cls.soft && !nounOfSoftVerb(token, i, mixedCase)) || (follow && cls.followWord) || pointsBack || namedAs || placeKind
      || RHYTHM_NOUNS.has(word) || (VALID_VERB.has(word) && asksWhenValid(words)) || (reasonNoun && cause === null) || (focus === 'time' && DAY_PARTS.has(word)));
    const separated = isVerb ? [stem(token.folded), stem(tokens[separable.particle]!.folded)] : undefined;
    // Without case information, a word after an article or preposition ("die feuerwehrleute", "für landwirte") is no verb.
    // ("wie viel knete …": after "viel", a word for money is its noun, not a verb's form.)
    const nounSlot = !mixedCase && !isVerb && i > 0 && (NOUN_SLOT.has(words[i - 1]!) || (words[i - 1]!.endsWith('viel') && isMoneyWord(word)));
    // "…, wenn man beitritt": after a conjunction and a pronoun, the clause's last word is its verb, also without capitals.
    const clauseVerb = !mixedCase && i >= 2 && PRONOUNS.has(words[i - 1]!) && SUBORDINATORS.has(words[i - 2]!)
      && (i === tokens.length - 1 || CLAUSE_END.test(question.slice(token.start + token.surface.length)));
    // Without capitals, a word the article writes only with one inside a sentence is a noun ("wer ist landrat im ammertal").
    const articleNoun = !mixedCase && capitalOnly?.has(word) === true;
    const verbLike = !spelledOut && cause === null && !nounSlot && !articleNoun && (word !== token.folded || verbFirst || clauseVerb || looksLikeVerb(token, own, mixedCase, i === 0 && !own.question, (i === 1 && firstQuestion) || (i === 2 && afterTimeQuestion)));
    // A particle left at the end ("Wie weit war der Wolf weg?") belongs to the verb, not to the content.
    // So does one written in lower case in a question with capitals, or after "weit" ("Wie weit weg …"): it is no noun ("den Weg").
    const looseParticle = !isVerb && cls.particle && (i === tokens.length - 1 || (mixedCase && !token.capitalized) || words[i - 1] === 'weit');
    // ("Wie wahrscheinlich ist es, …?" asks the probability itself.)
    const filler = (cls.filler && !(words[i - 1] === 'wie' && DEGREE_ASKED.has(word))) || looseParticle || isIdiomNoun(word, words[i - 1]);
    // Without case information, a word the lexicon knows only in lower case ("einfach", "offizielle") is no noun.
    const nounLike = !verbLike && !filler && (mixedCase ? token.capitalized : !isNeverNoun(word) && !attributive(words, i));
    // "das Regime in Pjöngjang", "die Führung in Moskau": the place stands for its government; the noun says nothing more.
    const government = nounLike && GOVERNMENT_NOUNS.has(word) && PLACE_AFTER.has(words[i + 1] ?? '');
    // "Als was für einen Partner bezeichnet Putin Nordkorea?": the noun only frames the name asked for ("Unterstützer").
    const framesName = nounLike && focus === 'naming' && i >= 3 && INDEFINITE.has(words[i - 1]!) && words[i - 2] === 'fuer' && words[i - 3] === 'was';
    const term = newTerm([word], keys, soft || filler || government || framesName, verbLike, separated, nounLike || abbreviation);
    if (abbreviation) term.abbreviation = true;
    if (nounLike) term.afterNumber = numberBefore(words, i);
    // (A name is no circumstance: "mit Steinau" names who. An adjective made a noun is none: "für Erwachsene".)
    if (nounLike && i >= 2 && (PHRASE_PREPOSITIONS.has(words[i - 1]!) || (PHRASE_ARTICLES.has(words[i - 1]!) && PHRASE_PREPOSITIONS.has(words[i - 2]!)))
      && (isCommonNoun(word) || (mixedCase && token.capitalized && isNeverNoun(word)))) term.inPhrase = true;
    if (nounLike && clauseStart >= 0 && token.start > clauseStart) term.inClause = true;
    // "Wie lange haben die Freibäder in Dresden geöffnet?" is not answered by "In Leipzig haben die Freibäder …".
    if (nounLike && mixedCase && token.capitalized && words[i - 1] === PLACE_PREPOSITION && !isCommonNoun(word)) term.placeKey = keys[0];
    terms.push(term);
  }
  // ("ab wann gilt das": with nothing else asked, "gilt" is what the question is about.)
  if (terms.every((term) => term.soft)) for (const term of terms) if (VALID_VERB.has(term.words[0]!)) term.soft = false;
  // ("was war die ursache fuer das ganze": with nothing else asked, the cause is.)
  if (focus === 'reason' && terms.every((term) => term.soft)) for (const term of terms) if (isReasonNoun(term.words[0]!)) term.soft = false;
  if (mixedCase && copula) predicateOfCopula(tokens[tokens.length - 1], terms, question);
  markAlternatives(words, terms);
  if (wholeSummary) terms.length = 0;
  const published = (focus === 'place' || focus === 'thing' || focus === 'origin' || focus === 'person') && asksWherePublished(words);
  if (published) {
    for (const term of terms) {
      if (!isMediumNoun(term.words[0]!)) continue;
      term.soft = true;
      term.nounLike = false;
    }
  }
  const verbKeys: string[] = [];
  for (const term of terms) if (term.verbLike) verbKeys.push(...term.keys);
  if (verbKeys.length > 0) {
    for (const term of terms) {
      if (!impliedObject(term.words[0]!, verbKeys)) continue;
      term.soft = true;
      term.nounLike = false;
    }
  }
  const markers = measureMarkers(words);
  if (markers) {
    // The unit stands for the measure adjective ("wie schnell" -> a speed, not the word "schnell").
    // ("Wie lange hat man Zeit, …": the time a duration is of is the duration itself.)
    const duration = markers.markers.some((marker) => marker.key === FACT.duration);
    const standsForMeasure = (term: Term): boolean => term.words.length === 1
      && ((term.soft && isMeasure(term.words[0]!) && words[words.indexOf(term.words[0]!) - 1] === 'wie') || classOf(term.words[0]!).cost || isPartyWord(term.words[0]!) || isAreaNoun(term.words[0]!)
        || (duration && DURATION_NOUNS.has(term.words[0]!))
        || (isMeasureNoun(term.words[0]!) && WHICH.has(words[words.indexOf(term.words[0]!) - 1] ?? '')));
    terms.splice(0, terms.length, ...terms.filter((term) => !standsForMeasure(term)));
    const term = newTerm([markers.markers[0]!.key], packedMap(markers.markers, (marker) => marker.key), false, false, undefined, undefined);
    term.markers = markers.markers;
    term.markersRequired = markers.markersRequired;
    term.statedBy = emptyPacked();
    for (const word of measureStatedBy(words)) term.statedBy.push(...wordKeys(word));
    terms.push(term);
  }
  const { at: counted, mass } = countedAt(tokens, words, mixedCase, classes, wordClasses);
  let joined: string | undefined;
  // The question as one string, for the few patterns that need it (most questions never do).
  const sentence = (): string => (joined ??= words.join(' '));
  const countedTerm = counted === undefined ? -1 : terms.findIndex((term) => term.words.includes(words[counted]!));
  // ("In welchem Jahr …" asks when: "ein Webstuhl von 1912" gives the year without the word.)
  const categoryTerm = focus === 'time' ? -1 : categoryOf(words, terms);
  const kind = focus === 'time' ? -1 : kindAsked(words, terms, categoryTerm);
  if (kind >= 0) terms[kind]!.category = true;
  if (countedTerm >= 0) terms[countedTerm]!.counted = true;
  // The noun a measure is asked of ("Wie hoch war der Pegel …") must share the sentence with the measure.
  // In "Wie alt ist der Lkw-Fahrer?" the measure is the driver's: the part before a hyphen only says which one.
  const measuredTerm = markers && countedTerm < 0 ? measuredNoun(terms, hyphenModifiers(question, tokens), payerOfPrice(words)) : -1;
  return {
    focus,
    countedTerm,
    countsMass: mass && countedTerm >= 0,
    measuredTerm,
    terms,
    askedNames,
    asksTotal: words.some((word) => TOTAL_WORDS.has(word)),
    asksExact: words.some((word) => word === 'genau' || word === 'exakt'),
    asksFrequency: words.some((word, i) => (word === 'wie' && (words[i + 1] === 'oft' || words[i + 1] === 'haeufig')) || RHYTHM_NOUNS.has(word)),
    // ("Seit wann gibt es die Zuckerfabrik nicht mehr?" asks since when it is gone.)
    asksExistence: words.some((word, i) => ((word === 'gibt' || word === 'gab') && words[i + 1] === 'es') || EXISTS.has(word))
      && !words.some((word) => word === 'nicht' || word.startsWith('kein')),
    figures: askedFigures(question),
    asksNext: asksForNext(words, focus),
    asksSummary: summary,
    asksGist: gist,
    asksPhoto: photo,
    asksPhotographer: photo && asksForCredit(words),
    asksShown: photo && SHOWN.test(sentence()),
    asksSource: source || published,
    asksRelated: related,
    asksFollow: follow,
    categoryTerm,
    asksAdvice: (words[0] === 'was' || words[0] === 'wie') && ADVICE.test(sentence()),
    asksWhatToDo: (words[0] === 'was' || words[0] === 'wie') && WHAT_TO_DO.test(sentence()),
    asksAgeLimit: focus === 'age' && AGE_LIMIT_QUESTION.test(sentence()),
    asksConcern: asksYesOrNo(words, wordClasses) ? concernOf(words, sentence) : null,
    whoIsTerm: (words[0] === 'wer' || words[0] === 'als') && (WHO_IS.test(sentence()) || AS_WHAT.test(sentence())) && terms.filter((term) => !term.soft).length === 1 ? terms.findIndex((term) => !term.soft && term.nounLike === true) : -1,
    timePreposition: timePrepositionOf(words),
    asksStart: focus === 'time' && words[0] === 'ab',
    // ("Zu welchen Zeiten hat das Museum geöffnet?", "Öffnungszeiten?" ask hours too: "ab Frühjahr 2026" gives none.)
    asksClock: words.some((word, i) => word === 'uhrzeit' || word === 'uhrzeiten' || (word === 'uhr' && (words[i - 1] === 'viel' || words[i - 1] === 'wieviel'))
      || OPENING_HOURS.has(word) || (word === 'zeiten' && WHICH.has(words[i - 1] ?? '') && words.some((other) => OPEN_WORDS.has(other)))),
    asksIdentity: words.some((word, i) => word === 'wer' || (word === 'wie' && NAME_ASKING.has(words[i + 1] ?? ''))) && IDENTITY.test(sentence()) ? (words.includes('wer') ? 'who' : 'name') : null,
    apposition: appositionOf(tokens, articleWords),
  };
}
