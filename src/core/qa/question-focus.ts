/**
 * The focus of a question: the kind of fact it asks for ("wann" a time, "wie viele" a count, "was sagt X" X's words),
 * from its folded words; also of a section heading that is itself a question.
 */
import { tokenize } from '../text/normalize.js';
import { DEFINITE_ARTICLES } from '../text/stopwords.js';
import { classOf, isMeasure, isPlaceCategory, isTimeCategory, reasonNounAt, WHICH, wordingAsked, type WordClass } from './question-words.js';
import type { Focus } from './question.js';

/*
 * Word lists tested on every word of every question: sets of folded words, not anchored regexes
 * (a Set lookup is several times cheaper than a regex run and matches exactly the same words).
 */
/** "Wie heißt …" asks for a name, not a temperature ("wie heiß"). */
const NAME_VERB_FORMS: ReadonlySet<string> = new Set(['heisst', 'heissen', 'hiess', 'hiessen', 'nennt', 'nennen', 'nannte', 'nannten']);
/** "Was hat X … gesagt?" asks for X's words like "Was sagt X?": a form of "haben", then the participle last. */
const HAVE: ReadonlySet<string> = new Set(['hat', 'haben', 'hatte', 'hatten']);
const SAID: ReadonlySet<string> = new Set(['gesagt', 'erklaert', 'geschrieben', 'gemeint', 'betont', 'gefordert', 'kritisiert', 'gewarnt', 'geaeussert', 'vorgeworfen']);
export const HOLDS_OPINION: ReadonlySet<string> = new Set(['haelt', 'halten', 'hielt', 'hielten']);
/** "Was sagt Kallweit zu der Kritik?": what someone's words answer, not what they must contain, folded. */
export const DISCUSSED: ReadonlySet<string> = new Set(['kritik', 'vorwurf', 'vorwuerfe', 'vorwuerfen', 'thema', 'sache', 'angelegenheit', 'vorfall', 'entscheidung']);
const SAYING_VERBS: ReadonlySet<string> = new Set(['vorwirft', 'vorwarf', 'vorwerfen', 'sagt', 'sagte', 'meint', 'meinte', 'erklaert', 'erklaerte', 'schreibt', 'schrieb',
  'kritisiert', 'fordert', 'forderte', 'warnt', 'warnte', 'sprach', 'spricht', 'betont', 'betonte',
  // "Was stört Obermaier …?" asks for her complaint, in her words.
  'stoert', 'stoerte', 'aergert', 'aergerte', 'bemaengelt', 'bemaengelte', 'beklagt', 'beklagte',
  // The same of several ("Was sagen die Umweltschützer dazu?").
  'sagen', 'sagten', 'meinen', 'meinten', 'erklaeren', 'erklaerten', 'kritisieren', 'kritisierten', 'warnen', 'warnten',
  'betonen', 'betonten', 'bemaengeln', 'beklagen']);
export const NAME_ASKING: ReadonlySet<string> = new Set(['heisst', 'heissen', 'hiess']);
const DEFINITE_ARTICLE: ReadonlySet<string> = new Set(['der', 'die', 'den']);
/** Spans after "welche" that ask when and stay content: "In welchem Jahr", "Ab welcher Saison", "In welcher Woche". */
const YEAR_WORDS: ReadonlySet<string> = new Set(['jahr', 'jahren', 'monat', 'monaten', 'saison', 'spielzeit', 'woche', 'wochen', 'jahrhundert', 'jahrzehnt']);
const REACTING: ReadonlySet<string> = new Set(['reagiert', 'reagieren', 'reagierte', 'reagierten', 'aeussert', 'aeusserte', 'aeussern']);

/** The focus of a question's folded words, with `classes` the class of each word. */
export function focusOf(words: readonly string[], classes: readonly WordClass[]): Focus {
  // Words past the end are '' by a check, not a read: a read past the end of an array deoptimises the parser.
  const wordAt = (at: number): string => (at < words.length ? words[at]! : '');
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (isPlaceCategory(words, i + 1)) return 'place';
    if (isTimeCategory(words, i + 1)) return 'time';
    const wording = wordingAsked(words, i + 1);
    if (wording) return wording;
    // "Was war die Ursache für das Feuer?", "Aus welchem Grund …?" ask why.
    if ((word === 'was' || word === 'aus') && (reasonNounAt(words, i + 2) || reasonNounAt(words, i + 3))) return 'reason';
    if (!classes[i]!.focusStart) continue;
    const next = wordAt(i + 1);
    if (word === 'wie' && NAME_ASKING.has(next) && DEFINITE_ARTICLE.has(wordAt(i + 2))) return 'person';
    if (word === 'wie' && NAME_VERB_FORMS.has(next)) return 'naming';
    if ((word === 'wie' && next === 'alt') || (WHICH.has(word) && next === 'alter')) return 'age';
    if (word.startsWith('wievielt')) return 'ordinal';
    // "In welchem Jahr …" asks when, like "wann"; "Jahr" stays content (a time of another kind does not give it).
    if (WHICH.has(word) && YEAR_WORDS.has(next)) return 'time';
    if ((word === 'wieviel' && next === 'uhr') || (word === 'wie' && next === 'viel' && wordAt(i + 2) === 'uhr')) return 'time';
    if (word.startsWith('wieviel') || (word === 'wie' && isMeasure(next))) return 'count';
    if (word === 'wann' || (word === 'seit' && next === 'wann') || (word === 'bis' && next === 'wann')) return 'time';
    if (word === 'wie' && classes.some((later, j) => j > i && later.naming)) return 'naming';
    // "Als was bezeichnet Putin Nordkorea?", "Als was für einen Partner …" ask the name given, like "Wie bezeichnet …".
    if (word === 'was' && words[i - 1] === 'als' && classes.some((later, j) => j > i && later.naming)) return 'naming';
    if (word === 'was' && (SAYING_VERBS.has(next) || (HAVE.has(next) && SAID.has(words[words.length - 1]!)))) return 'quote';
    // "Was hält der Betriebsrat von dem Deal?", "Was hält der Mieterverein davon?" ask for an opinion: the words of the one asked.
    if (word === 'was' && HOLDS_OPINION.has(next) && (words.includes('von', i + 2) || words.includes('davon', i + 2))) return 'quote';
    // "Wie reagiert X auf …" asks for X's words, like "Was sagt X zu …".
    if (word === 'wie' && REACTING.has(next)) return 'quote';
    switch (word) {
      case 'wer': case 'wen': case 'wem': case 'wessen': return 'person';
      // "Wo kommt der Erreger her?" asks "woher", its "her" moved to the verb's end.
      case 'wo': return words.some((later, j) => j > i && (later === 'her' || FROM_VERB.test(later))) ? 'origin' : 'place';
      case 'wohin': return 'place';
      case 'warum': case 'weshalb': case 'wieso': case 'weswegen': return 'reason';
      case 'wofuer': case 'wozu': return 'purpose';
      case 'womit': case 'wodurch': return 'means';
      case 'woher': return 'origin';
      default:
    }
  }
  return 'thing';
}

/** A verb with "her" (folded, joined with its particle): "kommt … her", "stammt … her". */
const FROM_VERB = /^her(?:kommt|kommen|kam|kamen|gekommen|stammt|stammen|stammte|stammten)$/;

/** The focus of a heading that is itself a question ("Wie fiel das Siegtor?"), else null. */
export function headingFocus(heading: string): Focus | null {
  if (!heading.trim().endsWith('?')) return null;
  const words = tokenize(heading).map((token) => token.folded);
  return focusOf(words, words.map((word) => classOf(word)));
}

/** Words for someone ("Wer ist der Mann neben Putin?", "dem Mann"), folded: see pointsToSomeone. */
export const SOMEONE: ReadonlySet<string> = new Set(['mann', 'frau', 'person', 'herr', 'dame', 'junge', 'maedchen', 'kind', 'typ', 'kerl']);
/** An inflected adjective ("junge", "älteren"), folded. */
const INFLECTED = /\p{L}{2,}(?:e|en|er|es|em)$/u;
/** A relative clause after a comma ("der Mann, der trotz Evakuierung …"): it says who is meant. */
const RELATIVE_CLAUSE = /,\s*(der|die|das|dem|den|dessen|deren)\s/i;

/**
 * "der Mann", "die Frau" as no content of their own: after "wer" they ask who; after a definite article they point back
 * to someone the article names by name or role ("Was wirft die Staatsanwaltschaft dem Mann vor?" ~ "… wirft ihm … vor"),
 * unless a relative clause says who. Never "die Frau von Kim", which asks for her.
 */
export function pointsToSomeone(words: readonly string[], i: number, focus: Focus, question: string): boolean {
  if (words[i + 1] === 'von') return false;
  // ("die junge Frau", "der älteren Dame": an inflected adjective may stand between.)
  const article = DEFINITE_ARTICLES.has(words[i - 1] ?? '') || (DEFINITE_ARTICLES.has(words[i - 2] ?? '') && INFLECTED.test(words[i - 1] ?? ''));
  return (focus === 'person' && words[0] === 'wer') || (article && !RELATIVE_CLAUSE.test(question));
}

const NEXT_WORDS: ReadonlySet<string> = new Set(['naechste', 'naechsten', 'naechster', 'naechstes', 'naechstem']);

/** "Wann ist die nächste Bürgermeisterwahl?": a time question about the next one of something. */
export function asksForNext(words: readonly string[], focus: Focus): boolean {
  return focus === 'time' && words.some((word) => NEXT_WORDS.has(word));
}
