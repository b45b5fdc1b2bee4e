/**
 * Checks a sentence must pass to answer some questions, beyond holding the kind of fact
 * asked for: the total for "insgesamt", an exact figure for "genau", the place named with
 * "in", the role of "Wie heißt der …", the kind of "Welche …" a list's intro names, the speaker of "Was sagt X?".
 */
import type { ArticleIndex, IndexedPassage, IndexedSentence } from './article-index.js';
import { withReferent } from './context.js';
import { foldedText, matches } from './fact-check.js';
import { matchWeight, resolveTerm, type Alternative, type TermCache } from './match.js';
import { classOf } from './question-words.js';
import { FACT, factKeys, MONTH_NAMES, YEAR_IN_TEXT } from '../text/facts.js';
import { wordKeys } from '../text/keys.js';
import type { Apposition, ParsedQuestion } from './question.js';
import { tokenize, type Token } from '../text/normalize.js';
import { isCommonNoun } from '../text/synonyms.js';
import { STOP_WORDS } from '../text/stopwords.js';

/** A sentence stating a total ("insgesamt", "Gesamtschaden", "zusammen", "in Summe"), folded. */
const STATES_TOTAL = /insgesamt|gesamt|\btotal|zusammen|summe/;
/** A count qualified by an adjective ("sechs neue Busse", "12 verletzte Fahrgäste"): maybe a part, not the whole, as written. */
const QUALIFIED_COUNT = /(?:\d[\d.,]*|(?<!\p{L})(?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf))\s+\p{Ll}+(?:e|en|er|es)\s+\p{Lu}/u;
/** A precise figure: digits, or a number word no vague quantifier comes before ("zwölf", not "mehrere Tausend"), folded. */
const PRECISE_FIGURE = /\d|(?<!(?:mehrere|einige|etliche|zahlreiche|viele|wenige) )\b(?:zwei|drei|vier|fuenf|sechs|sieben|acht|neun|zehn|elf|zwoelf|zwanzig|dreissig|hundert|tausend|millionen?|milliarden?)\b/;
/** A sentence naming a place: "in" before a name ("In Leipzig haben …", "in Kaltenstein"). */
const IN_PLACE = /(?<!\p{L})[Ii]n (?!(?:der|dem|den|des|einer|einem|eines|diesem|dieser)\b)\p{Lu}\p{Ll}+/u;

/** Whether a sentence says its figure is a total ("insgesamt 874.300 Euro", "Gesamtkosten"). */
export function statesTotal(sentence: IndexedSentence): boolean {
  return STATES_TOTAL.test(foldedText(sentence));
}

/** "Wie viele Busse … insgesamt?" is not answered by "sechs neue Busse", a part: a qualified count must say it is the total. */
function givesTotalIfAsked(question: ParsedQuestion, sentence: IndexedSentence): boolean {
  return !question.asksTotal || question.focus !== 'count' || !QUALIFIED_COUNT.test(sentence.text) || statesTotal(sentence);
}

/** "Wie viel hat … genau gekostet?" is not answered by "mehrere Tausend Euro". */
function givesExactFigureIfAsked(question: ParsedQuestion, sentence: IndexedSentence): boolean {
  return !question.asksExact || question.focus !== 'count' || PRECISE_FIGURE.test(foldedText(sentence));
}

/** Words saying which one is next or still to come ("beim nächsten Spiel", "im kommenden Jahr", "soll am 1. Juni stattfinden"), folded. */
const NEXT_ONE = /\b(naechst|kommend|kuenftig|demnaechst|soll\b|sollen\b)/;

/** "Wann ist die nächste Wahl?" is not answered by a sentence about the last one: it must say which is next. */
function saysNextIfAsked(question: ParsedQuestion, sentence: IndexedSentence): boolean {
  return !question.asksNext || NEXT_ONE.test(foldedText(sentence));
}

/**
 * A time a state has lasted since: "seit", a year ("1976 eröffnet"), a span in years ("seit 26 Jahren"), the day of a
 * start ("ist am 14. März eröffnet worden" answers "Seit wann ist das Parkhaus offen?"), folded.
 */
const SINCE_WHEN = /\bseit|\b(?:1[5-9]|20)\d\d\b|\bjahre|\bjahrzehnte|\bmonate|\beroeffnet|\bin betrieb genommen|\bgegruendet|\beingefuehrt/;

/** "Seit wann gibt es die Glocke?" is not answered by "Erst im April war … verschwunden": a start long ago, or "seit". */
function saysSinceIfAsked(question: ParsedQuestion, sentence: IndexedSentence): boolean {
  if (question.timePreposition !== 'seit') return true;
  // "Seit wann gibt es den Campingplatz?" is not answered by "Seit Jahrzehnten verbringen Familien …": since when a thing
  // exists is a year.
  return SINCE_WHEN.test(foldedText(sentence)) && (!question.asksExistence || DATE_OR_YEAR.test(foldedText(sentence)));
}
/** A year or a month, folded: "2009", "seit Anfang September", "am 3. März". */
const DATE_OR_YEAR = new RegExp(String.raw`${YEAR_IN_TEXT.source}|\b(?:${MONTH_NAMES.join('|')})\b`);

/**
 * "Wie viel Finderlohn bekam der Schüler für die 4.000 Euro?" is not answered by the sentence stating those 4.000 Euro:
 * a count's answer states a figure beyond the question's own.
 */
function statesFigureBeyondAsked(question: ParsedQuestion, sentence: IndexedSentence): boolean {
  if (question.figures.length === 0 || question.focus !== 'count') return true;
  let rest = sentence.text;
  for (const figure of question.figures) rest = rest.split(figure).join(' ');
  return rest === sentence.text || factKeys(rest).includes(FACT.quantity);
}

/**
 * Whether a sentence holding the asked kind of fact also gives what the question's qualifiers ask for: a total, an exact
 * figure, a figure beyond the question's own, the next one of something.
 */
export function givesWhatIsAsked(question: ParsedQuestion, sentence: IndexedSentence): boolean {
  return givesTotalIfAsked(question, sentence) && givesExactFigureIfAsked(question, sentence)
    && statesFigureBeyondAsked(question, sentence) && saysNextIfAsked(question, sentence) && saysSinceIfAsked(question, sentence);
}

/**
 * Whether a sentence (with `keys`, its own and those of the sentence it continues) names the question's places ("in
 * Dresden"), or the whole story is about them and the sentence names no other ("In Leipzig haben die Freibäder …").
 * A place standing for the one asked names it where the sentence says "in" it ("in Pjöngjang" ~ "hat in Nordkorea …"),
 * not where it only acts ("Frankreich und Polen wollen …" says nothing in Warschau).
 */
export function namesPlaces(places: readonly AskedPlace[], keys: ReadonlySet<string>, sentence: IndexedSentence, index: ArticleIndex): boolean {
  return places.every(({ key, standIns }) => keys.has(key) || (index.topicKeys.has(key) && !IN_PLACE.test(sentence.text))
    || standIns.some((place) => foldedText(sentence).includes(`in ${place}`)));
}

/** A place of the question ("in Dresden"): its key, and the places standing for it, folded (a capital's country). */
export interface AskedPlace { key: string; standIns: readonly string[] }

/** The role asked for in "Wie heißt der Landwirt, …" (its alternatives), or undefined. */
export function identityRole(question: ParsedQuestion, index: ArticleIndex, cache: TermCache): Alternative[] | undefined {
  if (!question.asksIdentity) return undefined;
  const named = new Set(question.askedNames.flat());
  // ("Wie heißen die beiden Festgenommenen?": a participle read as a noun is soft, but the role asked all the same.)
  const role = question.terms.find((term) => term.nounLike && !term.soft && !named.has(term.words[0]!))
    ?? question.terms.find((term) => term.nounLike && !term.verbLike && !named.has(term.words[0]!) && !classOf(term.words[0]!).soft);
  return role && resolveTerm(role, index, cache);
}

/** Whether a passage introduces the bullets of its section: a paragraph ending in a colon ("Betroffen sind:"). */
export function introducesList(passage: IndexedPassage): boolean {
  return passage.kind === 'paragraph' && passage.text.trimEnd().endsWith(':');
}

/** The paragraphs of a section that introduce its bullets. */
export function listIntros(index: ArticleIndex, sectionId: string): IndexedPassage[] {
  return (index.sectionById.get(sectionId)?.passages ?? []).filter(introducesList);
}

/** A verb reporting speech in a folded sentence ("…, sagte Müller", "Müller erklärte, …"). */
const REPORTS_SPEECH = /\b(?:sagt|sagte|sagten|wirft|warf|vorgeworfen|erklaert|erklaerte|betont|betonte|schreibt|schrieb|meint|meinte|warnt|warnte|fordert|forderte|kritisiert|kritisierte|bekraeftigte|ergaenzte|sprach|spricht|aeussert|aeusserte|teilte|mitteilen|mitgeteilt|reagierte|kommentierte|lobte|raeumte|raeumt|eingeraeumt|bestaetigte|erlaeuterte|begruendete|versicherte|verwies)\b/;

/**
 * "Was sagt Kim?" is answered by the words of the person asked about: a quote of theirs, or a sentence reporting what
 * they said, also by a role pointing back to them ("sagte die 64-Jährige"). `speaker` holds the keys of that person's
 * name (see askedSpeaker).
 */
export function spokenBy(speaker: readonly string[], passage: IndexedPassage): boolean {
  if (speaker.some((key) => passage.speakers.has(key))) return true;
  return passage.sentences.some((sentence) => REPORTS_SPEECH.test(foldedText(sentence)) && speaker.some((key) => withReferent(sentence).has(key)))
    || spokespersonFrom(speaker, passage) > 0;
}

/**
 * Where a passage gives the view of the one asked through a spokesperson right after a sentence naming it ("Auch die
 * Kassenärztliche Vereinigung ist zurückhaltend. Sprecher Thorsten Rademacher warnte …", "Der Tierschutzverein begrüßt
 * das Programm. Dessen Vorsitzende Inge Lotz warnt …"): the index of the spokesperson's sentence, else -1.
 */
export function spokespersonFrom(speaker: readonly string[], passage: IndexedPassage): number {
  return passage.sentences.findIndex((sentence, i) => i > 0 && SPOKESPERSON_FIRST.test(sentence.text) && REPORTS_SPEECH.test(foldedText(sentence))
    && speaker.some((key) => passage.sentences[i - 1]!.keys.has(key)));
}

/**
 * A sentence opening with a spokesperson not said whose ("Sprecher Thorsten Rademacher …", "Eine Sprecherin sagte …"), or
 * whose by a word pointing back ("Dessen Vorsitzende Inge Lotz warnt …").
 */
const SPOKESPERSON_FIRST = /^(?:(?:Ein|Eine|Der|Die) )?(?:Presse)?[Ss]precher(?:in)? (?!de[rs] )|^(?:Dessen|Deren|Ihr|Ihre|Sein|Seine) (?:Vorsitzende[r]?|Chef(?:in)?|Leiter(?:in)?|Sprecher(?:in)?|Präsident(?:in)?|Geschäftsführer(?:in)?) /u;

/** The keys of the person a quote question asks about (its first name), or null when it names no one. */
export function askedSpeaker(question: ParsedQuestion): string[] | null {
  const asked = question.focus === 'quote' ? question.askedNames[0] : undefined;
  return asked ? asked.flatMap((word) => wordKeys(word)) : null;
}

/**
 * Whether a sentence names another of the kind the question asks about by name, the same way, and not the one asked:
 * "Besonders hart trifft es den Stadtteil Lützelau mit rund 9.000 Einwohnern" says nothing of "der Stadtteil Ostfeld".
 */
export function namesOtherOfKind(apposition: Apposition, sentence: IndexedSentence): boolean {
  const kind = apposition.kindKey;
  if (!sentence.keys.has(kind) || foldedText(sentence).includes(apposition.name)) return false;
  const tokens = tokenize(sentence.text);
  for (let i = 0; i + 1 < tokens.length; i++) {
    const next = tokens[i + 1]!;
    if (tokens[i]!.capitalized && next.capitalized && wordKeys(tokens[i]!.folded)[0] === kind && next.folded.length >= 3 && !isCommonNoun(next.folded)) return true;
  }
  return false;
}

/**
 * Kinds of firm or maker, and roles of professionals, folded endings ("Welche Firma …", "Von welchem Hersteller …", "Welche
 * Baufirma …", "Welcher Richter …"): the answer names one.
 */
const FIRM_KIND = /(?:firma|firmen|unternehmen|hersteller|betrieb|anbieter|molkerei|brauerei|bank|buero|verlag|werkstatt|kanzlei|agentur|konzern|zulieferer|dienstleister|betreiber|versorger|caterer|lieferant|kasse|versicherung|versicherer|zeitung|sender|richter|richterin|anwalt|anwaeltin|architekt|architektin|gutachter|gutachterin|labor|institut)(?:e|n|en|s|es|nen)?$/;
/** The kinds of a question asking for any firm, whatever it makes or does. */
const ANY_FIRM = /^(?:firma|firmen|unternehmen|unternehmens|betrieb|betriebe|konzern|gesellschaft)$/;
/** The legal form written after a firm's name, as written ("GmbH", "AG", "KG", "SE", "OHG", "GbR", "UG", "eG"). */
const LEGAL_FORM = /^(?:GmbH|AG|KG|SE|OHG|GbR|UG|eG|mbH)$/u;
/** A quotation mark opening right after a word ("die Firma „Holzwerk Nord“"). */
const QUOTE_OPENS = /^\s*[„"“»]/u;

/** Whether the kind of a "welche" question is a firm, a maker or a professional, whose answer gives the name. */
export function asksFirmName(kindWord: string): boolean {
  return FIRM_KIND.test(kindWord);
}

/**
 * Whether a hit names a firm of the kind asked for: its passage has the kind, or another word for a firm, followed by its
 * name, capitalised or quoted ("die Firma Wasserbau Harms", "des Herstellers Avisens", "die Bäckerei Müller", "vom Caterer
 * „Frischküche Lahntal“"); or, for any firm ("Welche Firma …", "Welches Unternehmen …"), a sentence that met the question
 * names one before its legal form ("Hinter dem Projekt steht die Voltaris Energy GmbH"), where the article has the actions
 * asked (`actions`, their verbs' alternatives): "Welche Firma soll die Aufzüge einbauen?" is not answered by the landlord's
 * GmbH where nothing is "eingebaut". Not the kind alone ("weil die Bergsicherungsfirma immer wieder auf lockeres Gestein
 * stieß").
 */
export function namesFirmOfKind(hit: { passage: IndexedPassage; sentences: readonly IndexedSentence[] }, kindWord: string, kind: readonly Alternative[], actions: readonly (readonly Alternative[])[]): boolean {
  // The firm's own sentence says what the hit says of the action asked ("Die Autobahn GmbH hat die Talbrücke gesperrt" is
  // no builder where the next sentence says "1968 gebaut").
  const doesAction = (sentence: IndexedSentence): boolean => actions.every((action) => action.length > 0
    && (matchWeight(action, sentence.keys) > 0 || !hit.sentences.some((other) => matchWeight(action, other.keys) > 0)));
  if (ANY_FIRM.test(kindWord) && hit.sentences.some((sentence) => doesAction(sentence) && namesFirmByLegalForm(sentence))) return true;
  // (Any word for a firm names one asked for as "Firma"; a bank asked for is named as a bank, not as "die Brauerei Ottmarsried".)
  const anyFirm = ANY_FIRM.test(kindWord);
  const isKind = (word: Token): boolean => (anyFirm && FIRM_KIND.test(word.folded)) || matches(kind, wordKeys(word.folded));
  const isName = (next: Token, between: string): boolean => between.trim() === '' && !STOP_WORDS.has(next.folded);
  return hit.passage.sentences.some((sentence) => namedAfter(sentence, isKind, isName));
}

/**
 * Whether a sentence names one of a kind by its name: the kind, or a compound headed by it, followed by a quoted name or a
 * capitalised word no common noun ("die Traditionskneipe „Zum Gerber“", "das Verwaltungsgericht Kesselstadt").
 */
export function namesOneOfKind(sentence: IndexedSentence, kind: readonly Alternative[]): boolean {
  return namedAfter(sentence, (word) => matches(kind, wordKeys(word.folded)),
    (next, between) => between === ' ' && !STOP_WORDS.has(next.folded) && !isCommonNoun(next.folded));
}

/**
 * Whether a sentence has a capitalised word of a kind (`isKind`) followed by a quoted name, or by a capitalised word that
 * `isName` takes for a name given the text between the two.
 */
function namedAfter(sentence: IndexedSentence, isKind: (word: Token) => boolean, isName: (next: Token, between: string) => boolean): boolean {
  const tokens = tokenize(sentence.text);
  for (let i = 0; i + 1 < tokens.length; i++) {
    const word = tokens[i]!;
    if (!word.capitalized || !isKind(word)) continue;
    const next = tokens[i + 1]!;
    const between = sentence.text.slice(word.start + word.surface.length, next.start);
    if (QUOTE_OPENS.test(between) || (next.capitalized && isName(next, between))) return true;
  }
  return false;
}

/** Whether a sentence names a firm by its legal form after a capitalised word ("die Voltaris Energy GmbH"). */
function namesFirmByLegalForm(sentence: IndexedSentence): boolean {
  const tokens = tokenize(sentence.text);
  return tokens.some((token, i) => i > 0 && LEGAL_FORM.test(token.surface) && tokens[i - 1]!.capitalized && !STOP_WORDS.has(tokens[i - 1]!.folded));
}
