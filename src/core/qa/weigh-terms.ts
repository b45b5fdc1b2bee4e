/**
 * The question's terms as the article meets them: each term's alternatives (its own words, synonyms, compounds, typos)
 * and its weight by rarity in the article. A noun the article lacks makes the question unanswerable ('missing').
 */
import { passagesWith, type ArticleIndex } from './article-index.js';
import { nounsAfterNumber } from './fact-check.js';
import { FACT, ORDINAL_WORD } from '../text/facts.js';
import { emptyPacked, packedMap } from '../text/packed-map.js';
import { compoundMatches, synonymHeadMatches } from './compounds.js';
import { besideSynonyms, MIN_VERB_HEAD, resolveTerm, withCostCompound, type Alternative, type TermCache } from './match.js';
import { ROLE_COMPOUND } from './compounds.js';
import type { Focus, ParsedQuestion, Term } from './question.js';
import { LEADER_NOUNS } from './question-words.js';
import { asksMoney, isSumNoun } from './measure.js';
import { thesaurusKeys } from '../text/synonyms.js';

/** Weight of the unit a measure question asks for ("wie schnell" -> a speed in the sentence). */
const MEASURE_WEIGHT = 0.7;

/** Most a verb-like term may weigh: readers paraphrase verbs more than nouns. */
const MAX_VERB_WEIGHT = 0.7;
/**
 * Verbs of founding, inventing and discovering, folded: "Wer hat das Unternehmen gegründet?", "Wer hat das tote Tier
 * entdeckt?" ask for that one act, which a sentence naming the thing without it does not tell. They weigh as a noun does.
 * (With "bauen" too: +5 −9 on all eval questions; without: +3 −0.)
 */
const FINDING_VERB = /^(?:ge)?(?:gruend|grund|erfund|erfind|entdeck)/;
/** Weight of a verb or adjective the article has in no form: it lowers coverage, but less than a noun would (readers paraphrase verbs). */
const MISSING_VERB_WEIGHT = 0.4;

/** The stand-in for a role compound ("Kremlchef", see ROLE_COMPOUND) the article has no word for: a sentence naming a person. */
const ROLE_HOLDER: Alternative[] = [{ keys: [FACT.person], weight: 0.6 }];

/**
 * Nouns for a share ("Welchen Anteil trägt der Bund?", "Wer zahlt den Großteil?"), folded, and their stand-in where the
 * article has no such word: a share.
 */
const SHARE_NOUNS: ReadonlySet<string> = new Set(['anteil', 'anteile', 'anteils', 'prozentsatz', 'prozentanteil', 'quote', 'grossteil', 'grossteils', 'loewenanteil', 'hauptteil']);
const SHARE_STATED: Alternative[] = [{ keys: [FACT.share], weight: 0.8 }];

/** The share a question asks for by a share noun ("Welchen Anteil …"), met by a percentage or a fraction; else null. */
export function shareAsked(term: Term): readonly Alternative[] | null {
  return term.nounLike && SHARE_NOUNS.has(term.words[0]!) ? SHARE_STATED : null;
}

/** "durchschnittlich" and its inflections, folded. */
const AVERAGE = /^durchschnittlich(e|en|er|es|em)?$/;

/** Whether a term picks one of several ("die zweite Praxis", "die durchschnittliche Miete"): an article without it does not say which. */
function selects(term: Term): boolean {
  const word = term.words[0]!;
  return term.words.length === 1 && (ORDINAL_WORD.test(word) || AVERAGE.test(word));
}

export interface WeightedTerm {
  term: Term;
  alternatives: Alternative[];
  weight: number;
}

/** No alternatives: the term counts as missing from the article. */
const NOTHING_MET: Alternative[] = emptyPacked();

/**
 * The article's words a verb of the question meets as a compound's head, with their weights ("verkündet" ~
 * "Urteilsverkündung"), or null. A short verb stem counts here too ("leitet" ~ "Studienleiterin"): these only
 * strengthen a compound the question's noun already meets as its modifier ("Wer leitet die Studie?").
 */
function verbCompounds(question: ParsedQuestion, index: ArticleIndex, cache: TermCache): Map<string, number> | null {
  let out: Map<string, number> | null = null;
  const add = (key: string, weight: number): void => {
    (out ??= new Map()).set(key, Math.max(out.get(key) ?? 0, weight));
  };
  for (const term of question.terms) {
    if (!term.verbLike) continue;
    for (const alternative of resolveTerm(term, index, cache)) {
      const key = alternative.keys[0]!;
      if (alternative.keys.length === 1 && !term.keys.includes(key)) add(key, alternative.weight);
    }
    for (const key of term.keys) {
      // (A longer stem's compounds are among the verb's own matches above.)
      if (key.length >= MIN_VERB_HEAD) continue;
      for (const compound of compoundMatches(key, index.vocabulary)) if (compound.keys[0]!.endsWith(key)) add(compound.keys[0]!, SHORT_VERB_HEAD_WEIGHT);
    }
  }
  return out;
}
/** Weight of a compound of the question's noun and verb ("Studienleiterin" for "leitet die Studie"). */
const SHORT_VERB_HEAD_WEIGHT = 0.9;

/** Weight of a compound of a noun's head and the question's verb or leader noun ("Schulleiter" for "leitet die Grundschule"). */
const HEAD_VERB_COMPOUND_WEIGHT = 0.8;
/** Shortest head of a noun a verb compound's modifier may be. */
const MIN_HEAD_OF_NOUN = 4;

/** An article's compound and the heads of a noun its modifier may be ("schulleit" and "schul"). */
type HeadCompound = readonly [key: string, heads: readonly string[]];

/**
 * The noun's alternatives and the compounds whose modifier is the noun's head ("schul" of "Grundschule" in "Schulleiter",
 * "amt" of "Wasserwirtschaftsamt" in "Amtsleiterin"), each compound once.
 */
function withHeadCompounds(term: Term, alternatives: Alternative[], compounds: Iterable<HeadCompound>): Alternative[] {
  let out: Alternative[] | null = null;
  for (const [key, heads] of compounds) {
    if (!heads.some((head) => term.keys.some((own) => own !== head && own.endsWith(head)))) continue;
    if ((out ?? alternatives).some((alternative) => alternative.keys.length === 1 && alternative.keys[0] === key)) continue;
    (out ??= [...alternatives]).push({ keys: [key], weight: HEAD_VERB_COMPOUND_WEIGHT });
  }
  return out ?? alternatives;
}

/** The compounds the question's verbs meet whose modifier comes before the verb's stem ("schul" + "leit"). */
function* verbHeadCompounds(verbWords: ReadonlyMap<string, number>, question: ParsedQuestion): Generator<HeadCompound> {
  for (const verb of question.terms) {
    if (!verb.verbLike) continue;
    for (const verbKey of verb.keys) {
      for (const key of verbWords.keys()) {
        const at = key.indexOf(verbKey);
        if (at < MIN_HEAD_OF_NOUN) continue;
        const modifier = key.slice(0, at);
        const heads = modifier.endsWith('s') ? [modifier, modifier.slice(0, -1)] : [modifier];
        yield [key, heads.filter((head) => head.length >= MIN_HEAD_OF_NOUN)];
      }
    }
  }
}

/** The key of an article's compound naming a leader ("amtsleiterin", "schulleit", "vereinschef"): its modifier first. */
const LEADER_COMPOUND = /^(\p{L}{3,}?)s?(?:leit|leiterin|leiterinn|chef|chefin|vorsitz)$/u;
/** Each article's leader compounds with their modifiers, found on first use. */
const leaderCompounds = new WeakMap<ArticleIndex, readonly HeadCompound[]>();

/** The article's compounds naming a leader ("Amtsleiterin", "Vereinsvorsitzender"), with their modifiers. */
function leaderHeadCompounds(index: ArticleIndex): readonly HeadCompound[] {
  let found = leaderCompounds.get(index);
  if (!found) {
    const out: HeadCompound[] = [];
    for (const key of index.vocabulary) {
      const leader = LEADER_COMPOUND.exec(key);
      if (leader) out.push([key, [leader[1]!]]);
    }
    found = out;
    leaderCompounds.set(index, found);
  }
  return found;
}

/** Whether a noun is met as the modifier of some article compound ("Urteil" by "Urteilsverkündung"). */
function metAsModifier(term: Term, alternatives: readonly Alternative[]): boolean {
  const own = term.keys[0]!;
  for (const alternative of alternatives) {
    const key = alternative.keys[0]!;
    if (alternative.keys.length === 1 && alternative.weight < 1 && key.length > own.length && key.startsWith(own)) return true;
  }
  return false;
}

/**
 * "Wann wurde das Urteil verkündet?": where the article joins the question's noun and verb in one compound
 * ("Urteilsverkündung"), the noun's weak match as that compound's modifier is as good as the verb's.
 */
function joinedWithVerb(alternatives: Alternative[], verbWords: ReadonlyMap<string, number>): Alternative[] {
  if (!alternatives.some((alternative) => alternative.keys.length === 1 && (verbWords.get(alternative.keys[0]!) ?? 0) > alternative.weight)) return alternatives;
  return packedMap(alternatives, (alternative) => {
    const joined = alternative.keys.length === 1 ? verbWords.get(alternative.keys[0]!) ?? 0 : 0;
    return joined > alternative.weight ? { ...alternative, weight: joined } : alternative;
  });
}

/** Weight of an article compound that two words of the question make together ("Schwimmcontainer" for "im Container schwimmen"). */
const JOINED_COMPOUND_WEIGHT = 0.85;
/** Most letters joining a compound's modifier to its head ("s" in "Verkehrsminister", "en" in "Schwanenteich"). */
const MAX_JOINT = 2;

/** Whether `part` is one of `keys`, perhaps with a joint at its end (a modifier) or at its start (a head). */
function spellsOther(part: string, keys: readonly string[], asModifier: boolean): boolean {
  for (const key of keys) {
    if (part.length < key.length || part.length - key.length > MAX_JOINT) continue;
    if (asModifier ? part.startsWith(key) : part.endsWith(key)) return true;
  }
  return false;
}
/** Fewest letters of each word's key in a joined compound. */
const MIN_JOINED_PART = 4;

/** The keys of the question's words that may make a compound with another (not soft, four letters or more), in their order. */
function joinableKeys(question: ParsedQuestion): (readonly string[])[] {
  return question.terms.map((term) => (term.soft ? [] : term.keys.filter((key) => key.length >= MIN_JOINED_PART)));
}

/**
 * "Ab wann kann man im Container schwimmen?": an article compound of this word and another of the question, one the
 * modifier and one the head ("Schwimmcontainer"), meets both as well as their own forms would. `joinable` holds the keys
 * of the question's words (see joinableKeys); the word itself is the one at `at`.
 */
function joinedWithOther(own: string, alternatives: Alternative[], joinable: readonly (readonly string[])[], at: number): Alternative[] {
  const joined = (key: string): boolean => joinable.some((keys, other) => other !== at && keys.length > 0 && (
    (key.endsWith(own) && spellsOther(key.slice(0, key.length - own.length), keys, true))
    || (key.startsWith(own) && spellsOther(key.slice(own.length), keys, false))));
  // (Only a compound longer than the word by a part of its own can be one: most alternatives are not.)
  const candidate = (alternative: Alternative): boolean => alternative.keys.length === 1 && alternative.weight < JOINED_COMPOUND_WEIGHT
    && alternative.keys[0]!.length >= own.length + MIN_JOINED_PART && joined(alternative.keys[0]!);
  if (!alternatives.some(candidate)) return alternatives;
  return packedMap(alternatives, (alternative) => (candidate(alternative) ? { ...alternative, weight: JOINED_COMPOUND_WEIGHT } : alternative));
}

/** Fewest other words of the question, neither soft nor measures, the article must meet beside a circumstance it lacks. */
const MET_BESIDE_CIRCUMSTANCE = 3;
/**
 * Focuses whose answer must state a fact of their kind, or quote the one asked ("Was sagt X zu Y?"; see weighTerms). On all
 * eval questions, letting a noun of a phrase or clause the article lacks weigh like a missing verb under these answered 8
 * more right and none fewer (7 without "quote"). (Any noun the article lacks: 21 more and 6 fewer, but then "Warum schickt
 * Russland Panzer?" is answered. Under "wie viele" and "was" it lost twice what it won: a number or any sentence answers
 * those.)
 */
const FACT_CHECKED: ReadonlySet<Focus> = new Set<Focus>(['time', 'place', 'reason', 'purpose', 'means', 'origin', 'quote']);

/**
 * Nouns readers use for whatever the story is about ("Warum sind die Leute gegen das Projekt?", "Gab es schon gefährliche
 * Situationen?"), folded: an article that lacks the word may still answer, by the question's other words. ("Sache", "Thema",
 * "das Ganze" are soft words already.)
 */
const GENERIC_NOUNS: ReadonlySet<string> = new Set(['projekt', 'projekts', 'projekte', 'vorhaben', 'vorhabens', 'plan', 'plaene', 'plaenen', 'idee', 'ideen',
  'aktion', 'aktionen', 'massnahme', 'massnahmen', 'themen', 'situation', 'situationen', 'lage', 'angelegenheit',
  // Words of evidence frame a question ("Welche Hinweise gibt es auf …"); the article states the evidence itself.
  'hinweis', 'hinweise', 'hinweisen', 'beleg', 'belege', 'belegen', 'beweis', 'beweise', 'beweisen', 'indiz', 'indizien', 'anzeichen', 'anhaltspunkte',
  // A case in court or a thing that happened ("Wie heißt die Staatsanwältin in dem Verfahren?").
  'verfahren', 'verfahrens', 'prozess', 'prozesses', 'vorfall', 'vorfalls', 'vorfaelle',
  // What the article states, asked for its source ("Woher hat die Zeitung die Zahl?", "Woher stammen die Angaben?").
  'zahl', 'zahlen', 'angabe', 'angaben', 'info', 'infos', 'information', 'informationen',
  // And for whatever animal it is about ("Warum sind die Viecher so gefährlich?" of caterpillars).
  'tier', 'tiere', 'tieren', 'viech', 'viecher', 'viechern', 'biester', 'tierchen']);
/** Whether a folded word is a noun readers use for whatever the story is about ("Projekt", "Vorhaben"). */
export function isGenericNoun(word: string): boolean {
  return GENERIC_NOUNS.has(word);
}

/** "Welche Instrumente … außer Klavier, Gitarre und Geige …": a narrower word of the kind that the question names itself is no answer. */
export function withoutNarrowerAsked(kind: Term, alternatives: Alternative[], question: ParsedQuestion): Alternative[] {
  if (!alternatives.some((alternative) => alternative.narrower)) return alternatives;
  return alternatives.filter((alternative) => !alternative.narrower || !question.terms.some((other) => other !== kind && other.keys.includes(alternative.keys[0]!)));
}

/** Weight of a noun for the story's undertaking the article has, beside another word of the question (see weighTerms). */
const UNDERTAKING_WEIGHT = 0.3;
/** Nouns for whatever undertaking the story is about, folded ("das Projekt", "das Vorhaben"). */
const UNDERTAKING_NOUNS: ReadonlySet<string> = new Set(['projekt', 'projekts', 'projektes', 'vorhaben', 'vorhabens']);
/** Fewest other words of the question the article must meet beside a generic noun it lacks. */
const MET_BESIDE_GENERIC = 1;
/** Best weight below which a generic noun counts as missing. */
const WEAK_MATCH = 0.7;

/** Whether a key is the story's topic by the headline's kicker alone: no passage has it. */
function onlyInKicker(key: string, index: ArticleIndex): boolean {
  return index.topicKeys.has(key) && !index.known.has(key);
}

/**
 * Whether the headline's kicker alone names a question noun: as written, by a synonym ("Bankrott" ~ "Pleite") or by a
 * compound of the same modifier and a synonym of the head ("Busunglück" ~ "Busunfall").
 */
export function namedByKickerAlone(term: Term, index: ArticleIndex): boolean {
  const kickerOnly = (key: string): boolean => onlyInKicker(key, index);
  return term.keys.some(kickerOnly) || thesaurusKeys(term.keys).some(kickerOnly)
    || synonymHeadMatches(term.words[0]!, [...index.topicKeys].filter(kickerOnly), kickerOnly).length > 0;
}

function circumstance(term: Term, question: ParsedQuestion, index: ArticleIndex, cache: TermCache): boolean {
  const generic = term.words.length === 1 && GENERIC_NOUNS.has(term.words[0]!);
  if ((!term.inPhrase && !generic) || term.markers || selects(term)) return false;
  let met = 0;
  for (const other of question.terms) if (other !== term && !other.soft && !other.markers && resolveTerm(other, index, cache).length > 0) met++;
  return met >= (generic ? MET_BESIDE_GENERIC : MET_BESIDE_CIRCUMSTANCE);
}

/** "neu" before a counted noun, folded: "Wie viele neue Häuser sind geplant?" */
const NEW_THINGS: ReadonlySet<string> = new Set(['neue', 'neuen', 'neuer', 'neues']);
/** Keys of the words that count more of a thing ("sechs zusätzliche Baumhäuser", "drei weitere Häuser"). */
const MORE_OF_KEYS: readonly string[] = ['zusaetz', 'weit'];
/** How sure "zusätzliche" and "weitere" say "neue" of what is counted. */
const MORE_OF_WEIGHT = 0.9;
/** The alternatives of "neue" in "Wie viele neue X": what the article counts as more of X is new. */
function withMoreOf(alternatives: Alternative[], index: ArticleIndex): Alternative[] {
  const more = MORE_OF_KEYS.filter((key) => index.known.has(key));
  return more.length === 0 ? alternatives : [...alternatives, ...more.map((key) => ({ keys: [key], weight: MORE_OF_WEIGHT }))];
}

export function weighTerms(question: ParsedQuestion, index: ArticleIndex, cache: TermCache): WeightedTerm[] | 'missing' {
  const total = index.passages.length;
  const out: WeightedTerm[] = [];
  // Found only for a question with a noun met as a compound's modifier (few are): most questions skip the verbs' matches.
  let verbWords: Map<string, number> | null | undefined;
  // The keys each word may join another's with (see joinedWithOther), found once the first word needs them.
  let joinable: (readonly string[])[] | undefined;
  const money = asksMoney(question.terms);
  for (let at = 0; at < question.terms.length; at++) {
    const term = question.terms[at]!;
    let alternatives = resolveTerm(term, index, cache);
    if (!term.verbLike && metAsModifier(term, alternatives)) {
      if (verbWords === undefined) verbWords = verbCompounds(question, index, cache);
      if (verbWords) alternatives = joinedWithVerb(alternatives, verbWords);
    }
    // "Wer leitet die Grundschule?": the article's compound of the noun's head and the verb names the one who does it of that
    // thing ("sagt Schulleiter Matthias Greve", "Stationsleiterin" for "Seehundstation", "Grabungsleiterin" for "Ausgrabung").
    if (term.nounLike && !term.verbLike && question.focus === 'person' && alternatives.length > 0) {
      if (verbWords === undefined) verbWords = verbCompounds(question, index, cache);
      if (verbWords) alternatives = withHeadCompounds(term, alternatives, verbHeadCompounds(verbWords, question));
      // ("Wer ist die Chefin vom Wasserwirtschaftsamt?": "Amtsleiterin Kerstin Rauschenbach".)
      if (question.terms.some((other) => other !== term && LEADER_NOUNS.has(other.words[0]!))) alternatives = withHeadCompounds(term, alternatives, leaderHeadCompounds(index));
    }
    // "In welcher Zeitung schrieb der Kremlchef?": a role the article has no word for is met by a sentence naming a person,
    // unless the question asks who holds it.
    if (alternatives.length === 0 && term.nounLike && question.focus !== 'person' && ROLE_COMPOUND.test(term.words[0]!)) alternatives = ROLE_HOLDER;
    if (!term.soft && (term.nounLike || term.verbLike) && term.keys[0]!.length >= MIN_JOINED_PART && question.terms.length > 1) {
      joinable ??= joinableKeys(question);
      alternatives = joinedWithOther(term.keys[0]!, alternatives, joinable, at);
    }
    if (term.category) alternatives = withoutNarrowerAsked(term, alternatives, question);
    if (question.focus === 'count' && term === question.terms[question.countedTerm - 1] && NEW_THINGS.has(term.words[0]!)) alternatives = withMoreOf(alternatives, index);
    // (Beside a synonym's weaker reading: "Anteil" ~ "Beitrag" says no share.)
    const share = shareAsked(term);
    if (share && alternatives.every((alternative) => alternative.weight < 1)) alternatives = [...alternatives, ...share];
    // "fünf Millionen Granaten": the article's noun after the same figure is the thing asked about, however it is called.
    if (alternatives.length === 0 && term.afterNumber) alternatives = nounsAfterNumber(term.afterNumber, index);
    // "Wie groß soll der Supermarkt werden?" under the kicker "Streit um Supermarkt in Hagenstein": a noun only the kicker
    // has names the story's topic, met by every passage as context.
    if (term.nounLike && !term.verbLike && alternatives.every((alternative) => alternative.weight < 1)) {
      const topic = term.keys.find((key) => onlyInKicker(key, index));
      if (topic !== undefined) alternatives = [...alternatives, { keys: [topic], weight: 1 }];
    }
    // "Wie hoch ist der Strompreis?" is not answered by any price: the thing counted or measured needs more than its head.
    const quantified = term === question.terms[question.countedTerm] || term === question.terms[question.measuredTerm];
    if (quantified && alternatives.length > 0 && alternatives.every((alternative) => alternative.head)) alternatives = NOTHING_MET;
    // Nor a sum (or what a membership costs) by the first part of its compound: "Wie hoch ist der Mitgliedsbeitrag?" is not
    // answered by "118 Mitglieder".
    if (quantified && (isSumNoun(term.words[0]!) || term.words[0]!.endsWith('schaft')) && alternatives.length > 0 && alternatives.every((alternative) => alternative.modifier)) alternatives = NOTHING_MET;
    if (!quantified) alternatives = besideSynonyms(term, alternatives, index);
    // "Was kostet der Bau …?" meets "Baukosten".
    else if (money) alternatives = withCostCompound(term, alternatives, index);
    // (A generic noun met only by a far-fetched word, "Verfahren" by "Fahrt", is one the article lacks.)
    if (alternatives.length > 0 && term.words.length === 1 && isGenericNoun(term.words[0]!) && alternatives.every((alternative) => alternative.weight < WEAK_MATCH)) alternatives = NOTHING_MET;
    if (alternatives.length === 0) {
      if (term.soft) continue;
      // "Darf man Kerzen oder Blumen hinstellen?": one of two alternatives the article has will do.
      if (term.either && question.terms.some((other) => other !== term && other.either && resolveTerm(other, index, cache).length > 0)) continue;
      // A noun the article lacks makes the question unanswerable, unless it only tells a circumstance ("Was bekommt Nordkorea
      // laut dem Bericht für die Granaten?" where the article says "Artilleriegeschosse") and three other words of the
      // question are met: then it weighs like a verb the article lacks. ("Was schickt Russland für die Panzer?" stays
      // unanswered: the Panzer are what it asks about.) Nor does a noun of a phrase or a clause where an answer must state
      // the kind of fact asked (a time, place, reason, purpose, means or origin) or the words of the one asked ("Wo kommen
      // Erstsemester unter, die noch keine Bleibe haben?" ~ "… in einer Notunterkunft in der Turnhalle"), with fewer other
      // words met. ("Warum schickt Russland Panzer?" stays unanswered: the Panzer are its object.) So for a measure asked
      // in its unit ("Was kostet eine Übernachtung für Sänger?" ~ "Eine Nacht kostet acht Euro").
      if ((term.nounLike || term.markers || selects(term)) && !circumstance(term, question, index, cache)
        && !(term.nounLike && (term.inPhrase || term.inClause) && !term.markers && (FACT_CHECKED.has(question.focus) || question.terms.some((other) => other.markersRequired)))) return 'missing';
      out.push({ term, alternatives, weight: MISSING_VERB_WEIGHT });
      continue;
    }
    if (term.markers) {
      out.push({ term, alternatives, weight: MEASURE_WEIGHT });
      continue;
    }
    if (term.soft) {
      out.push({ term, alternatives, weight: 0.3 });
      continue;
    }
    // "Was sagt der Bauernverband zu dem Projekt?": beside another word the article has, a noun for the undertaking the story
    // is about names the story, which every passage is about; it weighs little.
    if (term.words.length === 1 && UNDERTAKING_NOUNS.has(term.words[0]!) && question.terms.some((other) => other !== term && other.nounLike && !other.soft && !other.markers
      && !isGenericNoun(other.words[0]!) && resolveTerm(other, index, cache).length > 0)) {
      out.push({ term, alternatives, weight: UNDERTAKING_WEIGHT });
      continue;
    }
    let minDf = total;
    // Rarity of the word itself when the article has it; of its best stand-ins otherwise.
    let top = 0;
    for (const alternative of alternatives) top = Math.max(top, alternative.weight);
    for (const alternative of alternatives) {
      if (alternative.weight === top) for (const key of alternative.keys) minDf = Math.min(minDf, passagesWith(index, key) ?? total);
    }
    const weight = 1 + 0.5 * Math.log(total / Math.max(1, minDf));
    out.push({ term, alternatives, weight: term.verbLike && !FINDING_VERB.test(term.words[0]!) ? Math.min(weight, MAX_VERB_WEIGHT) : weight });
  }
  return out;
}
