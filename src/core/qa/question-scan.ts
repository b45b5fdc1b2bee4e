/**
 * What the tokens of a question say before its terms are made: the one pass over them (case, copula, metadata words),
 * which word looks like a verb, the counted noun, numbers before a noun, idioms, hyphenated modifiers and the
 * preposition before "wann".
 */
import { isNumberWord } from '../text/facts.js';
import { isTypoOf } from '../text/edit-distance.js';
import { wordKeys } from '../text/keys.js';
import { fold, type Token } from '../text/normalize.js';
import { STOP_WORDS } from '../text/stopwords.js';
import { packedMap } from '../text/packed-map.js';
import { classOf, MEASURE_NOUNS, type WordClass } from './question-words.js';

/** Whether a word starts with a digit 0-9. */
function startsWithDigit(word: string): boolean {
  const code = word.charCodeAt(0);
  return code >= 48 && code <= 57;
}

/**
 * Whether a question word is a verb form (or an adjective/participle), so that the article
 * lacking it lowers coverage instead of forcing abstention. Without case information (an
 * all-lower-case question) only noun endings keep a word in -en a noun; the first word of a
 * yes/no question ("Fahren noch Züge …?") is its finite verb, and in a lower-case w-question
 * the word after the question word ("was mache ich …").
 */
export function looksLikeVerb(token: Token, word: WordClass, mixedCase: boolean, first: boolean, second: boolean): boolean {
  if (mixedCase && token.capitalized && !token.sentenceStart) return false;
  if (second && !mixedCase) return true;
  if (!word.long) return false;
  if (word.verbForm) return true;
  return word.infinitiveLike && ((mixedCase && !token.capitalized) || !mixedCase || first);
}

/** The number words right before word `at` ("fast fünf Millionen Granaten" -> fünf, Millionen), as keys each, or undefined. */
export function numberBefore(words: readonly string[], at: number): string[][] | undefined {
  let from = at;
  while (from > 0 && at - from < 2 && (startsWithDigit(words[from - 1]!) || isNumberWord(words[from - 1]!))) from--;
  return from < at ? packedMap(words.slice(from, at), (word) => wordKeys(word)) : undefined;
}

/** The preposition before "wann" ("seit wann" -> "seit"; not "ab": "ab wann" is often answered "zum 1. Juli"), or null. */
export function timePrepositionOf(words: readonly string[]): string | null {
  for (let i = 0; i + 1 < words.length; i++) {
    const word = words[i]!;
    if ((word === 'seit' || word === 'bis') && words[i + 1] === 'wann') return word;
  }
  return null;
}

/** Nouns that only point back at the story after a demonstrative or "im" ("in dem Fall", "in dieser Sache"). */
const IDIOM_ARTICLES = ['im', 'dem', 'diesem', 'der', 'dieser', 'keinen', 'jeden', 'jedem'];
/**
 * Filler nouns of idioms with the words that make them one: "in dem Fall", "vor Ort", "am Stück"; and the story's own place
 * ("in dem Dorf", "in der Stadt"), which the article names by its name.
 */
const IDIOMS = new Map<string, ReadonlySet<string>>([
  ...['fall', 'sache', 'angelegenheit', 'zusammenhang', 'dorf', 'stadt', 'gemeinde', 'gegend', 'region', 'ortschaft'].map((noun) => [noun, new Set(IDIOM_ARTICLES)] as const),
  ['ort', new Set(['vor', ...IDIOM_ARTICLES])],
  // "am Stück": without a break. "ein paar": some, a few ("vor ein paar Jahren", "in ein paar Sätzen").
  ['stueck', new Set(['am'])],
  ['paar', new Set(['ein'])],
  // "in ein paar Sätzen", "in wenigen Worten": how short an answer should be.
  ...['saetzen', 'worten'].map((noun) => [noun, new Set(['paar', 'wenigen', 'kurzen', 'zwei', 'drei', 'einigen'])] as const),
  // "im Rahmen der Auswertung": within, as part of.
  ['rahmen', new Set(['im'])],
]);

/** Whether a folded word is a filler noun of an idiom ("Wer ermittelt in dem Fall?", "die vor Ort war"): the article need not hold it. */
export function isIdiomNoun(word: string, before: string | undefined): boolean {
  return before !== undefined && IDIOMS.get(word)?.has(before) === true;
}

/** "Wer steht an der Spitze …?": the verb of the idiom says nothing of its own, folded. */
const STANDS: ReadonlySet<string> = new Set(['steht', 'stehen', 'stand', 'standen']);

/** Whether the folded word at `i` is the verb of "an der Spitze stehen", which asks only who heads something. */
export function isIdiomVerb(words: readonly string[], i: number): boolean {
  return STANDS.has(words[i]!) && words.includes('spitze');
}

/** A figure as written ("4.000", "1,2"), with the word before it. */
const FIGURE = /(?:(\p{L}+)\s+)?(\d+(?:[.,]\d+)*)/gu;
const NO_FIGURES: readonly string[] = [];
const DIGIT = /\d/;

/**
 * The amounts a question names, as written: "4.000" in "… für die 4.000 Euro?", but not "4" in "die Linie 4" (after a
 * noun a figure names which one).
 */
export function askedFigures(question: string): readonly string[] {
  if (!DIGIT.test(question)) return NO_FIGURES;
  const out: string[] = [];
  for (const match of question.matchAll(FIGURE)) if (!match[1] || STOP_WORDS.has(fold(match[1]))) out.push(match[2]!);
  return out;
}

/** The folded words written before a hyphen and another word ("lkw" in "Lkw-Fahrer"): the modifiers of a compound. */
export function hyphenModifiers(question: string, tokens: readonly Token[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const end = tokens[i]!.start + tokens[i]!.surface.length;
    if (question.charCodeAt(end) === HYPHEN && tokens[i + 1]!.start === end + 1) out.push(tokens[i]!.folded);
  }
  return out;
}
const HYPHEN = 45;

/** Question-wide facts gathered in the one pass over the tokens. */
export interface Scan {
  mixedCase: boolean;
  copula: boolean;
  summary: boolean;
  /** A summary of the article itself ("Können Sie den Artikel kurz zusammenfassen?"): its other words ask nothing. */
  wholeSummary: boolean;
  /** The gist of something asked for ("Worum geht es bei …", "Fass zusammen, was …"), not what happened to it ("Was passiert mit …"). */
  gist: boolean;
  photo: boolean;
  source: boolean;
  related: boolean;
  follow: boolean;
}

/** "noch einen Artikel", "weitere Texte": with a word for a text, a request for further reading. */
/** Words that ask for nothing but a summary ("kurz", "Inhalt" may ask about a passage), and words for the article itself. */
const SUMMING_UP = new Set(['zusammenfassung', 'zusammenfassen', 'zusammengefasst', 'kurzfassung', 'ueberblick', 'kernaussagen', 'kernaussage', 'tldr']);
/** Shortest summary word read through one slip, in chars ("ueberblick" and shorter ones must be written right). */
const MIN_SLIPPED_SUMMARY_WORD = 12;
/** Words of {@link SUMMING_UP} long enough that one slip still names them ("Zusammenfasung"). */
const LONG_SUMMING_UP = [...SUMMING_UP].filter((word) => word.length >= MIN_SLIPPED_SUMMARY_WORD);
/** Words that name the article itself and nothing in it, folded ("der Artikel", not "der Bericht", which may be one it cites). */
export const ARTICLE_WORDS: ReadonlySet<string> = new Set(['artikel', 'artikels', 'text', 'textes', 'texts', 'meldung', 'beitrag', 'beitrags', 'nachricht']);
const THE_ARTICLE = new Set([...ARTICLE_WORDS, 'bericht', 'berichts', 'berichtes', 'geschichte', 'story']);

/** Words of a request for a summary ("Gib mir eine kurze Zusammenfassung", "Schreib mal knapp zusammen"), folded. */
const SUMMARY_REQUEST = new Set(['gib', 'gebt', 'geben', 'gibst', 'mach', 'mache', 'schreib', 'schreibe', 'kurze', 'kurzen', 'kurzer', 'knapp', 'knappe', 'knappen', 'kleine', 'schnelle', 'bitte', 'mal',
  // "Fass die wichtigsten Punkte zusammen", "… in ein paar Sätzen zusammen"
  'wichtigste', 'wichtigsten', 'punkte', 'kernpunkte', 'eckpunkte', 'fakten', 'paar', 'saetzen', 'worten']);

/** Verbs that make "zusammen" a request for a summary ("Schreib mal zusammen", "Fass zusammen"), folded. */
const SUMMING_VERBS = new Set(['schreib', 'schreibe', 'schreibt', 'fass', 'fasse', 'fasst', 'fassen', 'stell', 'stelle', 'stellt']);

const FURTHER = new Set(['noch', 'weitere', 'weiteren', 'weiterer', 'andere', 'anderen', 'mehr']);
const TEXT_NOUNS = new Set(['artikel', 'artikeln', 'texte', 'beitraege', 'berichte', 'meldungen']);
/** "Wo kann ich News.de folgen?": a verb of following asks where to follow the publisher. */
const FOLLOW_VERBS = new Set(['folgen', 'folge', 'abonnieren', 'abonniere']);

export function scan(tokens: readonly Token[], classes: WordClass[]): Scan {
  let capitalMid = false;
  let lower = false;
  const out: Scan = { mixedCase: false, copula: false, summary: false, wholeSummary: false, gist: false, photo: false, source: false, related: false, follow: false };
  let summingUp = false;
  let theArticle = false;
  let asksMore = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const word = classOf(token.folded);
    classes.push(word);
    const slippedSummary = !word.summary && token.folded.length >= MIN_SLIPPED_SUMMARY_WORD - 1 && LONG_SUMMING_UP.some((long) => isTypoOf(token.folded, long));
    if (token.capitalized && !token.sentenceStart) capitalMid = true;
    if (!token.capitalized) lower = true;
    out.copula ||= word.copula;
    // ("zusammen" asks a summary only with a verb of writing or putting it: "Schreib mal knapp zusammen", not "zusammen aufbauen".)
    out.summary ||= slippedSummary || (word.summary && (token.folded !== 'zusammen' || tokens.some((other) => SUMMING_VERBS.has(other.folded))))
      || (token.folded === 'um' && tokens[i + 1]?.folded === 'was');
    out.photo ||= word.photo;
    out.source ||= word.source;
    out.related ||= word.related || (FURTHER.has(token.folded) && tokens.some((other) => TEXT_NOUNS.has(other.folded)));
    out.follow ||= FOLLOW_VERBS.has(token.folded);
    summingUp ||= slippedSummary || SUMMING_UP.has(token.folded) || (token.folded === 'fasse' || token.folded === 'fass');
    out.gist ||= token.folded === 'worum';
    theArticle ||= THE_ARTICLE.has(token.folded);
    asksMore ||= !slippedSummary && !word.stop && !word.summary && !word.question && !SUMMARY_REQUEST.has(token.folded);
  }
  // "Gib mir eine kurze Zusammenfassung": a summary asked for with nothing else is of the article too.
  out.wholeSummary = summingUp && (theArticle || !asksMore);
  out.gist ||= summingUp;
  out.mixedCase = capitalMid && lower;
  return out;
}

/**
 * The counted noun after "wie viele" (perhaps after one adjective: "Wie viele neue Kredite …"), as a token index;
 * `tokenClasses` and `wordClasses` are the classes of the tokens and of the words.
 */
export function countedAt(tokens: readonly Token[], words: readonly string[], mixedCase: boolean, tokenClasses: readonly WordClass[], wordClasses: readonly WordClass[]): { at: number | undefined; mass: boolean } {
  const countWord = words.findIndex((word, i) => wordClasses[i]!.countWord && (word.startsWith('wie') || words[i - 1] === 'wie'));
  if (countWord < 0) return { at: undefined, mass: false };
  // "wie viel" counts a mass ("Wie viel Salat …" -> "4,5 Tonnen Salat"), never the measure itself ("wie viel Geld") nor a verb.
  const mass = words[countWord]!.endsWith('viel');
  const isVerb = (at: number): boolean => looksLikeVerb(tokens[at]!, tokenClasses[at]!, mixedCase, false, false);
  for (const at of [countWord + 1, countWord + 2]) {
    const token = tokens[at];
    if (token === undefined || (wordClasses[at] ?? classOf(words[at]!)).stop) continue;
    // "wie viel investiert Voltaris": a verb right after "viel" ends the search.
    if (mass && (isVerb(countWord + 1) || MEASURE_NOUNS.has(words[at]!) || isVerb(at))) continue;
    if (mixedCase ? token.capitalized : at === countWord + 1) return { at, mass };
  }
  return { at: undefined, mass };
}
