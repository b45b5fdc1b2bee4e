/**
 * Decides how to answer one parsed question from one article index: a metadata intent,
 * a whole section (heading routing), the best passages, or abstention — when a content word
 * occurs nowhere in the article, when the best passage covers too little of the question,
 * or when the fact asked for (a number, a time) is not there.
 */
import type { ArticleIndex, IndexedPassage, IndexedSection, IndexedSentence } from './article-index.js';
import { CAUSE_STATED, focusIsPreferred, focusIsRequired } from './focus.js';
import { countedNear, describesName, focusTest, foldedText, onlyAsModifier, onlyIndefinite } from './fact-check.js';
import { FACT } from '../text/facts.js';
import { fold, tokenize } from '../text/normalize.js';
import { wordKeys } from '../text/keys.js';
import { compoundMatches, MIN_PART, MODIFIER_WEIGHT } from './compounds.js';
import { emptyPacked, packedMap } from '../text/packed-map.js';
import { matchWeight, resolveTerm, type Alternative, type TermCache } from './match.js';
import type { ParsedQuestion, Term } from './question.js';
import { classOf } from './question-words.js';
import { ARTICLE_WORDS } from './question-scan.js';
import { contextKeys, bareOfParagraph, passageContext, withFocusNeighbour, withReferent } from './context.js';
import { askedSpeaker, asksFirmName, givesWhatIsAsked, identityRole, listIntros, namesFirmOfKind, namesOneOfKind, namesOtherOfKind, namesPlaces, spokenBy, spokespersonFrom, statesTotal, type AskedPlace } from './answer-checks.js';
import { placeStandIns } from '../text/synonyms.js';
import { EMPTY_KEY_SET } from '../text/key-set.js';
import { ensureRoleReferences } from './coreference.js';
import { isGenericNoun, namedByKickerAlone, shareAsked, weighTerms, withoutNarrowerAsked, type WeightedTerm } from './weigh-terms.js';
import { asksFounder, asksFounding, asksSuspect, asksWholeCost, foundingSentence, datesExistence, FOUNDED, FOUNDING_VERB, existenceSentence, concernSentence, saysOfConcern, suspectSentence, wholeCostSentence, type StoryFact } from './story-facts.js';
import { anchoredTo, headingSection, measureStated, NO_KEYS, numberKeys, resolveCounted, withCountedAdjective } from './decision-checks.js';

/** A heading asking what one should or can do ("Wie sollte man sich verhalten …", "Was können Fahrgäste jetzt tun?"). */
const ADVICE_HEADING = /\b(sollte|sollten|soll|sollen|muss|müssen|kann|können|darf|dürfen)\b.*(\bman\b|\btun\b|\bverhalten\b)|\bwas tun\b|\btipps?\b/u;
/** Words of advice in a folded sentence ("rät", "empfiehlt", "sollte", "soll"). */
const ADVICE_SENTENCE = /\b(?:raet|raten|riet|rieten|empfiehlt|empfehlen|empfahl|sollte|sollten|soll|sollen|mahnt|bittet|appelliert)\b/;
/** Share of the question's weighted content words the best passage must cover (0..1). */
export const MIN_COVERAGE = 0.6;
/**
 * A passage covering less of the question, down to this share, still answers when it meets every noun of the question
 * surely (see nounsMet): what it lacks are verbs and modifiers ("Wann könnte der Neubau fertig sein?" ~ "Der Neubau soll
 * im Herbst 2028 bezogen werden"). +21 -5 on the eval questions; without the nouns' condition 0.45 gave +113 -68.
 */
const WEAK_COVERAGE = 0.45;
/**
 * Focuses whose answer a reader words apart from the question: a reason ("Warum ist der Dehoga gegen das System?" ~ "Der
 * Verband hält die Bewertung für …"), a place ("Wo konnten sich frierende Bewohner aufwärmen?" ~ "In der Turnhalle …"), a
 * purpose, means or origin. A passage answers them covering less of the question ({@link LOOSE_COVERAGE}); the sentence
 * must still cover {@link SENTENCE_COVERAGE}, and for "wo" a quoted sentence must name a place. On all eval questions +26 -3
 * (0.5: +17 -2; 0.3: +28 -3; the place check costs nothing; asking a stated reason of "warum" too would cost 12). Not for
 * times, counts, persons or things: there it lost about as much as it won.
 */
const LOOSE_FOCUS: ReadonlySet<string> = new Set(['place', 'reason', 'purpose', 'means', 'origin']);
const LOOSE_COVERAGE = 0.4;
/** Weight at which a noun of the question counts as surely met (its own word, a compound of it or a listed synonym). */
const SURE_NOUN = 0.8;
/** Focuses whose fact one sentence states: a figure, a time, a place, an origin, a reason (see scorePassage: the sentence holding it answers). */
const FACT_FOCUS: ReadonlySet<string> = new Set(['count', 'time', 'place', 'origin', 'ordinal', 'reason']);
/** No kind asked for ("Welche Firma …"), or none the article names. */
const NO_KIND: readonly Alternative[] = [];
/** A compound of a kind asked for ("Flugzeugtypen", "Automarken", "Rebsorten"): its answer names the kind, not the thing. */
const KIND_HEAD = /(?:typ|typen|modell|modelle|marke|marken|sorte|sorten)$/;
/** Share of the question one sentence holding the asked number, time or age must cover. */
const FOCUS_COVERAGE = 0.5;
/** The same for a count question's sentence whose number counts the thing asked about (see countedNear). */
const COUNTED_FOCUS_COVERAGE = 0.45;
/**
 * Share of the question one sentence must cover: facts spread over a passage are near-misses. (0.5 until the sixteenth
 * session; 0.3 answers 13 more eval questions right, such as "Warum war die Ernte im Vorjahr so mies?" where "Ernte" and
 * "Vorjahr" are two sentences apart.)
 */
const SENTENCE_COVERAGE = 0.3;
/** Headline, teaser and caption sum up; a passage of the text that covers the question as well gives the details. */
const HEAD_PENALTY = 0.1;
/** Score added to a passage whose answering sentence states the asked measure with its own word ("lange", "Höhe"). */
const STATED_MEASURE_BONUS = 0.1;
/** A hit with the question's time preposition ("seit") wins over the best hit when its score is at least this share of it. */
const FOLLOWING_SHARE = 0.9;
/** A founding ("1921 gegründet") answers "Seit wann gibt es …" when its hit scores at least this share of the best. */
const FOUNDED_SHARE = 0.75;
/** An hour of the day: "8.30 Uhr", "um 14 Uhr", "sieben Uhr früh", "Mitternacht", folded. */
const HOUR = /\b(?:\d{1,2}(?:[.:]\d\d)?|eins?|zwei|drei|vier|fuenf|sechs|sieben|acht|neun|zehn|elf|zwoelf)\s*uhr\b|\bmitternacht\b/;
/** A passage stating a reason joins a best one that states none when its score is at least this share of the best. */
const REASON_SHARE = 0.6;
/**
 * A runner-up passage joins the answer when its score is at least this share of the best. (0.85 until the sixteenth
 * session; 0.8 answers 24 more eval questions right. 0.7 answers 8 more again, but adds passages a reader calls noise.)
 */
const RUNNER_UP_SHARE = 0.8;
/** Share of its weight a soft term the keys lack still counts with (see coverage). */
const SOFT_ABSENT_SHARE = 0.5;
/** The same for an adjective or adverb of the question (see coverage). */
const MODIFIER_ABSENT_SHARE = 0.8;
/** Weight of a term matched only in the section heading, relative to a match in the passage. */
const HEADING_CONTEXT = 0.6;
/** Weight of a term matched only in the title or teaser (the story's topic, true of every passage). */
const ARTICLE_CONTEXT = 0.5;
/** Bonus of a passage answering "wann" with a precise time (a date, a year, a clock time). */
const PRECISE_TIME_BONUS = 0.15;
/** Score added to a passage stating a start for "ab wann" (see START_TIME). */
const START_BONUS = 0.15;
/** Score added to a passage stating a total, for a question asking one ("insgesamt"). */
const TOTAL_BONUS = 0.1;
/** Score added to a passage saying the time a question asks of, the future or the past so far (see timeOfQuestion). */
const SAME_TIME_BONUS = 0.15;
/** Words of what will be ("künftig") and of what was so far ("bislang"), folded. */
const FUTURE_WORDS = /\b(?:kuenftig|zukuenftig|kuenftige[nmrs]?|zukuenftige[nmrs]?)\b/;
const PAST_WORDS = /\b(?:bisher|bislang|frueher|zuvor)\b/;
/** The words of the time a question asks of ("künftig", "in Zukunft", "bisher", "früher"), or null. */
function timeOfQuestion(question: ParsedQuestion): RegExp | null {
  for (const term of question.terms) {
    if (FUTURE_WORDS.test(term.words[0]!)) return FUTURE_WORDS;
    if (PAST_WORDS.test(term.words[0]!)) return PAST_WORDS;
  }
  return null;
}
/** A thing named by an indefinite article and the place it is in ("in eine Klinik nach Schwerin"). */
const INDEFINITE_AT_PLACE = /\b(?:eine?[mnr]?)\s+\p{L}+\s+(?:in|nach)\s+(\p{Lu}\p{Ll}[\p{L}-]*)/u;
/** Score added to a passage naming one of the kind a "Welche …" question asks for. */
const NAMED_OF_KIND_BONUS = 0.1;
/** Least weight of the article word a misspelt place was read as. */
const MISSPELT_PLACE_WEIGHT = 0.8;
/** Letters a misspelt place shares at its start with the article's place it was read as. */
const MISSPELT_PLACE_START = 3;
/**
 * A time something starts at, folded: "ab dem 1. März", "ab Montag", "zum 1. Juli", "zur Spielzeit 2027/28", "vom 1. November
 * an"; not "bis zum 30. November".
 */
const START_TIME = /(?<!\bbis )\b(?:ab|zum|zur)\s+(?:dem\s+|der\s+|kommenden\s+|naechsten\s+)?(?:\d|januar|februar|maerz|april|mai|juni|juli|august|september|oktober|november|dezember|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|fruehjahr|fruehling|sommer|herbst|winter|ostern|pfingsten|weihnachten|anfang|mitte|ende|jahresbeginn|jahreswechsel|schuljahr|spielzeit|saison|wintersemester|sommersemester|sofort)|\bvom\s[^.;]*?\ban\b/;
/** Score added to a passage whose sentence holding the asked measure has the question's verbs too. */
const FACT_VERB_BONUS = 0.1;
/** Verbs asking for a summary ("zusammenfassen", "Fass … zusammen" read as one verb), folded. */
const SUMMING_UP = /zusammen|^fass/;
/**
 * How well the headline or teaser must meet a word of "Worum geht es bei …" for it to ask about the story: a compound met
 * by its first part will do ("Garnelenfarm" under "Garnelen aus dem Schweinestall").
 */
const GIST_TOPIC_WEIGHT = 0.5;
/** Score added to a passage whose quotation holds a word of a "Wie nennt …" question (see scorePassage). */
const QUOTED_NAME_BONUS = 0.2;
/** How well a quoted word must meet the question's ("Ukraine"; not "Land" in "Russlands"). */
const QUOTED_WORD_WEIGHT = 0.8;
/** A quotation, its words in group 1. */
const QUOTATION = /[„"“»]([^"“”«„]+)["“”«]/gu;

/** Whether one of the sentence's quotations holds a word of the question (matched by its alternatives). */
function quotesAsked(sentence: IndexedSentence, terms: readonly WeightedTerm[]): boolean {
  for (const quotation of sentence.text.matchAll(QUOTATION)) {
    const keys = new Set(tokenize(quotation[1]!).flatMap((token) => wordKeys(token.folded)));
    if (terms.some((term) => matchWeight(term.alternatives, keys) >= QUOTED_WORD_WEIGHT)) return true;
    // ("Wie nennt Putin den Ukrainekrieg?": the quotation's "Ukraine" is the compound's modifier.)
    if (terms.some((term) => term.term.nounLike && term.term.keys.some((asked) => [...keys].some((key) => key.length >= MIN_QUOTED_MODIFIER
      && asked.length >= key.length + MIN_PART && asked.startsWith(key))))) return true;
  }
  return false;
}
/** Letters of the shortest quoted word that counts as a question compound's modifier. */
const MIN_QUOTED_MODIFIER = 5;
/** A quoted predicate: "… sei „ein überzeugter Unterstützer“", "… als „Wunder“". */
const NAMED_AS = /\b(?:sei|seien|wäre|ist|sind|als)\s+(?:(?:ein|eine|einen|einem|der|die|das)\s+)?[„"“»]/u;

export interface Hit {
  passage: IndexedPassage;
  sentences: IndexedSentence[];
  score: number;
  coverage: number;
  /** Best coverage of one sentence holding the fact asked for (an anaphoric one with its predecessor). */
  focusCoverage: number;
  /** Best coverage of one sentence (an anaphoric one with its predecessor), with heading and topic as context. */
  sentenceCoverage: number;
}

export type Decision =
  | { kind: 'abstain'; reason: 'missing' | 'weak' | 'focus' | 'empty' }
  | { kind: 'summary' | 'photo' | 'source' | 'related' | 'follow' }
  | { kind: 'section'; section: IndexedSection; hits: Hit[] }
  | { kind: 'passages'; hits: Hit[]; referent?: string | undefined };

/** A single word of the question that is neither noun nor verb nor a measure: an adjective or adverb ("neue", "dort"). */
function isModifierWord(term: Term): boolean {
  return !term.soft && !term.nounLike && !term.verbLike && !term.markers && term.words.length === 1;
}

/**
 * Share of the question's weighted terms the keys hold. A term the keys lack counts at its context weight, when given:
 * matched in the passage's heading or, failing that, in the story's topic (see contextWeights).
 */
function coverage(terms: readonly WeightedTerm[], keys: ReadonlySet<string>, context: Float64Array | null): number {
  let matched = 0;
  let sum = 0;
  for (let t = 0; t < terms.length; t++) {
    const term = terms[t]!;
    let value = matchWeight(term.alternatives, keys);
    if (context && context[t]! > value) value = context[t]!;
    // A soft word the keys lack counts only in part: readers pick such words freely ("Wann wurde der Mann verhaftet?" is
    // answered by "Der Verdächtige wurde am 3. April … festgenommen"). So, a little, does an adjective or adverb: "Seit wann
    // backt die neue Meisterin dort?" is answered by "Seit dem 1. März backt Bäckermeisterin …".
    const share = term.term.soft ? SOFT_ABSENT_SHARE : isModifierWord(term.term) ? MODIFIER_ABSENT_SHARE : 1;
    sum += term.weight * (share + (1 - share) * value);
    matched += term.weight * value;
  }
  return sum === 0 ? 0 : matched / sum;
}

/**
 * Each term's weight from a passage's context alone: its heading, else the story's topic. The topic stands in for the
 * question's word, not for the head of its compound (a "Joghurt" story says nothing of "Fruchtjoghurt").
 * The same for every sentence of the passage, so worked out once per heading and question.
 */
function contextWeights(context: QuestionContext, heading: ReadonlySet<string> | null): Float64Array {
  const key = heading ?? EMPTY_KEY_SET;
  let weights = context.contextWeights.get(key);
  if (weights) return weights;
  const { terms, index } = context;
  weights = new Float64Array(terms.length);
  for (let t = 0; t < terms.length; t++) {
    const alternatives = terms[t]!.alternatives;
    const value = heading ? HEADING_CONTEXT * matchWeight(alternatives, heading) : 0;
    weights[t] = value !== 0 ? value : ARTICLE_CONTEXT * matchWeight(alternatives, index.topicKeys, true);
  }
  context.contextWeights.set(key, weights);
  return weights;
}

/** What scoring needs about the question beyond its terms, worked out once per question. */
interface QuestionContext {
  terms: readonly WeightedTerm[];
  question: ParsedQuestion;
  index: ArticleIndex;
  holds: (sentence: IndexedSentence) => boolean;
  /** The counted noun's term, for "Wie viele X". */
  counted: WeightedTerm | undefined;
  /** Keys of the question's numbers ("2019"): precise constraints a sentence must hold itself. */
  numbers: string[];
  /** The question's places ("in Dresden"): a sentence must name them, or the story be about them. */
  places: AskedPlace[];
  /** The question's verbs that say something (not soft) and that the article has. */
  verbs: readonly WeightedTerm[];
  /** Keys of words that state the asked measure outright ("lange" in "27 Kilometer lange"). */
  statedBy: readonly string[];
  /** The question asks the size of a ground or water, whose area answers before a length (see GROUND_MARKERS). */
  asksArea: boolean;
  /** The alternatives of the kind a "Welche …" question asks for ("Kneipe"), else none. */
  kind: readonly Alternative[];
  /** The terms' context weights per heading (see contextWeights). */
  contextWeights: Map<ReadonlySet<string>, Float64Array>;
  /** The words of the time the question asks of, the future or the past so far (see timeOfQuestion), or null. */
  era: RegExp | null;
}

/** The first sentence of a paragraph gives context to its sentences from this one on (the second may continue it, see contextKeys). */
const LEAD_FROM = 2;
/** The terms' context weights for the later sentences of a paragraph: the paragraph's first sentence, or the heading's or topic's. */
function leadWeights(terms: readonly WeightedTerm[], lead: ReadonlySet<string>, fromContext: Float64Array): Float64Array {
  const out = new Float64Array(terms.length);
  for (let t = 0; t < terms.length; t++) out[t] = Math.max(fromContext[t]!, matchWeight(terms[t]!.alternatives, lead));
  return out;
}

/** The passage's hit, or null when it covers too little of the question to be one. */
function scorePassage(passage: IndexedPassage, section: IndexedSection | undefined, context: QuestionContext): Hit | null {
  const { terms, question, index, holds, counted, numbers, places, statedBy, verbs, kind } = context;
  const fromContext = contextWeights(context, passageContext(passage, section, index));
  const passageCoverage = coverage(terms, passage.keys, fromContext);
  // Too little of the question here (below MIN_COVERAGE, or WEAK_COVERAGE with every noun met), and nothing that could make
  // it strong: skip the sentence work.
  const mayBeStrong = (question.focus === 'count' && counted !== undefined) || (question.focus === 'quote' && passage.speakers.size > 0);
  const enough = passageCoverage >= MIN_COVERAGE || (passageCoverage >= WEAK_COVERAGE && nounsMet(terms, passage));
  const loose = !enough && passageCoverage >= LOOSE_COVERAGE && LOOSE_FOCUS.has(question.focus);
  if (!enough && !loose && !mayBeStrong) return null;
  // A question in the text ("Wie konnte der Affe entkommen?") answers nothing: it is never quoted as an answer.
  const scored = packedMap(passage.sentences, (sentence) => ({ sentence, value: sentence.asks ? 0 : coverage(terms, withReferent(sentence), null) }));
  const best = Math.max(0, ...scored.map((entry) => entry.value));
  const matched = best === 0 ? emptyPacked<IndexedSentence>() : packedMap(scored.filter((entry) => entry.value >= 0.5 * best), (entry) => entry.sentence);
  let sentences = withFocusNeighbour(matched, passage, question, holds);
  let score = 0.75 * passageCoverage + 0.25 * best;
  if (question.focus !== 'thing' && matched.some(holds)) score += 0.05;
  // "Wie lang ist die Strecke?": "Die 27 Kilometer lange Nebenstrecke" states the length itself, not just any measure.
  if (statedBy.length > 0 && sentences.some((sentence) => holds(sentence) && statedBy.some((key) => sentence.keys.has(key)))) score += STATED_MEASURE_BONUS;
  // "Wie groß ist der See?": its area ("Der 84 Hektar große See") before a length of it ("eine Sichttiefe von 35 Zentimetern").
  if (context.asksArea && sentences.some((sentence) => holds(sentence) && sentence.keys.has(FACT.area))) score += STATED_MEASURE_BONUS;
  // "Wie lange bleibt die Straße gesperrt?": the sentence holding the measure with the question's verb ("… wird für 16
  // Monate voll gesperrt") says it of what is asked, though another states the measure by its word ("damit die Straße
  // 30 Jahre lang nicht wieder aufgerissen werden muss"). (For any fact asked, this lost more than it won.)
  if (statedBy.length > 0 && verbs.length > 0 && sentences.some((sentence) => holds(sentence)
    && verbs.every((verb) => matchWeight(verb.alternatives, sentence.keys) > 0))) score += FACT_VERB_BONUS;
  // "Wann …" prefers a precise time ("23.41 Uhr", "Juni 2013") over a vague one ("am Wochenende").
  if (question.focus === 'time' && sentences.some((sentence) => sentence.keys.has(FACT.clock))) score += PRECISE_TIME_BONUS;
  // "Ab wann gilt das neue Porto?" prefers a start ("ab dem 1. Januar 2027", "zum 1. Oktober", "vom 1. November an") over
  // another time ("seit 1993", "bis Ende 2028").
  if (question.asksStart && sentences.some((sentence) => holds(sentence) && START_TIME.test(foldedText(sentence)))) score += START_BONUS;
  // "Wieviel Geld hat sie insgesamt abgezweigt?" prefers the figure said to be the total ("um insgesamt 874.300 Euro").
  if (question.asksTotal && question.focus === 'count' && sentences.some((sentence) => holds(sentence) && statesTotal(sentence))) score += TOTAL_BONUS;
  // "Wie schnell darf man künftig … fahren?" prefers what will hold ("gilt künftig Tempo 70") to what holds so far
  // ("Bislang … Tempo 100"), and "bisher" the other way round. (Taking off as much for the other time lost 7 and won 2.)
  const era = context.era;
  if (era && sentences.some((sentence) => era.test(foldedText(sentence)))) score += SAME_TIME_BONUS;
  // "Welche Kneipe musste schließen?" prefers the one named ("Die Traditionskneipe „Zum Gerber“ musste … schließen") over the
  // kind in general ("… dass Kneipen und Bars … schließen müssen").
  if (kind.length > 0 && sentences.some((sentence) => namesOneOfKind(sentence, kind))) score += NAMED_OF_KIND_BONUS;
  if ((question.focus === 'naming' || question.focus === 'quote') && passage.hasQuote) score += 0.1;
  // "Wie bezeichnet Putin Nordkorea?": a quoted predicate ("Nordkorea sei „ein überzeugter Unterstützer“") names it.
  if (question.focus === 'naming' && sentences.some((sentence) => NAMED_AS.test(sentence.text))) score += 0.1;
  // "Wie bezeichnet Putin den Krieg in der Ukraine?": a quotation holding a word of the question ("Russlands militärische
  // Spezialoperation in der Ukraine") is the name given, where the reporter's own word ("im Ukraine-Krieg") is not.
  if (question.focus === 'naming' && passage.hasQuote && sentences.some((sentence) => quotesAsked(sentence, terms))) score += QUOTED_NAME_BONUS;
  const bySpeaker = passage.speakers.size > 0 && terms.some((term) => matchWeight(term.alternatives, passage.speakers) > 0);
  if (bySpeaker) score += 0.1;
  if (passage.kind === 'head') score -= passage.id === 'title' ? HEAD_PENALTY : 0.02;
  // "Was sagt X zu Y?": X's own quotation answers it even when Y is paraphrased.
  // "Wie viele X?": "<number> X" in a sentence answers it even when the rest is paraphrased.
  const countsIt = counted !== undefined && question.focus === 'count' && passage.sentences.some((sentence) => countedNear(sentence, counted.alternatives));
  if (countsIt) score += 0.15;
  const strong = (bySpeaker && question.focus === 'quote') || countsIt;
  let focusCoverage = 0;
  let sentenceCoverage = 0;
  let focusSentence: IndexedSentence | undefined;
  // Past its second sentence, a paragraph's sentences are about what its first one says ("Besonders hart trifft das Vorhaben
  // den SV Hesselborn. … sagte der Vereinsvorsitzende Uwe Reichert."): the words of the first count there as context.
  let leadContext: Float64Array | undefined;
  passage.sentences.forEach((sentence, i) => {
    const context = contextKeys(passage, i);
    // A number of the question ("2019") is a precise constraint: it must be in the sentence itself, or in the one it
    // continues ("… eine 96-jährige Frau aus Oldenburg. Sie übergab …").
    if (!numbers.every((key) => context.has(key))) return;
    if (!namesPlaces(places, context, sentence, index)) return;
    const value = coverage(terms, context, i >= LEAD_FROM ? (leadContext ??= leadWeights(terms, passage.sentences[0]!.keys, fromContext)) : fromContext);
    sentenceCoverage = Math.max(sentenceCoverage, value);
    if (holds(sentence) && value > focusCoverage) {
      focusCoverage = value;
      focusSentence = sentence;
    }
  });
  // A fact taken from the next sentence ("… lahmgelegt. Unbekannte hatten in der Nacht zum Montag …") covers what
  // both say, when the two hold every question word the article has.
  if (sentences.length > matched.length && numbers.length === 0) {
    const before = sentences[0] !== matched[0];
    const [first, second] = before ? [matched[0]!, sentences[0]!] : [matched[matched.length - 1]!, sentences[sentences.length - 1]!];
    focusCoverage = Math.max(focusCoverage, pairCoverage(terms, first, second, fromContext));
  }
  // So do two matched sentences in a row, the second holding the fact ("… startet ein kostenloser Rettungsschwimmkurs …
  // Teilnehmen kann, wer mindestens 14 Jahre alt ist").
  // (So for a sum asked by "Was kostet …": "… als Notquartier für Erstsemester. Eine Nacht kostet fünf Euro.")
  if (numbers.length === 0 && (question.focus !== 'thing' || question.terms.some((term) => term.markersRequired))) {
    for (let k = 1; k < matched.length; k++) {
      const second = matched[k]!;
      if (!holds(second) || passage.sentences.indexOf(second) !== passage.sentences.indexOf(matched[k - 1]!) + 1) continue;
      focusCoverage = Math.max(focusCoverage, pairCoverage(terms, matched[k - 1]!, second, fromContext));
    }
  }
  // "Seit wann ist der Hubschrauber stationiert?": the sentence holding the asked fact ("Seit 2009 ist „Christoph 117“ …
  // stationiert") answers, though another of the passage names more of the question ("Betrieben wird der Hubschrauber …").
  // It must cover the question by itself, not by the sentence before ("Der nächste Bücherflohmarkt ist am 3. März" after
  // "Der erste Lesesommer …" says nothing of the next "Lesesommer"); a figure may take its thing from the sentences
  // before ("… ein eigenes Amtsblatt herausgibt. Es soll … verteilt werden. Die Kosten dafür schätzt die Verwaltung auf …").
  // Not for a person or a name: any name in a sentence holds that focus ("… nach Astrid Lindgren"); nor for an age.
  // So for a required unit ("Was kostet der ganze Radweg?" asks for money though its question word asks a thing), when the
  // sentence and those it continues cover the question without the story's topic ("Der Radweg soll … führen. Er wird …
  // asphaltiert … Die Kosten schätzt der Landkreis auf 4,3 Millionen Euro").
  const byUnit = (): boolean => question.terms.some((term) => term.markersRequired)
    && coverage(terms, contextKeys(passage, passage.sentences.indexOf(focusSentence!)), null) >= FOCUS_COVERAGE;
  if (focusSentence && !sentences.includes(focusSentence) && (FACT_FOCUS.has(question.focus)
    ? (question.focus === 'count' ? focusCoverage : coverage(terms, ownKeys(passage, focusSentence), fromContext)) >= FOCUS_COVERAGE
    : byUnit())) {
    sentences = packedMap(passage.sentences.filter((sentence) => sentence === focusSentence || sentences.includes(sentence)), (sentence) => sentence);
  }
  // A strong passage (the asked person's own quote, "<number> X") is a hit by that alone.
  if (strong) return { passage, sentences, score, coverage: Math.max(passageCoverage, MIN_COVERAGE), focusCoverage, sentenceCoverage: Math.max(sentenceCoverage, SENTENCE_COVERAGE) };
  // A loosely covering passage answers "wo" only where a sentence quoted names a place.
  return enough || (loose && (question.focus !== 'place' || sentences.some(holds))) ? { passage, sentences, score, coverage: passageCoverage, focusCoverage, sentenceCoverage } : null;
}

/**
 * The keys a sentence covers the question by itself with: its own and its referent's, and those of the paragraph before
 * it when it names costs or a decision with no word of what they are of ("Eine Entscheidung soll der Stadtrat im Oktober
 * treffen").
 */
function ownKeys(passage: IndexedPassage, sentence: IndexedSentence): ReadonlySet<string> {
  return bareOfParagraph(sentence) ? contextKeys(passage, passage.sentences.indexOf(sentence)) : withReferent(sentence);
}

/** What two sentences together cover of the question, when together they hold every question word the article has; else 0. */
function pairCoverage(terms: readonly WeightedTerm[], first: IndexedSentence, second: IndexedSentence, context: Float64Array): number {
  const pair = new Set([...first.keys, ...second.keys]);
  const all = terms.every((term) => term.term.soft || term.alternatives.length === 0 || matchWeight(term.alternatives, pair) > 0);
  return all ? coverage(terms, pair, context) : 0;
}

/** A hit whose sentences do not name the kind asked for, with the passage's sentence right after them that does. */
function withKindNeighbour(hit: Hit, namesKind: (sentence: IndexedSentence) => boolean): Hit {
  if (hit.sentences.length === 0 || hit.sentences.some(namesKind)) return hit;
  const all = hit.passage.sentences;
  const next = all[all.indexOf(hit.sentences[hit.sentences.length - 1]!) + 1];
  return next && !next.asks && namesKind(next) ? { ...hit, sentences: [...hit.sentences, next] } : hit;
}

/** The first sentence of the passage after the hit's, as a hit, where the hit ends its passage and that sentence names the kind asked for. */
function kindInNextPassage(hit: Hit, index: ArticleIndex, namesKind: (sentence: IndexedSentence) => boolean): Hit | null {
  const all = hit.passage.sentences;
  if (hit.sentences[hit.sentences.length - 1] !== all[all.length - 1]) return null;
  const next = index.passages[index.passages.indexOf(hit.passage) + 1];
  const first = next?.sectionId === hit.passage.sectionId ? next.sentences[0] : undefined;
  return first && !first.asks && namesKind(first) ? { ...hit, passage: next!, sentences: [first] } : null;
}

/**
 * Whether a passage holds a key of some term. Only such passages can be hits: a hit needs a
 * sentence that matches the question itself (heading and topic are context only).
 */
function holdsAnyTerm(passage: IndexedPassage, terms: readonly WeightedTerm[]): boolean {
  for (const term of terms) for (const alternative of term.alternatives) if (passage.keys.has(alternative.keys[0]!)) return true;
  return false;
}

/** All passages that cover the question well enough, best first. */
export function rankPassages(question: ParsedQuestion, index: ArticleIndex, cache: TermCache): Hit[] | 'missing' {
  ensureRoleReferences(index);
  const terms = weighTerms(question, index, cache);
  if (terms === 'missing') return 'missing';
  if (terms.every((term) => term.alternatives.length === 0)) return [];
  // "Was verdient Lena Weber?": when the article has none of the question's verb and meets nothing but the name asked
  // about, every passage on that person would do; none says what is asked.
  // (Not for what someone said: "Was wirft Brunner der Stadt vor?" is answered by Brunner's words, whatever the verb.)
  if (question.focus !== 'quote' && terms.some((weighted) => weighted.term.verbLike && !weighted.term.soft && weighted.alternatives.length === 0)) {
    const named = new Set(question.askedNames.flat());
    if (terms.every((weighted) => weighted.alternatives.length === 0 || weighted.term.soft || weighted.term.words.every((word) => named.has(word)))) return [];
  }
  const countedTerm = terms.find((weighted) => weighted.term === question.terms[question.countedTerm]);
  const countedAlternatives = countedTerm ? withCountedAdjective(question, index, countedTerm.alternatives) : undefined;
  const counted = countedTerm && countedAlternatives !== countedTerm.alternatives ? { ...countedTerm, alternatives: countedAlternatives! } : countedTerm;
  const measured = terms.find((weighted) => weighted.term === question.terms[question.measuredTerm]);
  const holds = focusTest(question, counted?.alternatives, index, measured?.alternatives, identityRole(question, index, cache));
  const numbers = numberKeys(question);
  const statedBy = question.terms.find((term) => term.markers)?.statedBy ?? NO_KEYS;
  const places: AskedPlace[] = [];
  for (const term of question.terms) {
    if (!term.placeKey) continue;
    // A place misspelt ("in Murgenbch") is the article's place it was read as.
    const start = term.placeKey.slice(0, MISSPELT_PLACE_START);
    const corrected = index.known.has(term.placeKey) ? undefined : terms.find((weighted) => weighted.term === term)?.alternatives
      .find((alternative) => alternative.keys.length === 1 && alternative.weight >= MISSPELT_PLACE_WEIGHT && alternative.keys[0]!.startsWith(start))?.keys[0];
    places.push({ key: corrected ?? term.placeKey, standIns: placeStandIns(term.words[term.words.length - 1]!) });
  }
  const verbs = terms.filter((weighted) => weighted.term.verbLike && !weighted.term.soft && weighted.alternatives.length > 0);
  const category = question.focus === 'thing' ? terms.find((weighted) => weighted.term === question.terms[question.categoryTerm]) : undefined;
  const kind = category && category.term.nounLike && !category.term.soft ? category.alternatives : NO_KIND;
  const markers = question.terms.find((term) => term.markers)?.markers;
  const asksArea = markers !== undefined && markers.length > 1 && markers.every((marker) => marker.key === FACT.area || marker.key === FACT.length);
  const context: QuestionContext = { terms, question, index, holds, counted, numbers, places, statedBy, verbs, asksArea, kind, contextWeights: new Map(), era: timeOfQuestion(question) };
  const hits: Hit[] = [];
  for (const passage of index.passages) {
    if (!holdsAnyTerm(passage, terms)) continue;
    const hit = scorePassage(passage, index.sectionById.get(passage.sectionId), context);
    if (hit && hit.sentenceCoverage >= SENTENCE_COVERAGE && hit.sentences.length > 0) hits.push(hit);
  }
  return hits.sort((a, b) => b.score - a.score);
}

/** Whether the passage meets every noun of the question surely: what it lacks are verbs and modifiers. */
function nounsMet(terms: readonly WeightedTerm[], passage: IndexedPassage): boolean {
  return terms.every((weighted) => !weighted.term.nounLike || weighted.term.soft || matchWeight(weighted.alternatives, passage.keys) >= SURE_NOUN);
}

/** Verbs of one-off events whose date a reader asks for (folded starts): building, founding, birth, death, renovation. */
const EVENT_VERB = /^(ge)?(bau|gruend|grund|gebor|gestorb|sterb|starb|renovi|sani|errichtet|erbaut)/;
const NO_EVENTS: readonly Alternative[][] = [];

/**
 * The alternatives of each event verb of the question that the article has in some form ("gebaut" ~ "Bau"), or null when
 * the article says one of them in no form at all: the date of that event is not in it.
 */
function eventsAsked(question: ParsedQuestion, index: ArticleIndex, cache: TermCache): readonly Alternative[][] | null {
  const out: Alternative[][] = [];
  for (const term of question.terms) {
    if (!term.verbLike || term.soft || !EVENT_VERB.test(term.words[0]!)) continue;
    const compounds = term.keys.map((key) => ({ key, compounds: compoundMatches(key, index.vocabulary, true) }));
    const resolved = resolveTerm(term, index, cache);
    if (resolved.length === 0 && compounds.every((entry) => entry.compounds.length === 0)) return null;
    // The work named by a compound of the verb's noun counts as the event ("gebaut" ~ "Die Bauarbeiten beginnen im April");
    // another verb's noun does not ("umgebaut").
    const work = compounds.flatMap((entry) => entry.compounds.filter((alternative) => alternative.keys[0]!.startsWith(entry.key)));
    const alternatives = [...resolved, ...work];
    if (alternatives.length > 0) out.push(alternatives);
  }
  return out;
}

/** The decision for one question about one article. */
export function decide(question: ParsedQuestion, index: ArticleIndex, cache: TermCache): Decision {
  const asked = decideAsAsked(question, index, cache);
  // "Wurde bei dem Einbruch jemand verletzt?": where the answer as asked says nothing of anyone hurt, the article's
  // "Verletzt wurde niemand" does (the event is the story's, whatever word the reader has for it).
  // So for "Müssen die Mitarbeiter um ihren Job bangen?": "Betriebsbedingte Kündigungen soll es nicht geben".
  const concern = question.asksConcern;
  if (concern && !(asked.kind === 'passages' && asked.hits.some((hit) => hit.sentences.some((sentence) => saysOfConcern(concern, sentence))))) {
    const answering = concernSentence(concern, index);
    if (answering) return storyFactDecision(answering);
  }
  // "Seit wann gibt es die Firma?" answered by a sentence without a year: the story's one founding, or its one sentence
  // saying something exists since a year.
  if (asked.kind === 'passages' && question.timePreposition === 'seit' && asksFounding(question) && !asked.hits.some((hit) => hit.sentences.some(datesExistence))) {
    const since = existenceSentence(index);
    if (since) return storyFactDecision(since);
  }
  // "Wer hat das Unternehmen damals gegründet?" where the article names the firm by its own word ("Die Gießerei wurde 1911 von
  // dem Schmied Wilhelm Brenner gegründet"): its one founding, unless the answer as asked tells a founding.
  if (asksFounder(question) && !(asked.kind === 'passages' && asked.hits.some((hit) => hit.sentences.some((sentence) => FOUNDED.test(foldedText(sentence)))))) {
    const founding = foundingSentence(index);
    if (founding) return storyFactDecision(founding);
  }
  // "Wie heißt der Angeklagte?" where the article names him as the press names suspects ("Dennis R."), never beside the noun.
  const suspect = asksSuspect(question) ? suspectSentence(index) : null;
  if (suspect && !(asked.kind === 'passages' && asked.hits.some((hit) => hit.sentences.some((sentence) => sentence.text.includes(suspect.name))))) return storyFactDecision(suspect);
  if (asked.kind !== 'abstain') return asked;
  // "Was kostet das ganze Projekt?" where the article names the thing by its own word: its sum of the whole costs.
  // "Seit wann gibt es die Firma?" where it names the firm by its name: its one founding.
  const found = asksWholeCost(question) ? wholeCostSentence(index) : asksFounding(question) ? existenceSentence(index) : null;
  return found ? storyFactDecision(found) : asked;
}

/** The answer by one sentence of the article that a story fact found (see story-facts.ts). */
function storyFactDecision(found: StoryFact): Decision {
  return sentencesDecision(found.passage, [found.sentence]);
}

/** The answer by these sentences of one passage, found by a rule rather than by ranking. */
function sentencesDecision(passage: IndexedPassage, sentences: IndexedSentence[]): Decision {
  return { kind: 'passages', hits: [{ passage, sentences, score: 1, coverage: 1, focusCoverage: 1, sentenceCoverage: 1 }] };
}

/** The alternatives of each verb of the question that says something (not a soft one), as the article has it. */
function askedVerbs(question: ParsedQuestion, index: ArticleIndex, cache: TermCache): Alternative[][] {
  return question.terms.filter((term) => term.verbLike && !term.soft).map((term) => resolveTerm(term, index, cache));
}

/** Words for a source that an article may quote itself ("Berufen wird sich … auf Quellen aus …"), folded. */
const SOURCE_NOUNS: ReadonlySet<string> = new Set(['quelle', 'quellen', 'medium', 'medien']);

/**
 * "Auf welche Quellen beruft sich dieser Bericht?" where the text says "Berufen wird sich … auf Quellen aus dem …
 * Verteidigungsministerium": a source the text names itself, not the article's own (unless the question names the article).
 */
function sourceInText(question: ParsedQuestion, index: ArticleIndex): boolean {
  // ("Aus welcher Quelle stammt der Artikel?" asks the article's own source.)
  if (question.terms.some((term) => ARTICLE_WORDS.has(term.words[0]!))) return false;
  const nouns = question.terms.filter((term) => SOURCE_NOUNS.has(term.words[0]!));
  return nouns.some((term) => index.passages.some((passage) => term.keys.some((key) => passage.keys.has(key))));
}

/**
 * Whether a photo word of the question is a thing of the story: the text (not the caption) has it, as a word or a compound's
 * head ("Altarbild"), and a verb of the question that says something is met there too.
 */
function photoNounOfStory(question: ParsedQuestion, index: ArticleIndex, cache: TermCache): boolean {
  const inText = (term: Term): boolean => resolveTerm(term, index, cache).some((alternative) => index.passages.some((passage) => passage.id !== 'image' && passage.keys.has(alternative.keys[0]!)));
  return question.terms.some((term) => term.soft && classOf(term.words[0]!).photo && inText(term))
    && question.terms.some((term) => term.verbLike && !term.soft && resolveTerm(term, index, cache).some((alternative) => alternative.weight >= 1));
}

/** Nouns for a story's quarrel or affair, folded ("Worum geht es bei dem Streit?"). */
const STORY_NOUNS: ReadonlySet<string> = new Set(['streit', 'streits', 'skandal', 'skandals', 'konflikt', 'konflikts', 'affaere', 'aerger', 'zoff', 'fall', 'falls', 'geschichte',
  'diskussion', 'debatte']);
/** Heads of compounds that name the story as generic nouns do ("Gerichtsverfahren", "Bauprojekt", "Nachbarschaftsstreit"), folded. */
const STORY_HEADS: readonly string[] = ['verfahren', 'projekt', 'prozess', 'streit', 'skandal', 'konflikt'];
/** Whether a folded noun names whatever the story is about: a generic noun, a quarrel or affair, or a compound of one. */
function namesStory(word: string): boolean {
  return isGenericNoun(word) || STORY_NOUNS.has(word) || STORY_HEADS.some((head) => word.length > head.length + 2 && word.endsWith(head));
}

/** The decision for a question as it is asked (see decide). */
function decideAsAsked(question: ParsedQuestion, index: ArticleIndex, cache: TermCache): Decision {
  // Verbs do not block a metadata intent ("Welche Agentur hat den Artikel geliefert?"), nor the source's own
  // words ("Ist der Text von news.de oder von einer Agentur?").
  const hard = question.terms.filter((term) => !term.soft && !term.verbLike && !term.keys.every((key) => index.sourceKeys.has(key)));
  // "Wer hat das Foto vom Unfallort gemacht?": the credit of the article's one photo, however the question says what it shows
  // (the caption may say it in other words: "an dem umgestürzten Reisebus"), unless it names a thing the article has by that
  // very word and neither the caption nor the headline shows ("das Foto vom Amtsblatt"); none without a photo. ("Wer ist
  // auf dem Foto rechts?" asks who is shown: the caption answers that.) "Von welchem Fotografen …", "Wird der Fotograf
  // genannt?" ask for the credit too, whatever their question word.
  const caption = question.asksPhoto ? index.passages.find((passage) => passage.id === 'image') : undefined;
  // "Wer hat das Bild gefunden?" of a painting the story is about, in an article without a photo: a thing the text itself
  // calls "Bild" and a deed the text tells of ask about the story.
  const ofStory = question.asksPhoto && !caption && !question.asksPhotographer && photoNounOfStory(question, index, cache);
  if (question.asksPhoto && !ofStory && (question.focus === 'person' || question.asksPhotographer)) {
    const shows = (): boolean => hard.every((term) => {
      const alternatives = resolveTerm(term, index, cache);
      return !term.nounLike || !alternatives.some((alternative) => alternative.weight >= 1) || [caption!.keys, index.topicKeys].some((keys) => matchWeight(alternatives, keys) > 0);
    });
    if (!caption || (question.asksPhotographer && shows())) return { kind: 'photo' };
  }
  // "Wer ist auf dem Foto rechts zu sehen?", "auf dem Foto, welcher ist Putin?": who or what the photo shows is its caption
  // (without the credit), where the caption has a word of the question.
  if (question.asksShown && !question.asksPhotographer && caption
    && question.terms.some((term) => !term.soft && matchWeight(resolveTerm(term, index, cache), caption.keys) > 0)) return sentencesDecision(caption, caption.sentences);
  if (hard.length === 0) {
    if (question.asksPhoto && !ofStory) return { kind: 'photo' };
    if (question.asksSource && !sourceInText(question, index)) return { kind: 'source' };
    if (question.asksRelated) return { kind: 'related' };
    if (question.asksFollow) return { kind: 'follow' };
    // ("Was passiert jetzt mit den beiden Fahrern?" asks about them: a noun soft only where it stands asks no summary.)
    const namesThing = question.terms.some((term) => term.nounLike && !classOf(term.words[0]!).soft);
    // ("Was passiert, wenn ich was kaputt mache?" asks what follows an act: its verb asks more than the story.)
    const namesAct = question.terms.some((term) => term.verbLike && !term.soft && !SUMMING_UP.test(term.words[0]!));
    if ((question.asksSummary && !namesThing && !namesAct) || question.terms.length === 0) return { kind: 'summary' };
  }
  // "Fass kurz zusammen, was bei dem Busunglück passiert ist" under the kicker "Busunfall auf Klassenfahrt": a summary of
  // what only the kicker names is of the story.
  // So is "Worum geht es bei der Firma Wiegand?" where the headline or teaser names each thing asked about.
  // So is "Was ist in Merklingshausen passiert?" where the headline or teaser names the place, and "Worum geht es in dem
  // Prozess?", "… bei dem Streit?", "… bei dem Bauprojekt?": a noun readers use for whatever the story is about.
  if (question.asksSummary && hard.length > 0 && hard.every((term) => onlyTopic(term, index, cache)
    || (question.asksGist && (matchWeight(resolveTerm(term, index, cache), index.topicKeys) >= GIST_TOPIC_WEIGHT || namesStory(term.words[0]!)))
    || (term.placeKey !== undefined && index.topicKeys.has(term.placeKey)))) return { kind: 'summary' };
  const rankedAll = rankPassages(question, index, cache);
  if (rankedAll === 'missing') return { kind: 'abstain', reason: 'missing' };
  // "Wie viele Einwohner hat der Stadtteil Ostfeld?" is not answered by "… den Stadtteil Lützelau mit rund 9.000 Einwohnern".
  const apposition = question.apposition;
  const ranked = apposition ? rankedAll.filter((hit) => !hit.sentences.every((sentence) => namesOtherOfKind(apposition, sentence))) : rankedAll;
  // "Was kostet der neue Ofen?" is not answered by the section "Wie soll der neue Ofen funktionieren?" when none of its
  // passages states a sum: the measure asked for is required.
  const required = question.terms.find((term) => term.markersRequired)?.markers;
  const routed = headingSection(question, index, cache);
  const section = routed && required && !routed.passages.some((passage) => passage.sentences.some((sentence) => required.some((marker) => sentence.keys.has(marker.key)))) ? null : routed;
  if (section) {
    // Passages stand out only by question words beyond the heading's; else the section's own order leads. A word the
    // heading meets only in part ("Deutschlandticket" by "Tickets") is beyond it where the text has it whole. A word of the
    // story's headline or teaser is its subject, all over the section: it tells no passage apart ("Brenninger" in "Warum
    // macht Brenninger dicht?", routed to "Warum schließt das Kaufhaus?").
    const beyond = question.terms.filter((term) => {
      const alternatives = resolveTerm(term, index, cache);
      return !term.soft && matchWeight(alternatives, section.headingKeys) < Math.max(0, ...alternatives.map((alternative) => alternative.weight))
        && matchWeight(alternatives, index.topicKeys) === 0;
    });
    const stands = (hit: Hit): boolean => beyond.some((term) => matchWeight(resolveTerm(term, index, cache), hit.passage.keys) > 0);
    return { kind: 'section', section, hits: ranked.filter((hit) => hit.passage.sectionId === section.id && stands(hit)) };
  }
  if (ranked.length === 0) return { kind: 'abstain', reason: question.terms.length === 0 ? 'empty' : 'weak' };
  let hits = ranked;
  // "Wer steht neben Putin auf dem Foto?": what the photo shows is what its caption says.
  if (question.asksPhoto && !question.asksPhotographer) {
    const onCaption = ranked.filter((hit) => hit.passage.id === 'image');
    if (onCaption.length > 0) return { kind: 'passages', hits: onCaption };
  }
  if (!measureStated(question, index, cache)) return { kind: 'abstain', reason: 'focus' };
  const who = question.terms[question.whoIsTerm];
  if (who) {
    // "Wer ist X?" prefers a sentence giving X's role ("Kreisbrandmeister Holger Schwanitz", "X, Chef der …").
    // A role description pointing back to X describes X too ("Der russische Präsident lobt …").
    const isName = question.askedNames.some((name) => who.words.every((word) => name.includes(word)));
    const describes = (sentence: IndexedSentence): boolean => describesName(sentence, who.words)
      || (isName && sentence.refers !== undefined && who.keys.some((key) => sentence.refers!.has(key)));
    const describing = hits.filter((hit) => hit.sentences.some(describes));
    if (describing.length > 0) hits = describing;
  }
  const speaker = askedSpeaker(question);
  if (speaker) {
    // "Was kritisiert Berg?": "Die Wartung der Anlage sieht Berg schon lange kritisch" is his view, though no verb of speech
    // reports it: a sentence naming him with every verb asked.
    const asked = askedVerbs(question, index, cache);
    const holdsView = (sentence: IndexedSentence): boolean => speaker.some((key) => withReferent(sentence).has(key))
      && asked.every((alternatives) => matchWeight(alternatives, sentence.keys) > 0);
    hits = hits.filter((hit) => spokenBy(speaker, hit.passage) || (asked.length > 0 && hit.passage.sentences.some(holdsView)))
      // A spokesperson's words answer, with the sentence naming whom they speak for.
      .map((hit) => {
        const from = spokespersonFrom(speaker, hit.passage);
        return from < 0 || hit.sentences.includes(hit.passage.sentences[from]!) ? hit : { ...hit, sentences: hit.passage.sentences.slice(from - 1) };
      });
    if (hits.length === 0) return { kind: 'abstain', reason: 'focus' };
  }
  const category = question.terms[question.categoryTerm];
  // "Welche Firma hat …": an answer names the kind asked for; a sentence without it is a near-miss. (No word of the
  // article names the kind when ranking met it by a stand-in, such as a share for "Welchen Anteil …".)
  // ("Welchen Anteil …" is answered by a share, whatever synonym of "Anteil" the article has: "bis zu 50 Prozent der Kosten".)
  const kind = category ? shareAsked(category) ?? withoutNarrowerAsked(category, resolveTerm(category, index, cache), question) : NO_KIND;
  if (kind.length > 0) {
    // A bullet is of the kind its list's intro names ("… verwies er auf andere Hilfen:").
    // A kind named only with an indefinite article ("mit einer Wander-App") identifies nothing.
    // "Welche Flugzeugtypen …" asks for types: "russische Flugzeuge" names the thing, by the compound's modifier, but no type.
    const least = KIND_HEAD.test(category!.words[0]!) ? MODIFIER_WEIGHT : 0;
    // (A narrower word names which one however it is counted: "zwei Störche" for "Welche Vogelart …".)
    const namesNarrower = (sentence: IndexedSentence): boolean => kind.some((alternative) => alternative.narrower === true && alternative.keys.every((key) => sentence.keys.has(key)));
    // (Or with the place it is in: "in eine Klinik nach Schwerin".)
    // (A place the question names itself says no more: "eine Werft in Minden" for "Welche Werft in Minden …".)
    const atPlaceNotAsked = (sentence: IndexedSentence): boolean => {
      const place = INDEFINITE_AT_PLACE.exec(sentence.text)?.[1];
      return place !== undefined && !question.terms.some((term) => term.words.includes(fold(place)));
    };
    const namesKind = (sentence: IndexedSentence): boolean => matchWeight(kind, sentence.keys) > least
      && (namesNarrower(sentence) || !onlyIndefinite(sentence, kind, true) || atPlaceNotAsked(sentence));
    // "Welche Prämie bekommen Jäger …": the sentence after the one matched may name it ("… sollen die Jäger … schießen.
    // Der Landkreis zahlt dafür eine Prämie von 100 Euro …").
    hits = packedMap(hits, (hit) => withKindNeighbour(hit, namesKind));
    const ofKind = (hit: Hit): boolean => hit.sentences.some(namesKind)
      || (hit.passage.kind === 'bullet' && listIntros(index, hit.passage.sectionId).some((intro) => matchWeight(kind, intro.keys) > least))
      // A passage is of the kind its section's heading names ("Streit um einen Kompromiss": "Die Innung schlägt vor, …").
      || matchWeight(kind, index.sectionById.get(hit.passage.sectionId)?.headingKeys ?? EMPTY_KEY_SET) > least;
    const named = hits.filter(ofKind);
    // "In welchem Blatt hat Putin vor der Reise was veröffentlicht?": where the paragraph matched ends with the sentence
    // matched ("Unmittelbar vor seinem Besuch hat der russische Präsident …"), the next one may go on to name the kind ("…,
    // schrieb Putin in einem Beitrag für die nordkoreanische Zeitung …").
    // (Not for a firm asked by name. A number of the question, "1975", that sentence must hold itself.)
    const numbers = numberKeys(question);
    const goesOn = named.length === 0 && !asksFirmName(category!.words[0]!);
    hits = goesOn ? packedMap(hits.slice(0, 1), (hit) => kindInNextPassage(hit, index, (sentence) => namesKind(sentence) && numbers.every((key) => sentence.keys.has(key))))
      .filter((hit) => hit !== null) : named;
    // "Welche Firma hat die Sicherungsarbeiten gemacht?" is not answered by "… weil die Bergsicherungsfirma immer wieder …":
    // a firm asked for is named.
    if (asksFirmName(category!.words[0]!)) {
      const actions = askedVerbs(question, index, cache);
      hits = hits.filter((hit) => namesFirmOfKind(hit, category!.words[0]!, kind, actions));
    }
    if (hits.length === 0) return { kind: 'abstain', reason: 'focus' };
  }
  // "Wie heißt das Ingenieurbüro?" is not answered by "Ein Ingenieurbüro aus Mainz …": a name must be given.
  if (focusIsRequired(question.focus) || ((question.focus === 'person' || question.focus === 'naming') && question.asksIdentity) || question.terms.some((term) => term.markersRequired)) {
    const measured = question.terms[question.measuredTerm];
    const measuredAlternatives = measured && resolveTerm(measured, index, cache);
    const holds = focusTest(question, resolveCounted(question, index, cache), index, measuredAlternatives, identityRole(question, index, cache));
    // "42 Millionen Euro" in "Salat-Start-up sammelt 42 Millionen Euro" is no price of a salad.
    // "In welcher Partei ist Overbeck?" is not answered by "Landrätin Sabine Freiberg (SPD)": a party is of the one it is written beside.
    const ofOther = question.terms.some((term) => term.markers?.some((marker) => marker.key === FACT.party)) && measuredAlternatives !== undefined;
    const ofMeasured = (sentence: IndexedSentence): boolean => !measuredAlternatives || (!onlyAsModifier(measuredAlternatives, sentence)
      && (!ofOther || matchWeight(measuredAlternatives, withReferent(sentence)) > 0));
    // "Wann besucht Putin …" is not answered by "Unmittelbar vor seinem Besuch …": that time is relative to the thing asked.
    // "Wann wurde die Halle gebaut?" is not answered by "Die Halle wurde 1976 eröffnet": the date of a one-off event is in a
    // sentence naming that event.
    // ("Seit wann wird an der Bundesstraße gebaut?" asks since when work goes on, not for a one-off event.)
    const events = question.focus === 'time' && !question.timePreposition ? eventsAsked(question, index, cache) : NO_EVENTS;
    // "Wann wurde die Firma gegründet?" where the article never says a founding (nor building, birth, death …): the date
    // of that event is not in it, whatever other date a sentence on the firm gives.
    if (events === null) return { kind: 'abstain', reason: 'missing' };
    const founding = events.length > 0 && question.terms.some((term) => term.verbLike && FOUNDING_VERB.test(term.words[0]!));
    const ofAnother = (sentence: IndexedSentence): boolean => question.focus !== 'time' || (!anchoredTo(question, sentence, index, cache)
      && events.every((alternatives) => matchWeight(alternatives, withReferent(sentence)) > 0) && (!founding || FOUNDED.test(foldedText(sentence))));
    // "Um wie viel Uhr …" is answered by an hour ("gegen 8.30 Uhr"), not by a day or "rund um die Uhr".
    const ofClock = (sentence: IndexedSentence): boolean => !question.asksClock || HOUR.test(foldedText(sentence));
    // ("14 Kinder wurden leicht verletzt" answers "Wie viele Kinder haben sich bei dem Sturm verletzt?" though it lacks "Sturm":
    // a number counting the very thing asked about covers a question a little less well and still answers it.)
    // (Not one that lacks a noun of the question the story's head does not name: "Wie viele Mitarbeiter sollen in Magdeburg
    // arbeiten?" is not answered by "Die Zahl der Beschäftigten soll … auf etwa 200 steigen" of the whole firm.)
    const relaxed = question.focus === 'count' && question.countedTerm >= 0;
    const specific = relaxed
      ? question.terms.filter((term) => term.nounLike && !term.soft && !resolveTerm(term, index, cache).some((alternative) => alternative.keys.every((key) => index.topicKeys.has(key))))
      : [];
    const namesSpecific = (sentence: IndexedSentence): boolean => specific.every((term) => matchWeight(resolveTerm(term, index, cache), withReferent(sentence)) > 0);
    const covers = (hit: Hit, sentence: IndexedSentence): boolean => hit.focusCoverage >= FOCUS_COVERAGE
      || (relaxed && hit.focusCoverage >= COUNTED_FOCUS_COVERAGE && namesSpecific(sentence));
    hits = ranked.filter((hit) => hit.focusCoverage >= (relaxed ? COUNTED_FOCUS_COVERAGE : FOCUS_COVERAGE) && hit.sentences.some((sentence) => covers(hit, sentence) && holds(sentence) && ofMeasured(sentence)
      && ofAnother(sentence) && ofClock(sentence) && givesWhatIsAsked(question, sentence)));
    // "Ab welchem Alter durfte man mitmachen?": an age limit answers ("Abstimmen durfte jeder, der mindestens 14 Jahre alt
    // ist"), whatever verb it says, in the passage that covers the question best.
    if (hits.length === 0 && question.asksAgeLimit) {
      const limited = ranked.find((hit) => hit.passage.sentences.some(statesAgeLimit));
      if (limited) hits = [{ ...limited, sentences: limited.passage.sentences.filter(statesAgeLimit) }];
    }
    if (hits.length === 0) return { kind: 'abstain', reason: 'focus' };
    // "Seit wann …" prefers the time after "seit" ("Das Festival gibt es seit 2009") when a hit has one.
    const after = question.timePreposition ? new RegExp(`\\b${question.timePreposition}\\b`) : null;
    // Only among hits that cover the question about as well as the best: "seit 31 Jahren" about another person is no answer.
    // "Seit wann gibt es die Compagnie?": since its founding ("Die Compagnie war 1954 gegründet worden"), before another "seit".
    const founded = (sentence: IndexedSentence): boolean => question.asksExistence && FOUNDED.test(foldedText(sentence));
    const close = (hit: Hit): boolean => hit.score >= FOLLOWING_SHARE * hits[0]!.score;
    if (after) {
      let following = hits.filter((hit) => hit.score >= FOUNDED_SHARE * hits[0]!.score && hit.sentences.some(founded));
      if (following.length === 0) following = hits.filter((hit) => close(hit) && hit.sentences.some((sentence) => after.test(foldedText(sentence))));
      if (following.length > 0) hits = following;
    }
  } else if (question.asksAdvice) {
    // Advice is where the article gives it: under a heading asking what one should do.
    const advising = ranked.filter((hit) => ADVICE_HEADING.test(index.sectionById.get(hit.passage.sectionId)?.title.toLowerCase() ?? ''));
    // Else where a sentence advises ("Die Polizei rät, sofort die Warnblinkanlage einzuschalten", "… soll mindestens 300
    // Meter Abstand halten") or a bullet of a list does.
    const advises = (hit: Hit): boolean => hit.passage.kind === 'bullet' || hit.sentences.some((sentence) => ADVICE_SENTENCE.test(foldedText(sentence)));
    if (advising.length > 0) hits = advising;
    else if (question.asksWhatToDo && ranked.some(advises)) hits = ranked.filter(advises);
  } else if (focusIsPreferred(question.focus)) {
    // "Wo …" prefers a passage naming a place, "woher" an origin, when one covers the question.
    const holds = focusTest(question, undefined, index);
    const holding = ranked.filter((hit) => hit.focusCoverage >= FOCUS_COVERAGE && hit.sentences.some(holds));
    if (holding.length > 0) hits = holding;
  }
  const chosen = withRunnerUp(hits);
  const best = chosen[0]!;
  const runnerUp = hits[1];
  // "Warum …": when neither states a reason, the best passage that does joins them, if it covers the question nearly as well.
  if (question.focus === 'reason') {
    const holds = focusTest(question, undefined, index);
    if (!best.sentences.some(holds)) {
      // The runner-up of the same section goes on explaining; failing that, the best passage stating a reason joins.
      if (chosen.length === 1 && runnerUp && runnerUp.score >= REASON_SHARE * best.score && runnerUp.passage.sectionId === best.passage.sectionId) chosen.push(runnerUp);
      const stating = chosen.some((hit) => hit.sentences.some(holds)) ? undefined
        : hits.find((hit) => !chosen.includes(hit) && hit.focusCoverage >= FOCUS_COVERAGE && hit.sentences.some(holds) && hit.score >= REASON_SHARE * best.score);
      if (stating) chosen.push(stating);
      // Else the paragraph right after a chosen one that opens with its reason ("… kommt nicht mehr hinterher. | Der Grund
      // ist ein akuter Personalmangel.").
      const next = stating || chosen.some((hit) => hit.sentences.some(holds)) ? undefined : reasonAfter(chosen, index) ?? storyCause(best, index);
      if (next) chosen.push(next);
    }
  }
  return { kind: 'passages', hits: chosen, referent: question.asksIdentity !== null && question.focus === 'person' ? referentOf(best) : undefined };
}

/** A sentence opening with the reason of what was said before: "Der Grund ist …", "Grund dafür sind …", "Hintergrund ist …". */
const REASON_OF_PREVIOUS = /^["„]?(?:(?:Der|Ein) )?(?:Grund|Hauptgrund|Hintergrund|Ursache|Auslöser)(?: dafür| hierfür)? (?:ist|sind|war|waren|sei|liegt|lag)\b/u;

/** The paragraph right after a chosen paragraph of the same section that opens with its reason, as a hit of that sentence. */
function reasonAfter(chosen: readonly Hit[], index: ArticleIndex): Hit | undefined {
  for (const hit of chosen) {
    if (hit.passage.kind !== 'paragraph') continue;
    const next = index.passages[index.passages.indexOf(hit.passage) + 1];
    const first = next?.sentences[0];
    if (next?.kind === 'paragraph' && next.sectionId === hit.passage.sectionId && first && REASON_OF_PREVIOUS.test(first.text)) {
      return { passage: next, sentences: [first], score: hit.score, coverage: hit.coverage, focusCoverage: hit.focusCoverage, sentenceCoverage: hit.sentenceCoverage };
    }
  }
  return undefined;
}

/**
 * "Was war die Ursache für das Feuer?" where the best passage tells the story's event (its head or first paragraph) and
 * the cause stands in a paragraph of its own ("Die Polizei geht von einem technischen Defekt aus."): the one passage of
 * the article naming a cause outright, if there is just one.
 */
function storyCause(best: Hit, index: ArticleIndex): Hit | undefined {
  if (best.passage.kind !== 'head' && best.passage !== index.passages.find((passage) => passage.kind === 'paragraph')) return undefined;
  let found: { passage: IndexedPassage; sentence: IndexedSentence } | undefined;
  for (const passage of index.passages) {
    for (const sentence of passage.sentences) {
      if (!CAUSE_STATED.test(foldedText(sentence))) continue;
      if (found && found.passage !== passage) return undefined;
      found ??= { passage, sentence };
    }
  }
  if (!found || found.passage === best.passage) return undefined;
  return { passage: found.passage, sentences: [found.sentence], score: best.score, coverage: best.coverage, focusCoverage: best.focusCoverage, sentenceCoverage: best.sentenceCoverage };
}

/** Whether a question noun is met by the kicker alone (see namedByKickerAlone), by no passage. */
function onlyTopic(term: Term, index: ArticleIndex, cache: TermCache): boolean {
  return term.nounLike === true && term.words.length === 1 && resolveTerm(term, index, cache).length === 0 && namedByKickerAlone(term, index);
}

/** An age limit in a folded sentence: "ab vier Jahren", "mindestens 14 Jahre alt", "zwischen 18 und 70 Jahren", "mindestens 15 Wochen", "volljährig". */
const AGE_LIMIT = /\b(?:mindestens|ab|zwischen|unter|ueber)\s+(?:\d+|[a-z]*zehn|zwoelf|elf|neun|acht|sieben|sechs|fuenf|vier|drei|zwei)(?:\s+und\s+\d+)?\s+(?:jahre|monate|wochen)|\bvolljaehrig/;

function statesAgeLimit(sentence: IndexedSentence): boolean {
  return AGE_LIMIT.test(foldedText(sentence));
}

/** The best hit, and the runner-up too when it scores nearly as well (at least {@link RUNNER_UP_SHARE} of the best). */
export function withRunnerUp<T extends { score: number }>(hits: readonly T[]): T[] {
  const best = hits[0]!;
  const runnerUp = hits[1];
  return runnerUp && runnerUp.score >= RUNNER_UP_SHARE * best.score ? [best, runnerUp] : [best];
}

/**
 * The name of the person a hit's sentences mean only by a role ("Der Imker, der seit 1987 Bienen hält, …" for "Wie heißt
 * der Imker?"), as the article writes it, when none of them names that person itself.
 */
function referentOf(hit: Hit): string | undefined {
  const name = hit.sentences.find((sentence) => sentence.referentName !== undefined)?.referentName;
  const surname = name?.slice(name.lastIndexOf(' ') + 1);
  return surname && !hit.sentences.some((sentence) => sentence.text.includes(surname)) ? name : undefined;
}
