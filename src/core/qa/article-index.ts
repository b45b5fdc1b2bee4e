/**
 * The per-article index questions are answered from: passages (plus title, teaser and photo
 * caption) split into sentences with their keys, document frequencies, the vocabulary for
 * compound and typo matching, and the multi-word names of the text.
 */
import { attribution, sectionTitle, type Article, type Quote } from '../article.js';
import { splitSentences, tokenize } from '../text/normalize.js';
import { textKeys, type CasedWords } from '../text/keys.js';
import { roadKeys } from '../text/roads.js';
import { EMPTY_KEY_SET, keyCounts, KeyStore, type KeySet } from '../text/key-set.js';
import { STOP_WORDS } from '../text/stopwords.js';
import { findNames } from '../text/names.js';
import { factKeys } from '../text/facts.js';
import type { Focus } from './question.js';
import { headingFocus } from './question-focus.js';

export interface IndexedSentence {
  text: string;
  keys: KeySet;
  /**
   * Question-independent facts about the sentence (folded text, its words, focus tests),
   * computed on the first question that needs them and kept (see fact-check.ts).
   */
  memo?: SentenceMemo;
  /** The sentence is itself a question ("Wie konnte der Affe entkommen?"): it answers nothing. */
  asks: boolean;
  /** Keys of the person a role description in it points back to ("der russische Präsident"), see coreference.ts. */
  refers?: Set<string>;
  /** The name, as written, of the person a role description in it points back to ("Reinhard Vollmer"), see coreference.ts. */
  referentName?: string;
  /** Keys of the speaker a first-person sentence of a quote means ("\"Ich habe 2.400 Patienten …\", sagt Hollweg"). */
  speaker?: Set<string>;
}

/** Per-sentence work shared by all questions; filled lazily so index builds stay cheap. */
export interface SentenceMemo {
  folded?: string;
  words?: SentenceWord[];
  /** Results of focus tests by focus name. */
  focus?: Map<string, boolean>;
  /** Whether the sentence continues about the previous one's subject ("Er …", "… beträgt er …"), see context.ts. */
  continues?: boolean;
  /** Keys of this sentence and its predecessor, for a sentence continuing it ("Er …"). */
  withPrevious?: Set<string>;
  /** Keys of this sentence and of the person a role description in it refers to. */
  withReferent?: Set<string>;
  /** Keys the sentence has only from first parts of hyphenated compounds ("Salat" in "Salat-Start-up"). */
  modifierOnly?: Set<string>;
}

/** An empty memo with every field present: one object shape for all sentences' memos, whichever field is filled first. */
export function newSentenceMemo(): SentenceMemo {
  return { folded: undefined, words: undefined, focus: undefined, continues: undefined, withPrevious: undefined, withReferent: undefined, modifierOnly: undefined };
}

/** One word of a sentence, for "a number next to the counted noun" checks. */
export interface SentenceWord {
  keys: readonly string[];
  /** A cardinal number (digits, "neun"), or an ordinal word. */
  cardinal: boolean;
  /** An ordinal ("dritte", "3."). */
  ordinal: boolean;
  /** Capitalised mid-sentence: a noun or a name. */
  noun: boolean;
  /** A unit of measure ("Euro", "Kilometer", "Prozent"). */
  unit: boolean;
  /** A first part of a hyphenated compound ("Hochstamm" in "Hochstamm-Bäumen"): the noun is the compound's last part. */
  joinsNext: boolean;
  /** For a first part, the keys of the compound written as one word ("Feldhamster-Baue" ~ "Feldhamsterbaue"), else undefined. */
  joined: readonly string[] | undefined;
}

export interface IndexedPassage {
  /** Passage id (`s1.b3`) or `title` / `teaser` / `image` for the article head. */
  id: string;
  sectionId: string;
  sectionTitle: string;
  kind: 'paragraph' | 'bullet' | 'head';
  text: string;
  sentences: IndexedSentence[];
  keys: KeySet;
  /** Keys of the speakers of quotations in the passage ("putin"). */
  speakers: KeySet;
  hasQuote: boolean;
}

export interface IndexedSection {
  id: string;
  title: string;
  /** Keys of the heading; empty for the lead. */
  headingKeys: Set<string>;
  /** Words of the heading, stop words included ("Was bekommt Kim?": 3); 0 for the lead. */
  headingWords: number;
  /** What a heading that is itself a question asks for ("Wie fiel das Siegtor?"), else null. */
  headingFocus: Focus | null;
  passages: IndexedPassage[];
}

export interface ArticleIndex {
  article: Article;
  passages: IndexedPassage[];
  sections: IndexedSection[];
  sectionById: Map<string, IndexedSection>;
  /**
   * Number of passages containing a key, kept only where it is not 1 (most keys occur in one
   * passage; a heading's key in no passage has 0). Read it with passagesWith.
   */
  df: Map<string, number>;
  /** Every key of the article (passages and headings). */
  vocabulary: string[];
  /** The same keys as a set, for lookups. */
  known: KeySet;
  /** Folded words of the article (for typo matching), each with its keys. */
  words: Map<string, string[]>;
  /** Multi-word names, folded words each. */
  names: string[][];
  /** Keys of the title and teaser: the story's topic, context for every passage. */
  topicKeys: Set<string>;
  /** Keys of the source line's words ("roj/news.de/dpa" -> roj, news, de, dpa). */
  sourceKeys: Set<string>;
  /** Whether role descriptions have been resolved (coreference.ts does it on the first question that reads passages). */
  referencesResolved: boolean;
  /**
   * Folded words the passages write only with a capital inside a sentence ("Landrat", "Priorität", "Kühe"): nouns, also in
   * a reader's question without capitals ("wer ist landrat", not a verb for its "-t").
   */
  capitalOnly: ReadonlySet<string>;
}

/** A question mark at the end of a sentence, perhaps inside closing quotes. */
const QUESTION_END = /\?["“”»«']?$/u;

/** A first-person word ("Ich habe 2.400 Patienten …"): in a quote, it means the speaker. */
export const FIRST_PERSON = /(?<!\p{L})(ich|mich|mir|mein|meine[mnrs]?|wir|uns|unser|unsere[mnrs]?)(?!\p{L})/iu;
/** Quotation marks, trimmed off a sentence to find the quote it is part of. */
const QUOTE_MARKS = /^["„“”»«\s]+|["„“”»«\s]+$/gu;
const FINAL_STOP = /[.!?]$/;

/** The speaker of the quote a first-person sentence is part of ("\"Ich habe …\", sagt Hollweg" -> "Hollweg"), or null. */
function firstPersonSpeaker(sentence: string, quotes: readonly Quote[]): string | null {
  if (quotes.length === 0 || !FIRST_PERSON.test(sentence)) return null;
  const inner = sentence.replace(QUOTE_MARKS, '').replace(FINAL_STOP, '');
  return quotes.find((quote) => quote.speaker && (quote.text.includes(inner) || inner.includes(quote.text)))?.speaker ?? null;
}

/**
 * A passage as it is built: its sentences' key sets still grow (linkAbbreviations) until freezeKeys makes them compact
 * and gives the passage the keys of its sentences.
 */
type DraftSentence = Omit<IndexedSentence, 'keys'> & { keys: Set<string> };
type DraftPassage = Omit<IndexedPassage, 'keys' | 'sentences' | 'speakers'> & { keys: undefined; sentences: DraftSentence[]; speakers: Set<string> };

function indexPassage(words: Map<string, string[]>, cased: CasedWords, id: string, sectionId: string, title: string, kind: IndexedPassage['kind'], text: string, quotes: readonly Quote[], hasQuote = quotes.length > 0): DraftPassage {
  const sentences = splitSentences(text).map((sentence): DraftSentence => {
    const keys = textKeys(sentence, words, cased);
    for (const fact of factKeys(sentence)) keys.add(fact);
    for (const road of roadKeys(sentence)) keys.add(road);
    const speaker = firstPersonSpeaker(sentence, quotes);
    // Fields filled later (memo, refers) and the optional speaker are present from the start: one shape for every sentence.
    return { text: sentence, keys, memo: undefined, asks: QUESTION_END.test(sentence.trimEnd()), refers: undefined, referentName: undefined, speaker: speaker ? textKeys(speaker) : undefined };
  });
  const speakerKeys = new Set(quotes.flatMap((quote) => (quote.speaker ? [...textKeys(quote.speaker)] : [])));
  return { id, sectionId, sectionTitle: title, kind, text, sentences, keys: undefined, speakers: speakerKeys, hasQuote };
}

/**
 * The passages with compact key sets, all of the article's in one store (as Sets they were a third of the index's
 * memory). The drafts become the passages: each key set is replaced in place, so every object keeps its shape. A
 * passage has the keys of its sentences, in their order; a passage of one sentence shares its sentence's set.
 */
function freezeKeys(drafts: DraftPassage[]): IndexedPassage[] {
  let room = 0;
  for (const draft of drafts) {
    room += KeyStore.room(draft.speakers.size);
    for (const sentence of draft.sentences) room += KeyStore.room(sentence.keys.size);
    // (A passage of several sentences takes at most the room of all of theirs.)
    if (draft.sentences.length > 1) room += KeyStore.room(draft.sentences.reduce((sum, sentence) => sum + sentence.keys.size, 0));
  }
  const store = new KeyStore(room);
  for (const draft of drafts) {
    const passage = draft as unknown as IndexedPassage;
    for (const sentence of passage.sentences) sentence.keys = store.add(sentence.keys);
    passage.keys = passage.sentences.length === 1 ? passage.sentences[0]!.keys : store.union(passage.sentences.map((sentence) => sentence.keys));
    passage.speakers = draft.speakers.size === 0 ? EMPTY_KEY_SET : store.add(draft.speakers);
  }
  return drafts as unknown as IndexedPassage[];
}

const QUOTE_MARK = /["„“”»«]/;

/** An abbreviation defined in brackets after what it stands for ("Der Abfallwirtschaftsbetrieb … (AWK)"). */
const DEFINED_ABBREVIATION = /\((\p{Lu}{2,6})\)/gu;
/** Most capitalised words an abbreviation stands for ("Kassenärztliche Vereinigung Niedersachsen"). */
const MAX_ABBREVIATED_WORDS = 4;

/**
 * "Der Abfallwirtschaftsbetrieb des Landkreises (AWK) …", later "sagte AWK-Werkleiter Frank Obermeier": a sentence naming
 * the abbreviation names what it stands for, and the other way round, so "Wie heißt der Chef vom Abfallwirtschaftsbetrieb?"
 * meets the Werkleiter. What it stands for: the capitalised words before the bracket from the first one starting with the
 * abbreviation's letter (the last such before it, no stop word), up to a word in lower case.
 */
function linkAbbreviations(passages: readonly DraftPassage[], words: Map<string, string[]>): void {
  const links: { short: string; long: string[] }[] = [];
  for (const passage of passages) {
    if (!passage.text.includes('(')) continue;
    for (const match of passage.text.matchAll(DEFINED_ABBREVIATION)) {
      const before = tokenize(passage.text.slice(Math.max(0, match.index - 100), match.index));
      let from = -1;
      for (let i = before.length - 1; i >= 0 && before.length - i <= 2 * MAX_ABBREVIATED_WORDS && from < 0; i--) {
        if (before[i]!.surface[0] === match[1]![0] && !STOP_WORDS.has(before[i]!.folded)) from = i;
      }
      if (from < 0) continue;
      const long: string[] = [];
      for (const token of before.slice(from, from + MAX_ABBREVIATED_WORDS)) {
        if (!/^\p{Lu}/u.test(token.surface)) break;
        long.push(...(words.get(token.folded) ?? [...textKeys(token.folded)]).slice(0, 1));
      }
      const short = textKeys(match[1]!);
      if (long.length > 0 && short.size === 1) links.push({ short: [...short][0]!, long });
    }
  }
  if (links.length === 0) return;
  for (const passage of passages) {
    for (const sentence of passage.sentences) {
      for (const { short, long } of links) {
        const added = sentence.keys.has(short) ? long : long.every((key) => sentence.keys.has(key)) ? [short] : [];
        for (const key of added) sentence.keys.add(key);
      }
    }
  }
}

/** Builds the index of one article; pure, about 1 ms for a 5 kB article. */
export function indexArticle(article: Article): ArticleIndex {
  const words = new Map<string, string[]>();
  const cased: CasedWords = { capital: new Set(), lower: new Set() };
  const lead = article.sections[0];
  const leadTitle = lead ? sectionTitle(lead) : 'Einleitung';
  const leadId = lead?.id ?? 'lead';
  const head: DraftPassage[] = [indexPassage(words, cased, 'title', leadId, leadTitle, 'head', article.title, [])];
  if (article.teaser) head.push(indexPassage(words, cased, 'teaser', leadId, leadTitle, 'head', article.teaser, [], QUOTE_MARK.test(article.teaser)));
  if (article.image) head.push(indexPassage(words, cased, 'image', leadId, leadTitle, 'head', article.image.caption, []));
  // (Each heading's words before its passages': the order the article's words are met in is the order typo matching tries them.)
  const headingKeys: Set<string>[] = [];
  const sectionDrafts = article.sections.map((section) => {
    headingKeys.push(section.heading ? textKeys(section.heading, words) : new Set<string>());
    return [...section.paragraphs, ...section.bullets].map((passage) => indexPassage(
      words, cased, passage.id, section.id, sectionTitle(section), passage.kind, passage.text, passage.quotes,
    ));
  });
  const drafts = [...head, ...sectionDrafts.flat()];
  const texts = [...drafts.map((passage) => passage.text), ...article.sections.flatMap((section) => (section.heading ? [section.heading] : []))];
  const names = findNames(texts);

  linkAbbreviations(drafts, words);
  const passages = freezeKeys(drafts);
  // Every key of the article: the passages' in order of appearance, then the headings' that no passage has.
  const passageKeys = keyCounts(passages.map((passage) => passage.keys));
  const known = new KeyStore(KeyStore.room(passageKeys.keys.length + headingKeys.reduce((sum, keys) => sum + keys.size, 0)))
    .union(passages.map((passage) => passage.keys), headingKeys);
  const vocabulary = [...known];
  const df = new Map<string, number>();
  passageKeys.counts.forEach((count, i) => {
    if (count !== 1) df.set(passageKeys.keys[i]!, count);
  });
  for (const key of vocabulary.slice(passageKeys.keys.length)) df.set(key, 0);

  let first = head.length;
  const sections: IndexedSection[] = article.sections.map((section, s) => ({
    id: section.id,
    title: sectionTitle(section),
    headingKeys: headingKeys[s]!,
    headingWords: section.heading ? tokenize(section.heading).length : 0,
    headingFocus: section.heading ? headingFocus(section.heading) : null,
    passages: passages.slice(first, (first += sectionDrafts[s]!.length)),
  }));
  const topicKeys = new Set(passages.slice(0, head.length).filter((passage) => passage.id !== 'image').flatMap((passage) => [...passage.keys]));
  // The headline's kicker ("Bahnstreik: …") names the topic too, as context, not as a passage to quote.
  if (article.kicker) for (const key of textKeys(article.kicker, words)) topicKeys.add(key);
  const sectionById = new Map(sections.map((section) => [section.id, section]));
  const sourceKeys = textKeys(attribution(article) ?? '');
  for (const word of cased.lower) cased.capital.delete(word);
  return { article, passages, sections, sectionById, df, vocabulary, known, words, names, topicKeys, sourceKeys, referencesResolved: false, capitalOnly: cased.capital };
}

/** Number of passages of the article containing `key`; undefined when none does (a key of a heading only, or not in the article). */
export function passagesWith(index: ArticleIndex, key: string): number | undefined {
  const count = index.df.get(key);
  if (count === undefined) return index.known.has(key) ? 1 : undefined;
  return count === 0 ? undefined : count;
}
