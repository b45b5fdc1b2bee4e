/**
 * The German question-answering engine: extractive answers with citations about the loaded
 * articles, abstaining when the article does not say. Pure and synchronous; one index per
 * article, built on its first question (about 3 ms), so a question touches one article only
 * and 1,000 articles cost nothing at start-up.
 */
import type { Article } from '../article.js';
import type { Exchange, QuestionAnswerer } from '../bot.js';
import type { Answer } from '../reply.js';
import { indexArticle, type ArticleIndex, type IndexedPassage, type IndexedSentence } from './article-index.js';
import { abstainAnswer, composeAnswer, hitsAnswer } from './compose.js';
import type { TermCache } from './match.js';
import { sharesIdiom, withIdiomsPlain } from '../text/idioms.js';
import { asksEarlierOfAnswer, asksSourceOfAnswer, asksWhatElse, elliptic, endsWithDemonstrative, hasFollowUpShape, namesFragment, nameWordIn, otherSex, pointsAtThing, pronounOf, saysEarlier, startsWithUnd, subjectOf, withNounsBefore, withSubject } from './follow-up.js';
import { parseQuestion, type ParsedQuestion } from './question.js';
import { splitCoordinated } from './coordinated.js';
import { decide, rankPassages, type Hit } from './retrieve.js';
import { suggestQuestions } from './suggest.js';
import { focusTest } from './fact-check.js';
import { ensureRoleReferences } from './coreference.js';
import { speechGoesOnBy } from './context.js';
import { RecentMemo } from '../text/memo.js';
import { packedMap } from '../text/packed-map.js';
import { STOP_WORDS } from '../text/stopwords.js';

export interface QaEngine extends QuestionAnswerer {
  answer(question: string, options?: { articleId?: string; previous?: Exchange }): Answer;
  /** Up to `limit` distinct answers, best first (Telegram inline mode). */
  rank(question: string, limit: number): Answer[];
  /** Questions a reader could ask, built from headings and bullets (Discord autocomplete), each <= 100 chars. */
  suggestions(articleId?: string): string[];
}

interface Entry {
  index: ArticleIndex;
  cache: TermCache;
  /** The article's passages as one text, made when an idiom is first asked about (see sharesIdiom). */
  fullText?: string;
  /** Which idioms that text uses, by their index, as far as asked (see sharesIdiom). */
  idiomUses?: (boolean | undefined)[];
  /** Whether a short follow-up asks a fact by its question word alone, by question (see asksBareFact): readers repeat them. */
  bareFacts?: RecentMemo<boolean>;
}

/** Short follow-ups remembered per article with whether they ask a bare fact. */
const BARE_FACT_MEMO = 1_024;

/** The passages of an indexed article as one text. */
function fullText(index: ArticleIndex): string {
  return index.passages.map((passage) => passage.text).join('\n');
}

/** Answers remembered by the engine, over all articles: readers and bots repeat questions (16,384 answers are a few MB). */
const ANSWER_MEMO = 16_384;

/** The answer to `key` from `memo`, or computed and remembered (recently used kept). A copy, so callers may change it. */
function memoAnswer(memo: RecentMemo<Answer>, key: string, compute: () => Answer): Answer {
  let answer = memo.get(key);
  if (!answer) {
    answer = compute();
    memo.set(key, answer);
  }
  // Every field written, in one order: one object shape for all answers keeps their readers (renderers) optimised.
  return {
    answered: answer.answered,
    text: answer.text,
    citations: packedMap(answer.citations, (citation) => ({ id: citation.id, section: citation.section, text: citation.text })),
    articleId: answer.articleId,
    sectionId: answer.sectionId,
  };
}

/** A question parsed against one article's names and words. */
function parseIn(question: string, index: ArticleIndex): ParsedQuestion {
  return parseQuestion(question, index.names, index.words, index.capitalOnly);
}

/** Builds and keeps the index of an article the first time it is asked about. */
function lazyEntries(articles: readonly Article[]): { has(id: string): boolean; get(id: string): Entry | undefined } {
  const byId = new Map(articles.map((article) => [article.id, article]));
  const built = new Map<string, Entry>();
  return {
    has: (id) => byId.has(id),
    get(id) {
      let entry = built.get(id);
      const article = byId.get(id);
      if (!entry && article) {
        entry = { index: indexArticle(article), cache: new Map() };
        built.set(id, entry);
      }
      return entry;
    },
  };
}

/** Most questions of one message answered one by one ("Musste der Platz geräumt werden? Wie viele waren da?"). */
const MAX_PARTS = 3;

/** The space after a question mark followed by more text (made once, not at each message). */
const AFTER_QUESTION_MARK = /(?<=\?)\s+(?=\S)/u;

/** The questions of one message: split after each "?" when every part has two words or more, else at "und" (see splitCoordinated). */
export function splitQuestions(message: string): string[] {
  const mark = message.indexOf('?');
  if (mark < 0 || message.slice(mark + 1).trim().length === 0) return splitCoordinated(message);
  const parts: string[] = [];
  for (const part of message.split(AFTER_QUESTION_MARK)) if (part.trim().length > 0) parts.push(part.trim());
  const wordy = parts.every((part) => part.split(/\s+/u).length >= 2);
  return parts.length > 1 && parts.length <= MAX_PARTS && wordy ? parts : [message];
}

/** One answer from the answers to the questions of one message: the answered ones, each cited passage once. */
function joinAnswers(answers: readonly Answer[]): Answer {
  const answered = answers.filter((answer) => answer.answered);
  if (answered.length === 0) return answers[0]!;
  if (answered.length === 1) return answered[0]!;
  // A line quoted before is not quoted again ("Wer hat den Garten angelegt und wann?" -> one sentence).
  const lines = [...new Set(answered.flatMap((answer) => answer.text.split('\n')))];
  const citations = [...new Map(answered.flatMap((answer) => answer.citations).map((citation) => [citation.id, citation])).values()];
  return { ...answered[0]!, text: lines.join('\n'), citations };
}

/**
 * "Und wie alt ist sie?" after "Wer leitet die Stadtbücherei?": the person the previous exchange was about (named in its
 * question, else in its answer) and the question read with that person in its pronoun's place, when the question points
 * back and names no one itself; else null.
 */
function followingUp(question: string, previous: Exchange, index: ArticleIndex): { subject: string; asked: string } | null {
  const pronoun = pronounOf(question);
  if (!pronoun || nameWordIn(question, index.names)) return null;
  const subject = subjectOf(previous.question, previous.answer, index.names);
  return subject && !otherSex(pronoun[0], subject) ? { subject, asked: withSubject(question, pronoun, subject) } : null;
}

/** Whether an answer's text quotes a sentence of the passage. */
function quotedIn(answerText: string, passage: IndexedPassage): boolean {
  return passage.sentences.some((sentence) => answerText.includes(sentence.text));
}

/** These sentences of a passage as a hit, taken from the answer before rather than by ranking. */
function quotedHit(passage: IndexedPassage, sentences: IndexedSentence[]): Hit {
  return { passage, sentences, score: 0, coverage: 0, focusCoverage: 0, sentenceCoverage: 0 };
}

/**
 * The passages the answer before quoted that hold the fact a follow-up asks for ("vor fünf Jahren waren es noch 22.000 Euro"
 * for "Und wie viel war das früher?"), with the sentences holding it; a follow-up without a question word of its own ("Und
 * fürs ganze Wochenende?") asks for the fact the question before asked. Null when none does.
 */
function fromPreviousAnswer(question: string, previous: Exchange, entry: Entry): Answer | null {
  const index = entry.index;
  const own = parseIn(question, index);
  const parsed = own.focus === 'thing' && !own.terms.some((term) => term.markers) ? parseIn(previous.question, index) : own;
  if (parsed.focus === 'thing' && !parsed.terms.some((term) => term.markers)) return null;
  ensureRoleReferences(index);
  const holds = focusTest(parsed, undefined, index);
  const quoted = index.passages.filter((passage) => quotedIn(previous.answer, passage));
  const hits = quoted.map((passage) => quotedHit(passage, passage.sentences.filter(holds))).filter((hit) => hit.sentences.length > 0);
  if (hits.length > 0) return hitsAnswer(index, hits.slice(0, 1));
  const introduced = parsed.focus === 'time' ? introducingSentence(quoted, index) : null;
  return introduced && holds(introduced.sentence) ? hitsAnswer(index, [quotedHit(introduced.passage, [introduced.sentence])]) : null;
}

/** Shortest key two sentences share to tell the same thing. */
const MIN_SHARED_KEY = 5;

/**
 * The sentence that ends the paragraph before the first paragraph quoted, when that paragraph goes on with what it said
 * (they share a word): "Unmittelbar vor seinem Besuch hat der Präsident Nordkorea für seine Unterstützung gelobt." before
 * "Man schätze die standhafte Unterstützung …, schrieb Putin": the time of what the answer quoted. Null when none.
 */
function introducingSentence(quoted: readonly IndexedPassage[], index: ArticleIndex): { passage: IndexedPassage; sentence: IndexedSentence } | null {
  const first = quoted.find((passage) => passage.kind === 'paragraph');
  const before = first ? index.passages[index.passages.indexOf(first) - 1] : undefined;
  const sentence = before?.kind === 'paragraph' && before.sectionId === first!.sectionId ? before.sentences[before.sentences.length - 1] : undefined;
  const opening = first?.sentences[0];
  if (!sentence || !opening) return null;
  let shared = false;
  opening.keys.forEach((key) => { shared ||= key.length >= MIN_SHARED_KEY && !STOP_WORDS.has(key) && sentence.keys.has(key); });
  return shared ? { passage: before!, sentence } : null;
}

/**
 * The sentence of the answer before's first line that gives an earlier figure ("… 96 statt bisher 78 Euro"), as an answer;
 * null when none (an earlier figure further down is often of another thing).
 */
function earlierInAnswer(previous: Exchange, entry: Entry): Answer | null {
  const firstLine = previous.answer.split('\n', 1)[0]!;
  for (const passage of entry.index.passages) {
    const sentence = passage.sentences.find((candidate) => firstLine.includes(candidate.text) && saysEarlier(candidate.text));
    if (sentence) return hitsAnswer(entry.index, [quotedHit(passage, [sentence])]);
  }
  return null;
}

/** The question a follow-up asking who says what the answer before said is read as (see asksSourceOfAnswer). */
const SOURCE_QUESTION = 'Woher stammt diese Angabe?';

/**
 * What the article says on from the answer before, as an answer: where that answer quoted someone, the passage going on with
 * their words ("Putin schrieb weiter, …"); else the first passage after the last one it quoted. Null when none.
 */
function passageAfterAnswer(previous: Exchange, entry: Entry): Answer | null {
  const passages = entry.index.passages;
  let last = -1;
  passages.forEach((passage, i) => {
    if (passage.kind !== 'head' && quotedIn(previous.answer, passage)) last = i;
  });
  if (last < 0) return null;
  const later = passages.slice(last + 1).filter((passage) => passage.kind !== 'head' && passage.sentences.length > 0);
  const goesOn = later.find((passage) => {
    const speaker = speechGoesOnBy(passage);
    return speaker !== undefined && previous.answer.includes(speaker);
  });
  const next = goesOn ?? later[0];
  return next ? hitsAnswer(entry.index, [quotedHit(next, next.sentences)]) : null;
}

/** Longest question that may ask a fact by its question word alone (a cheap test before parsing it again). */
const MAX_BARE_FACT = 32;

/** asksBareFact of a question about the entry's article, remembered. */
function asksBareFactOf(question: string, entry: Entry): boolean {
  if (question.length > MAX_BARE_FACT) return false;
  const memo = (entry.bareFacts ??= new RecentMemo<boolean>(BARE_FACT_MEMO));
  let bare = memo.get(question);
  if (bare === undefined) {
    bare = asksBareFact(question, entry.index);
    memo.set(question, bare);
  }
  return bare;
}

/** Whether a question asks a fact by its question word alone ("Wie viele?", "Wann war das genau?"): no term of its own. */
function asksBareFact(question: string, index: ArticleIndex): boolean {
  const parsed = parseIn(question, index);
  if (parsed.asksPhoto || parsed.asksSource || parsed.asksRelated || parsed.asksSummary || parsed.asksFollow) return false;
  return parsed.focus !== 'thing' && parsed.focus !== 'reason' && parsed.terms.length === 0;
}

/** The nouns (and names) a question asks about, folded: its content terms the parser reads as nouns. */
function nounsOf(question: string, index: ArticleIndex): string[] {
  const nouns: string[] = [];
  for (const term of parseIn(question, index).terms) if (term.nounLike && !term.soft) nouns.push(...term.words);
  return nouns;
}

/**
 * Builds the engine over `articles`. Questions without an article id go to
 * `currentArticleId`, else to the last article of the array.
 */
export function createQaEngine(articles: readonly Article[], options: { currentArticleId?: string } = {}): QaEngine {
  const entries = lazyEntries(articles);
  const currentId = options.currentArticleId && entries.has(options.currentArticleId)
    ? options.currentArticleId
    : articles[articles.length - 1]?.id;

  const entryFor = (articleId?: string): Entry | undefined => entries.get(articleId ?? currentId ?? '');
  const remembered = new RecentMemo<Answer>(ANSWER_MEMO);
  const readingsMemo = new RecentMemo<readonly string[]>(ANSWER_MEMO);

  return {
    answer(question, answerOptions = {}) {
      const entry = entryFor(answerOptions.articleId);
      if (!entry) return abstainAnswer(null, null);
      const answerOf = (asked: string, key = `${entry.index.article.id}\u0000${asked}`): Answer => memoAnswer(remembered, key, () => {
        const answers = packedMap(splitQuestions(asked), (part) => composeAnswer(entry.index, decide(parseIn(part, entry.index), entry.index, entry.cache)));
        return answers.length === 1 ? answers[0]! : joinAnswers(answers);
      });
      // An idiom the article does not use is read as its plain words first ("ins Leben gerufen" as "gegründet", "Was springt
      // für Kim raus?" as "Was bekommt Kim?"); one it uses ("rote Zahlen") is read as asked.
      // (Either reading stands in when the other finds nothing.)
      // (Remembered per article and question: readers repeat questions, and the idiom patterns cost more than the lookup.)
      const readingsKey = `${entry.index.article.id}\u0000${question}`;
      let readings = readingsMemo.get(readingsKey);
      if (!readings) {
        const plainWords = withIdiomsPlain(question);
        readings = plainWords === question ? [question]
          : sharesIdiom(question, entry.fullText ??= fullText(entry.index), entry.idiomUses ??= []) ? [question, plainWords] : [plainWords, question];
        readingsMemo.set(readingsKey, readings);
      }
      // (The question as asked has its memo key already: one string for both memos.)
      let asked = answerOf(readings[0]!, readings[0] === question ? readingsKey : undefined);
      if (!asked.answered && readings.length > 1) asked = answerOf(readings[1]!);
      const previous = answerOptions.previous;
      // (Most questions are no follow-up by their shape: neither reading below is tried for them.)
      if (!previous || !hasFollowUpShape(question)) return asked;
      // A follow-up is read with the person before, unless the answer as asked is about that person already; when the
      // article says nothing of the follow-up so read, the answer is the one as asked.
      const followUp = followingUp(question, previous, entry.index);
      if (followUp) {
        if (asked.answered && nameWordIn(asked.text, [followUp.subject.split(' ')])) return asked;
        const read = answerOf(followUp.asked);
        return read.answered ? read : asked;
      }
      // "Und fürs ganze Jahr?": a fragment is the question before, asked of what it names; as asked where that finds nothing.
      // (Only an answer saying something of what the fragment names: the question before may be about another thing.)
      const fragmentRead = elliptic(question, previous.question);
      if (fragmentRead) {
        const read = answerOf(fragmentRead);
        if (read.answered && namesFragment(question, read.text, previous.question)) return read;
      }
      // (The question's own nouns, parsed once when a reading below needs them.)
      let ownNouns: string[] | undefined;
      const asksNothingOwn = (): boolean => (ownNouns ??= nounsOf(question, entry.index)).length === 0;
      // "Woher stammt diese Zahl?": the source the passage just quoted gives ("… Quellen aus dem … Verteidigungsministerium").
      // ("Wer sagt das?" asks the same: read as that question, whatever its own question word asks.)
      const source = asksSourceOfAnswer(question) ? fromPreviousAnswer(SOURCE_QUESTION, previous, entry) : null;
      if (source) return source;
      // "Und wie viel war es vorher?" after "… 96 statt bisher 78 Euro": the passage just quoted has the earlier figure.
      const earlier = startsWithUnd(question) && asksEarlierOfAnswer(question, previous.answer) && asksNothingOwn() ? earlierInAnswer(previous, entry) : null;
      if (earlier) return earlier;
      // "Was noch?": the passage after those the answer before quoted.
      if (asksWhatElse(question)) return passageAfterAnswer(previous, entry) ?? asked;
      // "Wie viele?", "Wann?" with no word of their own: the fact in the passage just quoted, else none (not a summary).
      if (asksBareFactOf(question, entry)) return fromPreviousAnswer(question, previous, entry) ?? abstainAnswer(entry.index.article, entry.index);
      // "Und wann hat der auf?" after an answer naming the place: the passage just quoted says it, when it has the fact asked.
      const inQuoted = endsWithDemonstrative(question) && startsWithUnd(question) && asksNothingOwn() ? fromPreviousAnswer(question, previous, entry) : null;
      if (inQuoted) return inQuoted;
      // One pointing at a thing that the article does not answer as asked, or that asks nothing of its own ("Wie viele sollen
      // das gewesen sein?"), is read with the nouns of the question before.
      const unclear = pointsAtThing(question) && (!asked.answered || asksNothingOwn());
      const withThing = unclear ? withNounsBefore(question, previous.question, nounsOf(previous.question, entry.index)) : null;
      const read = withThing ? answerOf(withThing) : undefined;
      if (read?.answered) return read;
      // "Und wie viel war das früher?" after "Wie viel muss der Verein für die Sicherheit ausgeben?": a follow-up starting with
      // "Und" that the article does not answer as asked asks on about the passage just quoted, whose other figure answers it.
      if (!asked.answered && startsWithUnd(question)) return fromPreviousAnswer(question, previous, entry) ?? asked;
      return asked;
    },

    rank(question, limit) {
      const entry = entryFor();
      if (!entry || limit <= 0) return [];
      const parsed = parseIn(question, entry.index);
      const first = composeAnswer(entry.index, decide(parsed, entry.index, entry.cache));
      if (!first.answered) return [first];
      const out = [first];
      const cited = new Set(first.citations.map((citation) => citation.id));
      const ranked = rankPassages(parsed, entry.index, entry.cache);
      for (const hit of ranked === 'missing' ? [] : ranked) {
        if (out.length >= limit) break;
        if (cited.has(hit.passage.id)) continue;
        cited.add(hit.passage.id);
        out.push(hitsAnswer(entry.index, [hit]));
      }
      return out.slice(0, limit);
    },

    suggestions(articleId) {
      const entry = entryFor(articleId);
      return entry ? suggestQuestions(entry.index) : [];
    },
  };
}
