/**
 * Sentence context: a sentence that continues about the previous one's subject ("Er …",
 * "Der 22-Jährige …", "Den Rest …") is read together with it, and one with a role description
 * ("der russische Präsident") with the person it points back to (see coreference.ts). The fact
 * asked for may stand in the sentence next to the one that matches (withFocusNeighbour).
 */
import { newSentenceMemo, type ArticleIndex, type IndexedPassage, type IndexedSection, type IndexedSentence } from './article-index.js';
import { FACT } from '../text/facts.js';
import { wordKeys } from '../text/keys.js';
import { fold } from '../text/normalize.js';
import { focusIsRequired } from './focus.js';
import type { ParsedQuestion } from './question.js';
import { introducesList } from './answer-checks.js';

/** A sentence that continues about the previous one's subject ("Der 22-Jährige …", "Er …", "Eine solche Einheit …", "Für ihn …"). */
export const ANAPHOR = /^["„]?(Er|Sie|Es|Der|Die|Das|Den|Dem|Dieser|Diese|Dieses|Dies|Dessen|Deren|Sein|Seine|Ihr|Ihre|Schuld|Grund|Ursache|Deshalb|Daher|Darum|Denn|Dort|Dabei|Dafür|Dagegen|Davon|Dazu|Solche[mnrs]?|Eine?[mnrs]? solche[mnrs]?|(?:Für|Mit|Bei|Von|Nach|Laut|Gegen|Ohne|Zu|Neben) (?:ihn|ihm|ihnen))\s/u;

/**
 * Inside a sentence, a subject pronoun after the verb ("Nach dem Gesetz beträgt er fünf Prozent", "2019 lag er noch bei
 * …", "Im Jahr 2018 waren es noch 9,40 Euro", "Rund fünf Monate dauerte es, bis …"), an adverb pointing back ("Insgesamt
 * 14.312 Fundsachen wurden dort abgegeben"), "jede" as subject ("…, jede kostet rund zwölf Euro") or a count of "solcher"
 * things ("Bislang gibt es 62 solcher Geräte"): the sentence continues about the previous one's subject.
 */
const CONTINUES_INSIDE = /^\S+(?: \S+){0,5} (?:\p{Ll}{2,}(?:t|en|te)|lag|war|kam|gab|stand|fiel|stieg|sank|blieb|ging|lief|wuchs|hielt) (er|es|sie)[ ,]|\s(dort|davon|darunter|damals|dabei|dagegen|dafür|dazu)\s|[,;] jede[rs]? \p{Ll}{2,}t\b|\d (?:solcher|dieser|derartiger) \p{Lu}/u;

/** A sentence opening with a definite article ("Der Neubau …"): it may continue the previous one's subject, or start another. */
const OPENS_WITH_ARTICLE = /^["„]?(Der|Die|Das|Den|Dem)\s/u;

/** Whether sentence `i` of a passage continues about the previous one's subject ("Er …", "Im Jahr 2018 waren es …"). */
export function continuesPrevious(passage: IndexedPassage, i: number): boolean {
  if (i === 0) return false;
  const sentence = passage.sentences[i]!;
  sentence.memo ??= newSentenceMemo();
  sentence.memo.continues ??= ANAPHOR.test(sentence.text) || CONTINUES_INSIDE.test(sentence.text) || givesCostOf(passage.sentences[i - 1]!, sentence)
    || bareOfParagraph(sentence);
  return sentence.memo.continues;
}

/** Nouns of a cost, and verbs of spending, whose sum may follow in the next sentence, as keys. */
const COST_KEYS: readonly string[] = ['kosten', 'preis', 'betrag', 'summe', 'investieren', 'bezahlen', 'ausgeben'].flatMap((word) => wordKeys(word));

/**
 * A sum of money after a sentence naming a cost without one: "Die Kosten für die Erschließung … sind deutlich gestiegen.
 * Ursprünglich hatte die Stadt mit 42 Millionen Euro gerechnet, …", "Für den Umzug muss der Verein kräftig investieren.
 * Anschlüsse, Wege und Beleuchtung kosten … rund 260.000 Euro".
 */
function givesCostOf(previous: IndexedSentence, sentence: IndexedSentence): boolean {
  return sentence.keys.has(FACT.money) && !previous.keys.has(FACT.money) && COST_KEYS.some((key) => previous.keys.has(key));
}

/**
 * A sum of the costs with no word of what they are of ("Die Kosten liegen bei 2,9 Millionen Euro", "Die Gesamtkosten
 * beziffert die Stadt auf …", "Eine erste Kostenschätzung geht von …"), the costs of an undertaking named only as one
 * ("Das Projekt kostete 28.000 Euro"), or a decision with no word of what it is on ("Eine Entscheidung soll der Stadtrat im
 * Oktober treffen"): the costs of, or the decision on, what the paragraph so far is about.
 */
const BARE_COSTS_OR_DECISION = /^(?:(?:(?:Die|Diese) (?:Gesamt|Bau)?[Kk]osten|Die geschätzten Kosten|(?:Die|Diese|Eine)(?: erste)? (?:Kosten)?[Ss]chätzung|(?:Die|Eine) Entscheidung) (?!für |des |der |über |zu[mr]? |dafür |davon |darüber |dazu )\p{Ll}|(?:Das|Dieses) (?:Projekt|Vorhaben) (?:kostet|kostete|koste|kosten)\b)/u;
/** Whether a sentence states costs of, or a decision on, what the sentences before it in its paragraph describe ("Die Kosten liegen bei …"). */
export function bareOfParagraph(sentence: IndexedSentence): boolean {
  return BARE_COSTS_OR_DECISION.test(sentence.text);
}

/** The keys of a sentence plus those of the one it continues ("Er …") and of the person it refers to, or its own keys. */
export function contextKeys(passage: IndexedPassage, i: number): ReadonlySet<string> {
  const sentence = passage.sentences[i]!;
  if (!continuesPrevious(passage, i)) return withReferent(sentence);
  const memo = sentence.memo!;
  if (memo.withPrevious) return memo.withPrevious;
  if (bareOfParagraph(sentence)) {
    memo.withPrevious = new Set([...withReferent(sentence), ...passage.sentences.slice(0, i).flatMap((before) => [...before.keys])]);
    return memo.withPrevious;
  }
  // Through a sentence continuing by a pronoun, a chain reads back to its start: "Der Radweg soll … führen. Er wird …
  // asphaltiert. Die Kosten schätzt …" (not through one opening with an article: "Der Neubau soll 2029 fertig sein" may
  // name a new subject).
  const before = passage.sentences[i - 1]!;
  memo.withPrevious = new Set([...withReferent(sentence), ...(OPENS_WITH_ARTICLE.test(before.text) ? before.keys : contextKeys(passage, i - 1))]);
  return memo.withPrevious;
}

/**
 * The keys of a sentence plus those of the person a role description in it refers to ("der russische Präsident"),
 * or whom its first person means in a quote ("Ich habe …", sagt Hollweg).
 */
export function withReferent(sentence: IndexedSentence): ReadonlySet<string> {
  if (!hasReferent(sentence)) return sentence.keys;
  sentence.memo ??= newSentenceMemo();
  sentence.memo.withReferent ??= new Set([...sentence.keys, ...(sentence.refers ?? []), ...(sentence.speaker ?? [])]);
  return sentence.memo.withReferent;
}

/**
 * When no chosen sentence holds the fact asked for, the next sentence of the passage may,
 * when it continues about the same subject ("… durch Luca Brandt … Der 22-Jährige …"): add it.
 */
export function withFocusNeighbour(chosen: IndexedSentence[], passage: IndexedPassage, question: ParsedQuestion, holds: (sentence: IndexedSentence) => boolean): IndexedSentence[] {
  // A required unit ("Was kostet X?" -> money) is a fact asked for even when the question word asks a thing.
  const required = question.terms.some((term) => term.markersRequired);
  if ((question.focus === 'thing' && !required) || chosen.length === 0) return chosen;
  if (chosen.some(holds)) return chosen;
  // A required fact (age, number, time) in the very next sentence belongs to the same subject often enough.
  // So do the words of those a sentence tells of ("Die Naturschützer sind skeptisch. „Am Bach brüten Eisvögel …“, sagte …").
  // (The next one of any sentence chosen: "Auch Rentner Horst Pielmann ist erleichtert. Er wohnt seit 1986 …" where his
  // quotation after it is chosen too.)
  const anyFact = focusIsRequired(question.focus) || required || question.focus === 'quote';
  for (let c = chosen.length - 1; c >= 0; c--) {
    const at = passage.sentences.indexOf(chosen[c]!);
    const next = passage.sentences[at + 1];
    if (!next || chosen.includes(next) || !(anyFact || ANAPHOR.test(next.text)) || !holds(next)) continue;
    return [...chosen.slice(0, c + 1), next, ...chosen.slice(c + 1)];
  }
  // "… gibt es dienstags von 9 bis 12 Uhr ein Service-Fenster. Dann sind Ehrenamtliche im Laden": the time, place or
  // cause a sentence points back to ("Dann", "Dort", "Deshalb") is the previous sentence's.
  const previous = passage.sentences[passage.sentences.indexOf(chosen[0]!) - 1];
  return previous && POINTS_BACK.test(chosen[0]!.text) && holds(previous) ? [previous, ...chosen] : chosen;
}

/** A sentence opening with an adverb that points back to the previous one's time, place or cause. */
const POINTS_BACK = /^["„]?(Dann|Da|Damals|Dort|Deshalb|Daher|Darum|Deswegen|Dafür|Danach|Seitdem|Seither)\s/u;

/** A passage going on with what someone said or wrote before ("Putin schrieb weiter, …", "Sie fügte hinzu, …"). */
const SPEECH_GOES_ON = /^[„"]?(\p{Lu}\p{L}+)\s+(?:schrieb|sagte|erklärte|betonte|fügte|ergänzte|führte)\s+(?:weiter|hinzu|aus)\b/u;

/** The speaker a passage goes on quoting ("Putin schrieb weiter, …" -> "Putin"), as written, or undefined. */
export function speechGoesOnBy(passage: IndexedPassage): string | undefined {
  return passage.sentences[0] ? SPEECH_GOES_ON.exec(passage.sentences[0].text)?.[1] : undefined;
}
/** Passages back in which the statement going on is looked for. */
const SPEECH_BEFORE = 3;
const passageContexts = new WeakMap<IndexedPassage, ReadonlySet<string> | null>();

/**
 * The words a passage is read with beside its own: its section's heading, and the passage where what it goes on with was
 * said ("Putin schrieb weiter, Nordkorea sei …" after "… schrieb Putin in einem Beitrag für …").
 */
export function passageContext(passage: IndexedPassage, section: IndexedSection | undefined, index: ArticleIndex): ReadonlySet<string> | null {
  let context = passageContexts.get(passage);
  if (context !== undefined) return context;
  const heading = section && section.headingKeys.size > 0 ? section.headingKeys : null;
  const speaker = speechGoesOnBy(passage);
  context = heading;
  // A bullet is read with the paragraph introducing its list ("Der Pflegestützpunkt hat … ausgewertet: • 1.130 Familien …").
  const intro = passage.kind === 'bullet' ? listIntroOf(passage, section) : undefined;
  if (intro) context = listContext(intro, heading);
  // "Die Kosten liegen bei 680.000 Euro." opening a paragraph: the costs of what the paragraph before it describes.
  const before = passage.kind === 'paragraph' && passage.sentences[0] && bareOfParagraph(passage.sentences[0]) ? paragraphBefore(passage, section) : undefined;
  if (before) context = new Set([...(context ?? []), ...before.keys]);
  if (speaker) {
    const keys = wordKeys(fold(speaker));
    const at = index.passages.indexOf(passage);
    const said = index.passages.slice(Math.max(0, at - SPEECH_BEFORE), at).findLast((earlier) => keys.some((key) => earlier.keys.has(key)));
    if (said) context = new Set([...(heading ?? []), ...said.keys]);
  }
  // Remembered per passage: a passage is always read with its own section.
  passageContexts.set(passage, context);
  return context;
}

/** The paragraph right before `passage` in its section, if any. */
function paragraphBefore(passage: IndexedPassage, section: IndexedSection | undefined): IndexedPassage | undefined {
  const passages = section?.passages ?? [];
  const previous = passages[passages.indexOf(passage) - 1];
  return previous?.kind === 'paragraph' ? previous : undefined;
}

const listContexts = new WeakMap<IndexedPassage, ReadonlySet<string>>();

/** The heading's and the list intro's keys, one set for all bullets of the list (question work is remembered per set). */
function listContext(intro: IndexedPassage, heading: ReadonlySet<string> | null): ReadonlySet<string> {
  let context = listContexts.get(intro);
  if (!context) {
    context = new Set([...(heading ?? []), ...intro.keys]);
    listContexts.set(intro, context);
  }
  return context;
}

/** The paragraph introducing a bullet's list: the one ending in a colon nearest before it in its section, else the last paragraph before it. */
function listIntroOf(bullet: IndexedPassage, section: IndexedSection | undefined): IndexedPassage | undefined {
  const passages = section?.passages ?? [];
  const before = passages.slice(0, passages.indexOf(bullet));
  // Else the section's last paragraph before its list ("… zeigt das Museum eine Auswahl in einer Sonderausstellung." before
  // "• Der Eintritt kostet 6 Euro").
  return before.findLast(introducesList) ?? before.findLast((passage) => passage.kind === 'paragraph');
}

/** Whether a sentence is read with a person beside its own words: one its role points back to, or a quote's speaker. */
export function hasReferent(sentence: IndexedSentence): boolean {
  return Boolean(sentence.refers) || Boolean(sentence.speaker);
}
