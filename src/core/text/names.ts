/**
 * Multi-word proper names found in a text ("Kim Jong Un", "Wladimir Putin"), so that a
 * reader's short form ("Kim", "Putin") stands for the whole name. Derived from the text
 * only: runs of capitalised non-stop words, seen mid-sentence or at least twice. A common noun
 * before the name is its role or kind, not part of it ("Landrat Michael Pfleiderer", "Bahnhof
 * Wolfsgrund", "Kasseler Firma Edunetic"): the run starts after it.
 */
import { isUnitWord, MONTH_NAMES, WEEKDAY_NAMES } from './facts.js';
import { tokenize, type Token } from './normalize.js';
import { QUESTION_WORDS, STOP_WORDS } from './stopwords.js';
import { isCommonNoun } from './synonyms.js';
import { FIRST_NAMES } from './first-names.js';

/** Titles and roles a name follows ("Landrat", "Kreisbrandmeister", "Datenschutzbeauftragte"), folded, as the end of a word. */
const TITLE = '(?:rat|machthaber|machthaberin|raetin|chef|chefin|minister|ministerin|meister|meisterin|leiter|leiterin|sprecher|sprecherin|direktor|direktorin|praesident|praesidentin|kanzler|kanzlerin|beauftragter?|vorsitzender?|trainer|trainerin|richter|richterin|anwalt|anwaeltin|dezernent|dezernentin|referent|referentin|senator|senatorin|kommissar|kommissarin)';
/** Professions by their learned endings ("Geologin", "Polizist", "Statiker"), as a whole word. */
const PROFESSION = '(?:[a-z]{2,}(?:loge|login)|[a-z]{4,}(?:ist|istin|iker|ikerin))';
/** A role a name may follow, or a sentence may describe someone by: a title or a profession (folded word). */
export const ROLE_NOUN = new RegExp(`${TITLE}$|^${PROFESSION}$`);
/** A role somewhere in a folded text: the cheap test before a sentence is tokenised. */
export const ROLE_IN_TEXT = new RegExp(`${TITLE}\\b|\\b${PROFESSION}\\b`);

/** More roles a name follows ("Verlegerin Friederike Riemschneider", "Intendantin Miriam Oberländer"), as the end of a word. */
const MORE_ROLES = '(?:fuehrer|fuehrerin|inhaber|inhaberin|verleger|verlegerin|intendant|intendantin|betreiber|betreiberin|pfarrer|pfarrerin|arzt|aerztin|wirt|wirtin|gruender|gruenderin|lehrer|lehrerin|kapitaen|kapitaenin|dirigent|dirigentin|kantor|kantorin|pfleger|pflegerin|sanitaeter|sanitaeterin)';
/** A role or title before a name: it is not part of the name. */
const ROLE_BEFORE_NAME = new RegExp(`${TITLE}$|${MORE_ROLES}$|^${PROFESSION}$`);

/** Whether a folded word is a role or title that may stand before a name ("Kantorin Helga Sommerfeld"). */
export function isRoleBeforeName(folded: string): boolean {
  return ROLE_BEFORE_NAME.test(folded);
}

/**
 * Kinds the thesaurus does not list as common nouns, since they often begin a name ("Stadt Moosbrunn"), folded: before a
 * common noun they are no part of one ("hatte die Stadt Aussteller bevorzugt").
 */
const KIND_BEFORE_NAME: ReadonlySet<string> = new Set(['stadt']);

/**
 * A plural noun by its derivational ending, folded, which no name starts with ("bei Sanierungen Nistplätze" is no name;
 * "Kreishandwerkerschaft Saale", "Stiftung Warentest" are).
 */
const DERIVED_NOUN = /\p{L}{4}(?:ungen|heiten|keiten|schaften|tionen)$/u;

/**
 * Where the name in a run of capitalised words (folded) starts: after the last role or common noun before its last
 * word. After a role only a name follows: a first name that is also a rare noun ("Anke") stays in it.
 */
export function nameStart(words: readonly string[], hyphenedToNext?: readonly boolean[]): number {
  let from = 0;
  let afterRole = false;
  for (let i = 0; i < words.length - 1; i++) {
    if (ROLE_BEFORE_NAME.test(words[i]!)) {
      from = i + 1;
      afterRole = true;
    } else if (!afterRole && !hyphenedToNext?.[i] && ((isCommonNoun(words[i]!) && !FIRST_NAMES.has(words[i]!)) || DERIVED_NOUN.test(words[i]!) || (KIND_BEFORE_NAME.has(words[i]!) && isCommonNoun(words[i + 1]!)))) {
      // (The first half of a hyphenated name is no noun before it: "Klaus" of "Klaus-Dieter Brandt"; nor is a first name the
      // thesaurus lists as a noun: "Doris" of "Doris Wendland".)
      from = i + 1;
    }
  }
  return from;
}

/** Whether two tokens stand apart by whitespace only (`a` before `b`). */
function spaced(text: string, a: Token | undefined, b: Token | undefined): boolean {
  return a !== undefined && b !== undefined && /^\s+$/.test(text.slice(a.start + a.surface.length, b.start));
}

/** Whether tokens `first` and `first + 1` are two name words joined by one hyphen, with no third half ("Pfeiffer-Lange"). */
function hyphenatedPair(text: string, tokens: readonly Token[], first: number): boolean {
  const a = tokens[first];
  const b = tokens[first + 1];
  return a !== undefined && b !== undefined && text.slice(a.start + a.surface.length, b.start) === '-' && isNameWord(a) && isNameWord(b)
    && text[a.start - 1] !== '-' && text[b.start + b.surface.length] !== '-';
}

/**
 * Whether tokens `first` and `first + 1` are the two halves of a hyphenated name ("Klaus-Dieter", "Pfeiffer-Lange"): a
 * hyphenated pair with a name word of its own before or after it.
 */
function inHyphenatedName(text: string, tokens: readonly Token[], first: number): boolean {
  if (!hyphenatedPair(text, tokens, first)) return false;
  const before = tokens[first - 1];
  const after = tokens[first + 2];
  return (before !== undefined && isNameWord(before) && !tokens[first]!.sentenceStart && spaced(text, before, tokens[first])) || (after !== undefined && isNameWord(after) && spaced(text, tokens[first + 1], after));
}

/** Whether a token may be a word of a name: capitalised, no stop or question word, no number, no day or month, no unit. */
export function isNameWord(token: Token): boolean {
  return token.capitalized && !STOP_WORDS.has(token.folded) && !QUESTION_WORDS.has(token.folded) && !/^\d/.test(token.folded) && !CALENDAR_WORDS.has(token.folded)
    // A unit names no one: "12 Hektar Ausgleichsflächen", "500 Euro Bußgeld".
    && !isUnitWord(token.folded);
}

/** Days and months name no one ("seit Freitag Bilder vom Neckar" is no "Freitag Bilder"), folded; "Mai" is a surname too. */
const CALENDAR_WORDS: ReadonlySet<string> = new Set([...WEEKDAY_NAMES, ...MONTH_NAMES.filter((month) => month !== 'mai')]);

/** An age in brackets right after a name: "Henrik Maaßen (49)". */
const AGE_AFTER = /^\s*\(\d{1,3}\)/;

/** Longest name kept, in words. */
const MAX_NAME_WORDS = 4;

/** Prepositions before a place named alone. */
const PLACE_BEFORE: ReadonlySet<string> = new Set(['in', 'aus', 'nach']);

/** Most words between a role and the comma before the name it describes ("der Leiter der Feuerwehr Lindentrup, Carsten Meyerhoff"). */
const ROLE_REACH = 4;

/**
 * Whether the name starting at token `t` stands in apposition to a role: after a comma closing a phrase with a role
 * ("sagte der Leiter der Feuerwehr Lindentrup, Carsten Meyerhoff"), or before one ("Julia Weber, die Sprecherin des Amts").
 */
function roleInApposition(text: string, tokens: readonly Token[], t: number): boolean {
  const previous = tokens[t - 1];
  if (previous && /^\s*,\s*$/.test(text.slice(previous.start + previous.surface.length, tokens[t]!.start))) {
    for (let i = t - 1; i >= Math.max(0, t - ROLE_REACH - 1); i--) if (ROLE_BEFORE_NAME.test(tokens[i]!.folded)) return true;
  }
  let end = t;
  while (end + 1 < tokens.length && isNameWord(tokens[end + 1]!) && spaced(text, tokens[end], tokens[end + 1])) end++;
  const after = tokens[end]!;
  if (end === t || !/^\s*,\s*$/.test(text.slice(after.start + after.surface.length, tokens[end + 1]?.start ?? text.length))) return false;
  const role = STOP_WORDS.has(tokens[end + 1]?.folded ?? '') ? tokens[end + 2] : tokens[end + 1];
  return role !== undefined && ROLE_BEFORE_NAME.test(role.folded);
}

/** Academic titles before a name, folded ("Dr.", "Prof."): a person's name follows. */
const TITLES: ReadonlySet<string> = new Set(['dr', 'prof']);

/** Names as lists of folded words, longest first; each appears in `texts`. */
export function findNames(texts: readonly string[]): string[][] {
  const runs: { words: string[]; midSentence: boolean; afterRole: boolean }[] = [];
  const standalone = new Map<string, number>();
  // Words named alone as a place ("in Brennhausen"): the end of a longer name ("Freiwillige Feuerwehr Brennhausen") that is
  // the place of its bearer, not part of what a reader calls it.
  const places = new Set<string>();
  const countStandalone = (word: string): void => { standalone.set(word, (standalone.get(word) ?? 0) + 1); };
  for (const text of texts) {
    const tokens = tokenize(text);
    let run: typeof tokens = [];
    // Whether a role stands right before the run, also as the end of a hyphenated word ("Stadtwerke-Geschäftsführer Henrik Maaßen"),
    // which is no name word itself.
    let roleBefore = false;
    // Whether the run stands in apposition to a role (see roleInApposition): it is a person's name, whatever its words.
    let inApposition = false;
    // The index of the run's first token.
    let runStart = 0;
    const flush = (): void => {
      if (run.length === 1) {
        countStandalone(run[0]!.folded);
        const before = tokens[runStart - 1];
        if (before && PLACE_BEFORE.has(before.folded)) places.add(run[0]!.folded);
      }
      if (run.length >= 2) {
        const words = run.map((token) => token.folded);
        // ("Julia Weber, die Sprecherin …": "Julia" is a noun too, but not here.)
        const from = inApposition ? 0 : nameStart(words, run.map((token) => text[token.start + token.surface.length] === '-'));
        const last = run[run.length - 1]!;
        const afterRole = from > 0 && ROLE_BEFORE_NAME.test(words[from - 1]!);
        // A run after a role ("Verkehrsdezernentin Anke Lorenzen") or before an age ("Henrik Maaßen (49)") is a person's
        // name even when the text names them once.
        const person = afterRole || (from === 0 && roleBefore) || AGE_AFTER.test(text.slice(last.start + last.surface.length));
        if (words.length - from >= 2) runs.push({ words: words.slice(from), midSentence: from > 0 || !run[0]!.sentenceStart, afterRole: person });
        // "Geschäftsführer Maaßen kündigte an": the surname after a role stands alone.
        else if (words.length - from === 1 && afterRole) countStandalone(words[from]!);
      }
      run = [];
    };
    for (let t = 0; t < tokens.length; t++) {
      const token = tokens[t]!;
      const end = token.start + token.surface.length;
      const previous = run[run.length - 1];
      const hyphenBefore = text[token.start - 1] === '-';
      const hyphenAfter = text[end] === '-';
      // A hyphenated word is a name word only as half of a hyphenated name beside another name word ("Klaus-Dieter Brandt",
      // "Susanne Pfeiffer-Lange"), not of a compound ("Stadtwerke-Geschäftsführer", "Ukraine-Krieg").
      const nameLike = isNameWord(token) && (!(hyphenBefore || hyphenAfter) || inHyphenatedName(text, tokens, hyphenAfter ? t : t - 1));
      // A hyphenated surname standing alone ("sagte Pfeiffer-Lange") is one word standing alone, as "sagte Brandt" is.
      if (hyphenBefore && !nameLike && hyphenatedPair(text, tokens, t - 1)) countStandalone(token.folded);
      // Only whitespace between two words of a run (no comma, no quote), or the hyphen of a hyphenated name.
      const gap = previous ? text.slice(previous.start + previous.surface.length, token.start) : '';
      const adjacent = !previous || !nameLike || /^\s+$/.test(gap) || (gap === '-' && hyphenBefore);
      if (!nameLike || !adjacent || (token.sentenceStart && run.length > 0)) flush();
      if (nameLike && run.length === 0) {
        runStart = t;
        inApposition = roleInApposition(text, tokens, t);
        // An academic title is one too ("Dr. Katharina Weiler"), and may stand after the role ("Chefärztin Dr. Katharina Weiler-Osmani").
        const title = t > 0 && TITLES.has(tokens[t - 1]!.folded);
        const role = title ? t - 2 : t - 1;
        roleBefore = title || (role >= 0 && ROLE_BEFORE_NAME.test(tokens[role]!.folded) && spaced(text, tokens[role], tokens[role + 1]!)) || inApposition;
      }
      if (nameLike) run.push(token);
    }
    flush();
  }
  const counts = new Map<string, { words: string[]; count: number; midSentence: boolean; afterRole: boolean }>();
  for (const run of runs) {
    for (let from = 0; from < run.words.length - 1; from++) {
      for (let to = from + 2; to <= Math.min(run.words.length, from + MAX_NAME_WORDS); to++) {
        const words = run.words.slice(from, to);
        const key = words.join(' ');
        const entry = counts.get(key) ?? { words, count: 0, midSentence: false, afterRole: false };
        entry.count += 1;
        entry.midSentence ||= from > 0 || run.midSentence;
        entry.afterRole ||= from === 0 && to === run.words.length && run.afterRole;
        counts.set(key, entry);
      }
    }
  }
  // Longest first; of two as long, one after a role first: a short name ("Hallbach") stands for the person
  // ("Geschäftsführerin Ines Hallbach") rather than for a firm named after her ("Druckerei Hallbach").
  const names = [...counts.values()]
    .filter((entry) => entry.count >= 2 || entry.afterRole || (entry.midSentence && (standalone.get(entry.words[entry.words.length - 1]!) ?? 0) > 0))
    .sort((a, b) => b.words.length - a.words.length || Number(b.afterRole) - Number(a.afterRole))
    .map((entry) => entry.words);
  const kept = names.filter((name, index) => !names.slice(0, index).some((longer) => longer.join(' ').includes(name.join(' '))));
  // "Feuerwehr" stands for "Freiwillige Feuerwehr", not for every sentence about Brennhausen.
  return kept.map((name) => (name.length > 2 && places.has(name[name.length - 1]!) ? name.slice(0, -1) : name));
}
