/**
 * Does a sentence hold the kind of fact a question word asks for? A number for "wie viele",
 * a time for "wann", a cause for "warum" … Used as a bonus, and for count and time as a
 * requirement (no number in the article's best passage means the article does not say).
 */
import { isNumberWord, isUnitWord, MONTH_NAMES, WEEKDAY_NAMES } from '../text/facts.js';
import { fold } from '../text/normalize.js';
import { STOP_WORDS } from '../text/stopwords.js';
import { isCommonNoun, isNeverNoun } from '../text/synonyms.js';
import type { Focus } from './question.js';

const NUMBER = /\d|\b(zwei|drei|vier|fuenf|sechs|sieben|acht|neun|zehn|elf|zwoelf|zwanzig|dreissig|vierzig|fuenfzig|hundert|tausend|millionen?|milliarden?|dutzend|dutzende|haelfte|drittel|viertel|prozent|doppelt|dreifach|mehrere|zahlreiche|jaehrige[nr]?|einzige[nmrs]?|pro)\b|\b(?:zwei|drei|vier|fuenf|sechs|sieben|acht|neun|zehn|zwanzig|hundert|tausend|mehr|viel)mals?\b(?!\s+(?:so|mehr)\b)/;
const ABSOLUTE_TIME = new RegExp([
  String.raw`\b(1[89]\d\d|20\d\d)\b`,
  String.raw`\d{1,2}\.\s*(jan|feb|maerz|apr|mai|jun|jul|aug|sep|okt|nov|dez)`,
  String.raw`\d{1,2}[:.]\d\d\s*uhr`,
  String.raw`\b(januar|februar|maerz|april|juni|juli|august|september|oktober|november|dezember|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|wochenende|vormittag|nachmittag|mittag|abend|morgens|nachts|frueh|spaet)`,
  // Holidays, breaks and terms: "vor der Winterpause", "nach den Sommerferien", "bis Weihnachten", "ab dem Wintersemester".
  String.raw`(pause|ferien|semester)\b|\b(weihnacht|ostern|pfingst|jahresend|jahreswechsel|saisonend|saisonstart|monatsend)`,
  String.raw`\b(mai|gestern|heute|morgen|vorgestern|uebermorgen|uhr|jahr|jahre|jahren|jahres|monat|monate|monaten|woche|wochen|tag|tage|tagen|stunde|stunden|minute|minuten|seit|demnaechst|fruehjahr|sommer|herbst|winter|bis)\b`,
].join('|'));
/** Relative to an event: "unmittelbar vor seinem Besuch", "kurz nach dem Spiel", "im Vorfeld". */
const RELATIVE_TIME = /\b(kurz|unmittelbar|direkt|gleich|noch|schon) (vor|nach)\b|\b(vor|nach|waehrend) (seine[mrs]?|ihre[mrs]?) \w+|\bim vorfeld\b/;
const TIME = new RegExp(`${ABSOLUTE_TIME.source}|${RELATIVE_TIME.source}`);
/** The event a time is relative to ("vor seinem Besuch" -> "besuch"). */
const RELATIVE_ANCHOR = /\b(?:vor|nach|waehrend) (?:seine[mrs]?|ihre[mrs]?|dem|der|den) (\p{L}+)/u;

/** The event word of a sentence whose only time is relative to it ("Unmittelbar vor seinem Besuch …" -> "besuch"), else null. */
export function relativeTimeAnchor(foldedSentence: string): string | null {
  if (ABSOLUTE_TIME.test(foldedSentence)) return null;
  return RELATIVE_ANCHOR.exec(foldedSentence)?.[1] ?? null;
}
/** Words naming a cause outright, folded: "Die Ursache ist unklar", "von einem technischen Defekt aus", "Brandstiftung". */
const CAUSE_WORDS = 'ursache|ursachen|zurueckzufuehren|verursacht|verursachte|ausgeloest|defekt|defekts|brandstiftung|kurzschluss';
/** A sentence naming a cause outright, folded (see CAUSE_WORDS); also "der Auslöser". */
export const CAUSE_STATED = new RegExp(String.raw`\b(?:${CAUSE_WORDS}|ausloeser)\b`);
const REASON = new RegExp(String.raw`\b(weil|denn|deshalb|daher|darum|deswegen|wegen|aufgrund|grund|gruende|um\b.*\bzu|damit|sodass|schliesslich|nachdem|angesichts|da|begruendet|begruendete|begruendung|hintergrund|liegt an|lag an|infolge|${CAUSE_WORDS}|verursachten|fahrlaessig|fahrlaessigkeit)\b`);
const PURPOSE = /\b(fuer|um\b.*\bzu|damit|ziel|zweck|zwecke)\b/;
const MEANS = /\b(mit|durch|mittels|per|ueber)\b/;
/** Verbs of supply and origin ("liefert", "bezieht", "stammt"), folded. */
const ORIGIN_VERB = /\b(stamm|liefer|bezieh|bezog|importier|herkunft)/;
/** "aus"/"von" before a name or noun ("aus Nordafrika", "von einem Windpark"), as written. */
const ORIGIN_PHRASE = /(?<!\p{L})(aus|von|vom)\s+(?:(?:der|dem|den|des|einem|einer|eines)\s+)?(?:\p{Ll}+\s+)?\p{Lu}/gu;
/** A preposition of place before a name, as written ("in Weidenbach", "bei Verwandten", "nahe der Stadt Malmö" via its noun). */
const PLACE_NAME = /(?<!\p{L})(in|bei|nach|nahe|unweit|aus|von)\s+\p{Lu}\p{Ll}+/u;
/** A preposition of place with an article before a place noun ("am Ortsrand", "auf einem Feldweg", "in der Turnhalle"). */
const PLACE_NOUN = /(?<!\p{L})(in|im|ins|bei|beim|am|an|auf|vor|hinter|neben|nahe|aus|vom)\s+(?:(?:der|dem|den|des|einem|einer|eines)\s+)?(?:\p{Ll}+\s+)?\p{Lu}\p{Ll}*(rand|feld|wald|ort|stadt|dorf|platz|strasse|straße|weg|haus|halle|gebiet|region|land|kreis|hof|markt|ufer|see|berg|tal|park|zentrum|viertel|gemeinde|gelände|gebäude|raum|küste|insel|grenze|gegend|wiese|weide|acker|garten|schule|klinik|klinikum|kirche|rathaus|museum|werk|hafen|station|turm|brücke|fluss|keller|standort|ortsteil|siedlung|stadion|arena|heim|lager|hütte)\b/u;
/** A preposition of place along or above a named thing ("entlang des Rottbachs", "oberhalb der Altstadt"). */
const PLACE_ALONG = /(?<!\p{L})(entlang|längs|oberhalb|unterhalb)\s+(?:(?:der|dem|den|des)\s+)?\p{Lu}/u;
/** A name run of two capitalised words after a preposition ("ins Klinikum Friedhain"). */
const PLACE_RUN = /(?<!\p{L})(in|im|ins|bei|beim|am|an|auf|nach|aus|vom)\s+(?:(?:der|dem|den|des)\s+)?\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u;

/** A country or region named with its article ("in der Ukraine", "im Iran", "aus der Türkei"), as written; not a common noun. */
const PLACE_WITH_ARTICLE = /(?<!\p{L})(?:[Ii]n|[Ii]m|[Aa]us|[Nn]ach)\s+(?:(?:der|dem|den|die)\s+)?(\p{Lu}\p{Ll}{2,})(?!\p{L})/gu;

/** Months and weekdays, folded: "im März" is a time (and so is "im Jahr", a unit of time). */
const TIME_NAMES: ReadonlySet<string> = new Set([...MONTH_NAMES, ...WEEKDAY_NAMES]);

/** Whether a sentence, as written, names a place: a preposition of place before a name or a place noun. */
function statesPlace(text: string): boolean {
  if (PLACE_NAME.test(text) || PLACE_NOUN.test(text) || PLACE_RUN.test(text) || PLACE_ALONG.test(text)) return true;
  for (const match of text.matchAll(PLACE_WITH_ARTICLE)) {
    const folded = fold(match[1]!);
    if (!isCommonNoun(folded) && !isNeverNoun(folded) && !STOP_WORDS.has(folded) && !TIME_NAMES.has(folded) && !isUnitWord(folded)) return true;
  }
  return false;
}
/**
 * Two capitalised words right before "aus"/"von", perhaps with an age: a person's provenance or
 * affiliation ("Ulrich Brandes aus Halle", "Florian Rasp (45) von der Bergwacht"), not a thing's origin.
 */
const AFTER_NAME = /(\p{Lu}\p{Ll}+)\s+\p{Lu}\p{Ll}+\s+(?:\(\d+\)\s+)?$/u;
/** A place adjective in -er before a noun, mid-sentence: "der Mainzer Rechtsanwalt", "eine Bielefelder Firma". */
const DEMONYM = /(?<!\p{L})(?:der|die|das|den|dem|des|ein|eine|einer|einem|eines|einen)\s+(\p{Lu}\p{Ll}{2,}er)\s+\p{Lu}\p{Ll}/gu;

/** Whether `before` ends in a name ("Ulrich Brandes "), not in a number or a stop word and a noun ("Zwei Wanderer "). */
function endsInName(before: string): boolean {
  const first = AFTER_NAME.exec(before)?.[1];
  if (!first) return false;
  const folded = fold(first);
  return !isNumberWord(folded) && !STOP_WORDS.has(folded);
}

/** Whether a capitalised word in -er is a place adjective ("Mainzer"), not a noun ("Fahrer") or another adjective ("Neuer"). */
function isDemonym(word: string): boolean {
  const folded = fold(word);
  return !isCommonNoun(folded) && !isNeverNoun(folded);
}
/** Words before "von" that attribute a statement, not an origin ("nach Angaben von …"). */
const AFTER_SOURCE = /(Angaben|Einschätzung|Sicht|Seiten|Auskunft)\s+$/u;

/** Whether a sentence, as written, says where something comes from. */
function statesOrigin(text: string, folded: string): boolean {
  if (ORIGIN_VERB.test(folded)) return true;
  for (const match of text.matchAll(ORIGIN_PHRASE)) {
    const before = text.slice(Math.max(0, match.index - 40), match.index);
    if (!endsInName(before) && !AFTER_SOURCE.test(before)) return true;
  }
  for (const match of text.matchAll(DEMONYM)) if (isDemonym(match[1]!)) return true;
  return false;
}
const AGE = /jaehrig|\d+\s*jahren?\b|\bjahre alt|\balter von|lebensjahr/;
const ORDINAL = /\b(erst|zweit|dritt|viert|fuenft|sechst|siebt|siebent|acht|neunt|zehnt|elft|zwoelft|\w+zehnt|\w*zigst|hundertst|letzt)(e|er|es|en|em)\b|\b\d{1,3}\.\s+[a-z]/;

/**
 * Whether a sentence holds what `focus` asks for, from its folded form (`text` as written, for
 * places and origins, which need a capitalised noun). `hasName` says a name is present.
 */
export function satisfiesFocus(focus: Focus, foldedSentence: string, hasName: boolean, text = foldedSentence): boolean {
  switch (focus) {
    case 'count': return NUMBER.test(foldedSentence);
    case 'ordinal': return ORDINAL.test(foldedSentence);
    case 'time': return TIME.test(foldedSentence);
    case 'age': return AGE.test(foldedSentence);
    case 'reason': return REASON.test(foldedSentence);
    case 'purpose': return PURPOSE.test(foldedSentence);
    case 'means': return MEANS.test(foldedSentence);
    case 'origin': return statesOrigin(text, foldedSentence);
    case 'place': return statesPlace(text);
    case 'person': return hasName;
    case 'naming': return QUOTE_MARK.test(foldedSentence) || NAME_GIVEN.test(text);
    case 'quote': return QUOTE_MARK.test(foldedSentence);
    case 'thing': return true;
  }
}

const QUOTE_MARK = /["„“”»«]/;
/**
 * A name given as such ("mit dem Namen „Nachtfalke“", "ein Bulle namens „Bruno“", "heißt Tamo", "auf den Namen Ole
 * getauft", "soll „Buddelplatz“ heißen"): "Wie heißt …" is answered.
 */
export const NAME_GIVEN = /(?:\bNamens?|\bnamens|\bheißt|\bhieß|\bheißen|\bgenannt|\bgetauft)\s+[„"“»]?\p{Lu}|[„"“»]\p{Lu}[^"“”«]*["“”«]\s+(?:heißen|heißt|hieß|genannt|getauft)\b/u;

/** Focuses whose absence from the answer means the article does not answer the question. */
export function focusIsRequired(focus: Focus): boolean {
  return focus === 'count' || focus === 'ordinal' || focus === 'time' || focus === 'age';
}

/** Focuses whose holders are preferred when some passage has one ("wo" -> a place, "woher" -> an origin). */
export function focusIsPreferred(focus: Focus): boolean {
  return focus === 'place' || focus === 'origin';
}
