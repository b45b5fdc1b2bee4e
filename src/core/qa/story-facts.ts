/**
 * Facts of the story's one thing, asked by a word the article does not use for it. "Was kostet das ganze Projekt?": the
 * cost of whatever the story is about, asked with a generic noun ("Projekt", "Vorhaben") where the article names the thing
 * itself ("der Umbau", "drei Courts"). When nothing answers it as asked, the article's first sentence giving the whole sum
 * does: one saying it is the whole ("Die Gesamtkosten für den Umbau liegen bei …", "insgesamt"), else bare costs ("Die
 * Kosten beziffert der Verein auf …"), else an investment ("Die Betreibergesellschaft investiert rund 41 Millionen Euro"),
 * else the first sum of costs at all, which is the story's ("Die Sanierung kostet nun 14,8 Millionen Euro"). "Seit wann
 * gibt es die Firma?" where the article names the firm by its name: its one founding with a year.
 */
import type { ArticleIndex, IndexedPassage, IndexedSentence } from './article-index.js';
import { FACT, YEAR_IN_TEXT } from '../text/facts.js';
import { bareOfParagraph } from './context.js';
import { foldedText } from './fact-check.js';
import type { Concern, ParsedQuestion } from './question.js';
import { isGenericNoun } from './weigh-terms.js';

/** A sentence of the article with its passage: what a story fact answers with. */
export interface StoryFact {
  passage: IndexedPassage;
  sentence: IndexedSentence;
}

/** The article's sentences that pass `test`, in order (without the headline, teaser and caption where `bodyOnly`). */
function sentencesWhere(index: ArticleIndex, test: (sentence: IndexedSentence) => boolean, bodyOnly = false): StoryFact[] {
  const found: StoryFact[] = [];
  for (const passage of index.passages) {
    if (bodyOnly && passage.kind === 'head') continue;
    for (const sentence of passage.sentences) if (test(sentence)) found.push({ passage, sentence });
  }
  return found;
}

/** Words of an investment, folded. */
const INVESTMENT_WORDS = 'investition|investitionen|gesamtinvestition|investiert|investieren|investierte';
/** An investment in a folded sentence. */
const INVESTMENT = new RegExp(`\\b(?:${INVESTMENT_WORDS})\\b`);
/** Words of costs or an investment in a folded sentence. */
const COST_WORD = new RegExp(`\\b(?:gesamtkosten|baukosten|kosten|kostet|kosteten|gekostet|${INVESTMENT_WORDS})\\b`);
/** A sum said to be the whole, folded. */
const WHOLE = /\b(?:gesamt\w*|insgesamt)\b/;

/** Words asking for the whole ("die ganze Baustelle", "das gesamte Vorhaben"), folded. */
const WHOLE_WORDS: ReadonlySet<string> = new Set(['ganze', 'ganzen', 'gesamte', 'gesamten', 'insgesamt']);

/**
 * Whether a question asks the price of the story's thing by a generic noun only ("Was kostet das ganze Projekt?", "Wie
 * teuer wird das Vorhaben?"), or of the whole of one thing ("Was kostet die ganze Baustelle?").
 */
export function asksWholeCost(question: ParsedQuestion): boolean {
  // ("Wie teuer wird das Projekt?" asks a sum of money.)
  const price = question.terms.find((term) => term.markersRequired && term.markers?.some((marker) => marker.key === FACT.price || marker.key === FACT.money));
  if (!price) return false;
  const others = question.terms.filter((term) => term !== price && !term.soft);
  if (others.length > 0 && others.every((term) => term.nounLike && term.words.length === 1 && isGenericNoun(term.words[0]!))) return true;
  // "Was kostet die ganze Baustelle?": the whole of the story's one thing.
  return others.length === 1 && others[0]!.nounLike === true && question.terms.some((term) => WHOLE_WORDS.has(term.words[0]!));
}

/** The passage and sentence of the article's first sum of the whole costs (see above), or null when it names no costs. */
export function wholeCostSentence(index: ArticleIndex): StoryFact | null {
  const costs = sentencesWhere(index, (sentence) => sentence.keys.has(FACT.money) && COST_WORD.test(foldedText(sentence)));
  return costs.find((cost) => WHOLE.test(foldedText(cost.sentence))) ?? costs.find((cost) => bareOfParagraph(cost.sentence))
    ?? costs.find((cost) => INVESTMENT.test(foldedText(cost.sentence))) ?? costs[0] ?? null;
}

/**
 * A founding in a sentence, folded: "gegründet", "gründete", "Gründung", "Gründer" (not "Gründe", the reasons, which
 * share the stem: "nennt mehrere Gründe" dates no founding).
 */
export const FOUNDED = /\b(?:ge)?gruend(?:et|ete|eten|ung|ungs\w*|er|erin|erinnen)\b/;
/** A founding as an event, folded: "gegründet", "gründete", "Gründung" (not "Gründer", who may do anything in any year). */
const FOUNDING = /\b(?:ge)?gruend(?:et|ete|eten|ung)\b/;

/** Whether a question asks since when the story's one thing exists by one noun at most ("Seit wann gibt es die Firma?"). */
export function asksFounding(question: ParsedQuestion): boolean {
  return question.asksExistence && question.focus === 'time' && question.terms.filter((term) => !term.soft && term.nounLike).length <= 1;
}

/** Nouns of a firm or shop, folded: "Wer hat das Unternehmen gegründet?" asks the founder of the story's one. */
const FIRM_NOUNS: ReadonlySet<string> = new Set(['unternehmen', 'firma', 'geschaeft', 'betrieb', 'laden', 'werk', 'haus', 'traditionsunternehmen', 'familienunternehmen']);

/** A verb of founding in a question, folded ("gegründet", "gründete"). */
export const FOUNDING_VERB = /^(?:ge)?gruend/;

/** Whether a question asks who founded the story's firm by a noun for any firm ("Wer hat die Firma damals gegründet?"). */
export function asksFounder(question: ParsedQuestion): boolean {
  if (question.focus !== 'person' || !question.terms.some((term) => term.verbLike && FOUNDING_VERB.test(term.words[0]!))) return false;
  const nouns = question.terms.filter((term) => term.nounLike && !term.soft && !term.verbLike);
  return nouns.length === 1 && FIRM_NOUNS.has(nouns[0]!.words[0]!);
}

/** "Gegründet wurde Wollwerk Rhön im Mai 2023 …": the article's one sentence of a founding with a year, or null when it has none or several. */
export function foundingSentence(index: ArticleIndex): StoryFact | null {
  const found = sentencesWhere(index, (sentence) => FOUNDING.test(foldedText(sentence)) && YEAR_IN_TEXT.test(sentence.text), true);
  return found.length === 1 ? found[0]! : null;
}

/** A year after "seit", folded: "seit 1862", "seit dem Jahr 1911". */
const SINCE_YEAR = new RegExp(String.raw`\bseit (?:dem jahr )?${YEAR_IN_TEXT.source}`);
/** Existing since a year, folded: "besteht seit 1986", "gibt es seit 2009", "existiert seit dem Jahr 1911". */
const EXISTS_SINCE = new RegExp(String.raw`\b(?:besteht|bestehen|bestand|gibt es|gab es|existiert|existieren)\b[^.]*${SINCE_YEAR.source}`);

/** Whether a sentence dates a beginning: a founding or "seit <Jahr>" ("Seit 1862 wird im „Adler“ gekocht"). */
export function datesExistence(sentence: IndexedSentence): boolean {
  const folded = foldedText(sentence);
  return SINCE_YEAR.test(folded) || (FOUNDED.test(folded) && YEAR_IN_TEXT.test(sentence.text)) || FIRST_EDITION.test(folded);
}

/** The first of a recurring thing in a year, folded: "Das erste Zwiebelfest hatten Landfrauen im Jahr 1975 organisiert". */
const FIRST_EDITION = new RegExp(String.raw`^(?:der|die|das) erste[n]? \p{L}+\b[^.]*\b(?:im jahr |im |seit )?${YEAR_IN_TEXT.source}`, 'u');

/**
 * "Seit wann gibt es die Firma?" where the story's thing is named by its own word: its one founding with a year, else the
 * one sentence saying something exists since a year ("Das Zentrum … besteht seit 1986").
 */
export function existenceSentence(index: ArticleIndex): StoryFact | null {
  const since = sentencesWhere(index, (sentence) => EXISTS_SINCE.test(foldedText(sentence)) || FIRST_EDITION.test(foldedText(sentence)));
  return foundingSentence(index) ?? (since.length === 1 ? since[0]! : null);
}

/** That no one was hurt, folded: "Verletzt wurde niemand", "niemand kam zu Schaden", "unverletzt", "keine Verletzten". */
const NONE_HURT = /\b(?:niemand|keiner|kein mensch)\b[^.]*\b(?:verletzt\w*|getoetet|schaden|ums leben)\b|\b(?:verletzt|getoetet)\b[^.]*\bniemand\b|\bunverletzt\b|\bkeine verletzten\b/;
/** Someone hurt, told without "verletzt", folded: "Zwei Feuerwehrleute erlitten eine leichte Rauchvergiftung", "… ins Krankenhaus gebracht". */
const HURT = /\berlitt\w*\b[^.]*\b(?:\w*verletzung\w*|\w*vergiftung\w*|prellung\w*|(?:knochen|arm|bein|rippen|schaedel|becken|handgelenk)br(?:uch|ueche)\w*|schock|\w*wunden?)\b|\b(?:ins krankenhaus|in (?:eine|die) klinik)\s+(?:gebracht|eingeliefert|gefahren|geflogen)\b/;
/** What becomes of the staff, folded: "Betriebsbedingte Kündigungen soll es nicht geben", "Entlassungen …", "eine Jobgarantie", "Sechs Stellen sollen wegfallen". */
const STAFF_FATE = /\bkuendigungen\b|\bentlassungen\b|\bjobgarantie|\barbeitsplatzgarantie|\bstellen\b[^.]*\b(?:wegfallen|abgebaut|gestrichen)\b|\bstellenabbau/;

/** For each worry: the sentence answering it, and any sentence saying something of it (an answer as asked that does is kept). */
const CONCERNS: Readonly<Record<Concern, { answer: RegExp; says: RegExp }>> = {
  casualties: { answer: new RegExp(`${NONE_HURT.source}|${HURT.source}`), says: /verletz|\btot|getoetet|gestorben|ums leben|schaden gekommen/ },
  jobs: { answer: STAFF_FATE, says: /kuendig|entlass|\bjobs?\b|arbeitsplaetze|arbeitsplatz|\bstellen\b|weiterbeschaeftig/ },
};

/** Whether a sentence says anything of the worry asked ("elf Menschen verletzt", "Verletzt wurde niemand"). */
export function saysOfConcern(concern: Concern, sentence: IndexedSentence): boolean {
  return CONCERNS[concern].says.test(foldedText(sentence));
}

/** The article's first sentence answering the worry ("Verletzt wurde niemand.", "Kündigungen soll es nicht geben."), or null. */
export function concernSentence(concern: Concern, index: ArticleIndex): StoryFact | null {
  const { answer } = CONCERNS[concern];
  return sentencesWhere(index, (sentence) => answer.test(foldedText(sentence)))[0] ?? null;
}

/** Nouns for the one a criminal case is against, folded ("der Angeklagte", "die Tatverdächtige", "der Täter"). */
const SUSPECT_NOUN = /^(?:angeklagte[nr]?|beschuldigte[nr]?|tatverdaechtige[nr]?|verdaechtige[nr]?|taeter|taeterin)$/;
/** A first name and the initial of a surname, as the press names suspects ("Dennis R.", "Marco T."). */
const FIRST_NAME_AND_INITIAL = /(?<!\p{L})\p{Lu}\p{Ll}+ \p{Lu}\.(?=[\s,;:)]|$)/gu;

/** Whether a question asks who the suspect of the story is, by that noun alone ("Wie heißt der Angeklagte?", "Wer ist der Täter?"). */
export function asksSuspect(question: ParsedQuestion): boolean {
  const hard = question.terms.filter((term) => !term.soft);
  return question.asksIdentity !== null && hard.length === 1 && SUSPECT_NOUN.test(hard[0]!.words[0]!);
}

/**
 * The first sentence naming the story's one suspect the way the press names suspects, by first name and initial ("Die
 * Staatsanwaltschaft wirft Dennis R. … vor"); null when the article names none so, or more than one.
 */
export function suspectSentence(index: ArticleIndex): (StoryFact & { name: string }) | null {
  const named = sentencesWhere(index, (sentence) => sentence.text.search(FIRST_NAME_AND_INITIAL) >= 0);
  const names = new Set(named.flatMap((fact) => fact.sentence.text.match(FIRST_NAME_AND_INITIAL) ?? []));
  return names.size === 1 ? { ...named[0]!, name: [...names][0]! } : null;
}
