/**
 * Checks of a decision beyond the ranking: the heading a question routes to, whether the measure asked for is stated of
 * the thing it is asked of, whether a time is only relative to another event, and the question's numbers.
 */
import type { ArticleIndex, IndexedPassage, IndexedSection, IndexedSentence } from './article-index.js';
import { relativeTimeAnchor, satisfiesFocus } from './focus.js';
import { foldedText, INDEFINITE, onlyAsModifier } from './fact-check.js';
import { wordKeys } from '../text/keys.js';
import { tokenize } from '../text/normalize.js';
import { emptyPacked } from '../text/packed-map.js';
import { besideSynonyms, matchWeight, resolveTerm, withCostCompound, type Alternative, type TermCache } from './match.js';
import { asksMoney } from './measure.js';
import type { Focus, ParsedQuestion } from './question.js';
import { contextKeys, continuesPrevious, bareOfParagraph, hasReferent, withReferent } from './context.js';

/** The heading keys of the lead, which has no heading. */
const NO_HEADING: ReadonlySet<string> = new Set();

/** No keys, as an array of the kind keys arrays have (see packed-map.ts). */
export const NO_KEYS: readonly string[] = emptyPacked();

/** A number's first digit (made once: a regex literal in a function is a new object at each evaluation). */
const STARTS_WITH_DIGIT = /^\d/;

/** Keys of the question's numbers ("2019") and identifiers ("Zone B"): precise constraints a sentence must hold itself. */
export function numberKeys(question: ParsedQuestion): string[] {
  const out = emptyPacked<string>();
  for (const term of question.terms) if (term.identifier || STARTS_WITH_DIGIT.test(term.words[0] ?? '')) out.push(term.keys[0]!);
  return out;
}

/** A heading asking which one ("Welche Regeln gelten jetzt?"). */
const WHICH_HEADING = /^(?:\p{L}+\s+)?welche[mnrs]?\b/iu;

/** The section whose heading the question meets, as a whole answer ("Was bekommt Kim?"), or null. */
export function headingSection(question: ParsedQuestion, index: ArticleIndex, cache: TermCache): IndexedSection | null {
  const hard = question.terms.filter((term) => !term.soft);
  // "Wer ist Kim?" asks for the role the article gives a person, not for a section that names them.
  if (hard.length === 0 || question.whoIsTerm >= 0) return null;
  // Of the headings the question meets, one asking what it asks ("Wann darf wieder gebadet werden?" for "Ab wann darf man
  // wieder schwimmen?", not "Hunde nach Bad im See erkrankt"), then the one it meets best, then the first.
  let best: IndexedSection | null = null;
  let bestScore = 0;
  const category = question.categoryTerm >= 0 ? question.terms[question.categoryTerm] : undefined;
  // A time before now the article has as asked ("Wann wurde zuletzt gebaggert?" where it says "Zuletzt wurde … ausgebaggert").
  const beforeNow = question.terms.filter((term) => term.soft && BEFORE_NOW.has(term.words[0]!)
    && resolveTerm(term, index, cache).some((alternative) => alternative.weight === 1));
  for (const section of index.sections) {
    if (section.headingKeys.size === 0) continue;
    // "Wann fiel das Siegtor?" is not answered by the section "Wie fiel das Siegtor?".
    if (section.headingFocus && section.headingFocus !== question.focus) continue;
    // "Welches Gericht hat das entschieden?" asks which court, not what the section "Was hat das Gericht entschieden?" tells.
    if (category && !WHICH_HEADING.test(section.title) && matchWeight(resolveTerm(category, index, cache), section.headingKeys) > 0) continue;
    let weight = 0;
    const matched = question.terms.filter((term) => {
      const met = matchWeight(resolveTerm(term, index, cache), section.headingKeys);
      weight += met;
      return met > 0;
    });
    // "Welche Vorteile hat die Roboter-OP für Patienten?" meets "Welche Vorteile haben Patienten?" in a story about that
    // robot: the title's words are the whole article's subject, so a heading need not repeat them.
    // "Warum dauert der Ausbau so lange?" meets "Warum verzögert sich der Ausbau?": asking why, what for, how or where
    // about the heading's thing, a question may say it with another verb or adjective (not when it asks who, when or how many).
    const asksAlike = section.headingFocus === question.focus && LOOSE_VERB_FOCUS.has(question.focus);
    const sameAsk = asksAlike && matched.some((term) => term.nounLike);
    // ("Warum macht Brenninger dicht?" meets "Warum schließt das Kaufhaus?" in the story "Kaufhaus Brenninger …": asking the
    // same, by its verb, of the story's subject.)
    const topicMet = matched.length >= 2 || (asksAlike && matched.length === 1 && weight >= 1);
    const allHard = hard.every((term) => matched.includes(term) || (topicMet && matchWeight(resolveTerm(term, index, cache), index.topicKeys) > 0)
      || (sameAsk && !term.nounLike && !term.markers));
    // One word in common routes to a short heading, or to any heading when the question says nothing else ("Wie ist das Ganze aufgeflogen?").
    const saysMore = question.terms.some((term) => !term.soft && !matched.includes(term));
    // "Warum macht die Bank die Filialen dicht?" meets "Warum schließt die Sparkasse die Filialen?": asking the same, with
    // two words met, a noun among them, and only one word the heading lacks.
    const unmet = hard.filter((term) => !matched.includes(term)).length;
    const nearly = asksAlike && unmet === 1 && matched.length >= 2 && matched.some((term) => term.nounLike && !term.soft);
    // ("Wann wurde zuletzt gebaggert?" is not "Wann wird gebaggert?" where the article says "Zuletzt wurde … ausgebaggert":
    // a time the heading lacks and the article has as asked tells the one word in common apart.)
    const softElsewhere = matched.length === 1 && beforeNow.some((term) => !matched.includes(term));
    if (softElsewhere || !(allHard || nearly) || !(matched.length >= 2 || section.headingWords <= 3 || !saysMore || sameAsk || topicMet)) continue;
    const score = (section.headingFocus === question.focus ? SAME_FOCUS_BONUS : 0) + weight;
    if (score > bestScore) {
      best = section;
      bestScore = score;
    }
  }
  return best;
}

/** Adverbs of a time before now, folded: "zuletzt", "damals", "früher". */
const BEFORE_NOW: ReadonlySet<string> = new Set(['zuletzt', 'damals', 'frueher', 'bisher', 'zuvor', 'vorher', 'erstmals']);

/** Focuses of a heading that a question with the same focus meets without its verb (see headingSection). */
const LOOSE_VERB_FOCUS: ReadonlySet<Focus> = new Set<Focus>(['reason', 'purpose', 'means', 'place']);

/** Ranks a heading asking what the question asks above any heading it meets only by more words. */
const SAME_FOCUS_BONUS = 100;

export function resolveCounted(question: ParsedQuestion, index: ArticleIndex, cache: TermCache): Alternative[] | undefined {
  const counted = question.terms[question.countedTerm];
  if (!counted) return undefined;
  return withCountedAdjective(question, index, resolveTerm(counted, index, cache));
}

/** "Wie viele ausländische Ringer …" ~ "vier ausländische Athleten": the counted noun's own adjective after the number. */
export function withCountedAdjective(question: ParsedQuestion, index: ArticleIndex, own: Alternative[]): Alternative[] {
  const adjective = question.terms[question.countedTerm - 1];
  if (!adjective || adjective.nounLike || adjective.verbLike || adjective.soft || GENERIC_ADJECTIVE.test(adjective.words[0]!)) return own;
  const keys = adjective.keys.filter((key) => index.known.has(key));
  return keys.length === 0 ? own : [...own, ...keys.map((key) => ({ keys: [key], weight: COUNTED_ADJECTIVE_WEIGHT }))];
}
const COUNTED_ADJECTIVE_WEIGHT = 0.8;
/** Adjectives too common to say what is counted ("zwei neue Schiffe" counts no "neue Mitarbeiter"), folded starts. */
const GENERIC_ADJECTIVE = /^(?:neu|alt|gross|klein|weit|erst|letzt|ander|viel|wenig|zusaetzlich|weiter|mehr|einzeln|gesamt|ganz|jung|aelter|juenger|hoch|lang|kurz|gut|schlecht|verschieden|bisherig|heutig|jetzig|aktuell)/;

/**
 * "Wie hoch war der Pegel im Juni 2013?": some sentence must hold the measure together with
 * the noun it is of (and the question's numbers), unless that noun is the story's topic.
 */
export function measureStated(question: ParsedQuestion, index: ArticleIndex, cache: TermCache): boolean {
  const units = question.terms.find((term) => term.markers)?.markers;
  const required = question.terms.some((term) => term.markersRequired);
  const term = question.terms[question.measuredTerm];
  const resolved = term ? resolveTerm(term, index, cache) : undefined;
  // A price may be stated of a synonym of the thing asked about ("Was kostet der Ausbau?": "… zu erweitern. Die Kosten …").
  const measured = term && resolved && asksMoney(question.terms) ? withCostCompound(term, besideSynonyms(term, resolved, index), index) : resolved;
  if (!units || !measured || measured.length === 0) return true;
  // Where the article names the whole compound, its measure is stated of it, not of the bare head ("Ticket" for "Campingticket").
  const wholeNamed = measured.some((alternative) => alternative.weight === 1);
  // The noun itself, not the first part of a hyphenated compound: a "Salat-Start-up" is no salad.
  // "Das Programm kostet den Landkreis …" after "Förderprogramm": the head after a definite article is the compound named before.
  let heads: string[] | undefined;
  const names = (sentence: IndexedSentence): boolean => (matchWeight(measured, withReferent(sentence), wholeNamed) > 0
    || (wholeNamed && headAfterArticle(sentence, heads ??= soleCompoundHeads(measured, index)))) && !onlyAsModifier(measured, sentence);
  const topic = index.passages.filter((passage) => passage.kind === 'head' && passage.id !== 'image');
  if (topic.some((passage) => passage.sentences.some(names))) return true;
  const numbers = numberKeys(question);
  // Under a heading naming the noun ("Was kostet der Eintritt jetzt?"), a sentence's measure is of that noun.
  const headed = (passage: IndexedPassage): boolean => matchWeight(measured, index.sectionById.get(passage.sectionId)?.headingKeys ?? NO_HEADING, wholeNamed) > 0;
  return index.passages.some((passage) => passage.sentences.some((sentence, i) => {
    const keys = contextKeys(passage, i);
    // An ambiguous measure ("wie hoch") may be stated without a unit ("ein Monatsgehalt pro Jahr").
    const stated = units.some((unit) => keys.has(unit.key)) || (!required && satisfiesFocus(question.focus, foldedText(sentence), false));
    if (!stated || !numbers.every((key) => keys.has(key))) return false;
    if (names(sentence) || headed(passage)) return true;
    // "… den längsten Zwiebelkranz der Welt zu flechten. 60 Helfer knüpften … einen Kranz von 212 Metern Länge": the head
    // right after a sentence naming the compound is that compound, with any article.
    if (i > 0 && wholeNamed && names(passage.sentences[i - 1]!) && headAfterArticle(sentence, heads ??= soleCompoundHeads(measured, index), ANY_ARTICLE)) return true;
    // "Die Kosten liegen bei …" gives the costs of what the paragraph so far is about.
    if (bareOfParagraph(sentence) && passage.sentences.slice(0, i).some(names)) return true;
    // A sentence continuing the one before (or naming a person by a role pointing back) names its thing there, or, when
    // that one continues too ("Es soll … verteilt werden. Die Kosten dafür …"), in the one before it.
    for (let back = i; back > 0 && back >= i - 2 && (continuesPrevious(passage, back) || hasReferent(passage.sentences[back]!)); back--) {
      if (names(passage.sentences[back - 1]!)) return true;
    }
    return false;
  }));
}

/**
 * Definite articles, demonstratives, "jede" and "solche" before a noun ("das Programm", "dieses Programm", "jede Abholung",
 * "ein solcher Automat"), folded.
 */
const DEFINITE = new Set(['der', 'die', 'das', 'den', 'dem', 'des', 'dieser', 'diese', 'dieses', 'diesen', 'diesem', 'jede', 'jeder', 'jedes', 'jeden', 'jedem',
  'solche', 'solcher', 'solches', 'solchen', 'solchem']);

/**
 * The keys of the heads of the asked compound ("programm" of "Förderprogramm") where the article has no other compound of
 * that head: "die Tickets" may be any of "Tagesticket" and "Campingticket".
 */
function soleCompoundHeads(measured: readonly Alternative[], index: ArticleIndex): string[] {
  const whole = new Set(measured.flatMap((alternative) => (alternative.head ? [] : alternative.keys)));
  return measured.flatMap((alternative) => {
    const head = alternative.keys[0]!;
    const sole = alternative.head && alternative.keys.length === 1 && !index.vocabulary.some((key) => key !== head && key.endsWith(head) && !whole.has(key));
    return sole ? [head] : [];
  });
}

/** Whether the sentence has one of `heads` right after a definite article ("das Programm"). */
function headAfterArticle(sentence: IndexedSentence, heads: readonly string[], articles: ReadonlySet<string> = DEFINITE): boolean {
  if (heads.length === 0) return false;
  const tokens = tokenize(sentence.text);
  return tokens.some((token, i) => i > 0 && token.capitalized && articles.has(tokens[i - 1]!.folded) && wordKeys(token.folded).some((key) => heads.includes(key)));
}

/** Definite and indefinite articles before a noun, folded. */
const ANY_ARTICLE: ReadonlySet<string> = new Set([...DEFINITE, ...INDEFINITE]);

/**
 * Whether the sentence's only time is relative to an event ("Unmittelbar vor seinem Besuch …") and so does not answer
 * "wann": the event is the one asked about ("Wann besucht …"), or the asked verb is not in the sentence ("Wann ist … gelandet?").
 */
export function anchoredTo(question: ParsedQuestion, sentence: IndexedSentence, index: ArticleIndex, cache: TermCache): boolean {
  const anchor = relativeTimeAnchor(foldedText(sentence));
  if (!anchor) return false;
  const keys = new Set(wordKeys(anchor));
  // (The event asked about by a synonym too: "Wann reiste …" ~ "vor ihrem Besuch".)
  if (question.terms.some((term) => term.keys.some((key) => keys.has(key)) || (term.verbLike && !term.soft && matchWeight(resolveTerm(term, index, cache), keys) > 0))) return true;
  return question.terms.some((term) => term.verbLike && !term.soft && matchWeight(resolveTerm(term, index, cache), sentence.keys) === 0);
}
