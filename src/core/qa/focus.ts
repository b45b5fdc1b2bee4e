/**
 * Does a sentence hold the kind of fact a question word asks for? A number for "wie viele",
 * a time for "wann", a cause for "warum" … Used as a bonus, and for count and time as a
 * requirement (no number in the article's best passage means the article does not say).
 */
import type { Focus } from './question.js';

const NUMBER = /\d|\b(zwei|drei|vier|fuenf|sechs|sieben|acht|neun|zehn|elf|zwoelf|zwanzig|dreissig|vierzig|fuenfzig|hundert|tausend|millionen?|milliarden?|dutzend|dutzende|haelfte|drittel|viertel|prozent|doppelt|dreifach|mehrere|zahlreiche|jaehrige[nr]?|pro)\b/;
const TIME = new RegExp([
  String.raw`\b(1[89]\d\d|20\d\d)\b`,
  String.raw`\d{1,2}\.\s*(jan|feb|maerz|apr|mai|jun|jul|aug|sep|okt|nov|dez)`,
  String.raw`\d{1,2}[:.]\d\d\s*uhr`,
  String.raw`\b(januar|februar|maerz|april|juni|juli|august|september|oktober|november|dezember|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|wochenende|vormittag|nachmittag|mittag|abend|morgens|nachts|frueh|spaet)`,
  String.raw`\b(mai|gestern|heute|morgen|vorgestern|uebermorgen|uhr|jahr|jahre|jahren|jahres|monat|monate|monaten|woche|wochen|tag|tage|tagen|stunde|stunden|minute|minuten|seit|demnaechst|fruehjahr|sommer|herbst|winter|bis)\b`,
].join('|'));
const REASON = /\b(weil|denn|deshalb|daher|darum|deswegen|wegen|aufgrund|grund|gruende|um\b.*\bzu|damit|sodass|schliesslich|nachdem|angesichts|da)\b/;
const PURPOSE = /\b(fuer|um\b.*\bzu|damit|ziel|zweck|zwecke)\b/;
const MEANS = /\b(mit|durch|mittels|per|ueber)\b/;
const ORIGIN = /\b(aus|von|stammt|stammen|herkunft)\b/;
const AGE = /jaehrig|\d+\s*jahren?\b|\bjahre alt|\balter von|lebensjahr/;
const ORDINAL = /\b(erst|zweit|dritt|viert|fuenft|sechst|siebt|siebent|acht|neunt|zehnt|elft|zwoelft|\w+zehnt|\w*zigst|hundertst|letzt)(e|er|es|en|em)\b|\b\d{1,3}\.\s+[a-z]/;
const PLACE = /\b(in|im|aus|nach|bei|an)\s+(der\s+|dem\s+|den\s+)?[a-z]/;

/** Whether a folded sentence holds what `focus` asks for. `capitalizedName` says a name is present. */
export function satisfiesFocus(focus: Focus, foldedSentence: string, hasName: boolean): boolean {
  switch (focus) {
    case 'count': return NUMBER.test(foldedSentence);
    case 'ordinal': return ORDINAL.test(foldedSentence);
    case 'time': return TIME.test(foldedSentence);
    case 'age': return AGE.test(foldedSentence);
    case 'reason': return REASON.test(foldedSentence);
    case 'purpose': return PURPOSE.test(foldedSentence);
    case 'means': return MEANS.test(foldedSentence);
    case 'origin': return ORIGIN.test(foldedSentence);
    case 'place': return PLACE.test(foldedSentence);
    case 'person': return hasName;
    case 'naming':
    case 'quote': return /["„“”»«]/.test(foldedSentence);
    case 'thing': return true;
  }
}

/** Focuses whose absence from the answer means the article does not answer the question. */
export function focusIsRequired(focus: Focus): boolean {
  return focus === 'count' || focus === 'ordinal' || focus === 'time' || focus === 'age';
}
