/**
 * Who a role description means: "der russische Präsident", "die Ministerin", "der 54-Jährige"
 * name no one, but point back to a person named before them: the last one introduced with that
 * role ("Umweltministerin Sabine Kortmann" for "die Ministerin"), else the first person of the
 * most recent sentence naming one. Such a sentence gets that person's keys as context, so
 * "Wann hat Putin … gelobt?" meets "… hat der russische Präsident … gelobt".
 */
import { FACT, isNumberWord } from '../text/facts.js';
import { textKeys, wordKeys } from '../text/keys.js';
import { KeySet } from '../text/key-set.js';
import { isNameWord, nameStart, ROLE_IN_TEXT, ROLE_NOUN } from '../text/names.js';
import { fold, tokenize, type Token } from '../text/normalize.js';
import { DEFINITE_ARTICLES } from '../text/stopwords.js';
import { FIRST_PERSON, type ArticleIndex, type IndexedPassage, type IndexedSentence } from './article-index.js';
import { foldedText } from './fact-check.js';
import { attributesQuote } from './attribute.js';

/** A role or an age noun somewhere in the folded text: the cheap test before a sentence is tokenised. */
const ROLE_HINT = new RegExp(`${ROLE_IN_TEXT.source}|jaehrige`);
/** Words before a capitalised run that make it a thing, not a person ("der Deutsche Wetterdienst", "25 Millionen Euro"). */
const NOT_BEFORE_PERSON = /^(der|die|das|den|dem|des|ein|eine|einer|eines|einem|einen|\d.*)$/;
const AGE_NOUN = /^\d*jaehrige[nr]?$/;
/** "Der Aufsichtsrat", "der Gemeinderat": after an article a council is a body, not a person (but "der Landrat"). */
const COUNCIL = /(?<!land)rat$/;
/**
 * A sentence opening with a noun of a person described by a relative clause ("Der Imker, der seit 1987 Bienen hält, …",
 * "Die Schäferin, die …"), as written; not an apposition ("Der Betreiber, die Sonnweg GmbH, …") nor a thing ("Die Stadt, die").
 */
const DESCRIBED_AT_START = /^(?:Der\s+(\p{Lu}\p{Ll}+er),\s+der|Die\s+(\p{Lu}\p{Ll}+in),\s+die)\s+\p{Ll}/u;

/** Lower-case words allowed between the article and the role ("der russische Präsident"). */
const MAX_ADJECTIVES = 2;

interface Person {
  /** Folded words of the name ("sabine kortmann"). */
  name: string;
  /** The name as written ("Sabine Kortmann"), or "" for a short form of a known name. */
  written: string;
  /** Folded role it was introduced with ("umweltministerin"), or "". */
  role: string;
}

/** A word of a name, and no number word ("Zwei Wanderer"). */
const nameLike = (token: Token): boolean => isNameWord(token) && !isNumberWord(token.folded);

/** The people a sentence names: runs of two capitalised words or more (a role before them dropped), or a part of a known name. */
function peopleIn(text: string, tokens: readonly Token[], known: ReadonlyMap<string, string>): Person[] {
  const out: Person[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!nameLike(tokens[i]!)) continue;
    let end = i + 1;
    while (end < tokens.length && nameLike(tokens[end]!) && text.slice(tokens[end - 1]!.start + tokens[end - 1]!.surface.length, tokens[end]!.start) === ' ') end++;
    const run = tokens.slice(i, end).map((token) => token.folded);
    const afterArticle = NOT_BEFORE_PERSON.test(tokens[i - 1]?.folded ?? '');
    // After an article, three capitalised words are a role and a name ("die Schäferin Martina Overbeck"); two are a thing
    // ("der Deutsche Wetterdienst").
    const from = Math.max(nameStart(run), afterArticle && run.length >= 3 ? 1 : 0);
    // The role: the common noun that opened the run ("Umweltministerin Sabine Kortmann").
    const role = from > 0 ? run[from - 1]! : '';
    const written = tokens.slice(i + from, end).map((token) => token.surface).join(' ');
    if (run.length - from >= 2 && (from > 0 || !afterArticle)) out.push({ name: run.slice(from).join(' '), written, role });
    else if (run.length - from === 1 && known.has(run[from]!)) out.push({ name: known.get(run[from]!)!, written: '', role });
    i = end - 1;
  }
  return out;
}

/** The role a sentence describes someone by ("der russische Präsident" -> "praesident"), not followed by a name, or null. */
function roleReference(text: string, tokens: readonly Token[]): string | null {
  // "Der Imker, der seit 1987 Bienen hält, …": a noun described by a relative clause of a person at the start.
  const described = DESCRIBED_AT_START.exec(text);
  if (described) return fold(described[1] ?? described[2]!);
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i]!;
    // ("…", sagt der 23-jährige Lehramtsstudent: an age before any noun, where a verb of saying and an article stand before it.)
    if (!token.capitalized && AGE_NOUN.test(token.folded) && tokens[i + 1]?.capitalized && attributesQuote(tokens, i)) return token.folded;
    if (!token.capitalized || !(ROLE_NOUN.test(token.folded) || AGE_NOUN.test(token.folded)) || COUNCIL.test(token.folded)) continue;
    if (tokens[i + 1] && nameLike(tokens[i + 1]!)) continue;
    let j = i - 1;
    // "der SPD-Politiker": the first part of a hyphenated role stands between article and role too.
    if (j > 0 && text[tokens[j]!.start + tokens[j]!.surface.length] === '-') j--;
    while (j >= 0 && i - j <= MAX_ADJECTIVES && !tokens[j]!.capitalized && !DEFINITE_ARTICLES.has(tokens[j]!.folded)) j--;
    if (j >= 0 && DEFINITE_ARTICLES.has(tokens[j]!.folded)) return token.folded;
  }
  return null;
}

/** Two capitalised words opening a sentence, perhaps a name given once ("Olga Wenzel unterrichtet seit elf Jahren …"). */
const NAME_AT_START = /^\p{Lu}\p{Ll}+\s\p{Lu}\p{Ll}+\s\p{Ll}/u;

/** A quotation closed before its attribution ("…", sagte die 52-Jährige). */
const CLOSES_QUOTE = /["“”»«],\s/u;
/** A sentence opening a quotation. */
const OPENS_QUOTE = /^["„“»«]/u;
/** Most sentences of one quotation before the one that names its speaker. */
const QUOTE_SENTENCES = 3;

/**
 * The first-person sentences of a quote whose speaker its last sentence gives by a role ("\"Mir fehlen … 2.000 Euro. Das hält
 * man … nicht durch\", sagte die 52-Jährige"): they are said by the person the role points back to.
 */
function speaksEarlierQuote(passage: IndexedPassage, closing: IndexedSentence): void {
  if (!CLOSES_QUOTE.test(closing.text) || OPENS_QUOTE.test(closing.text)) return;
  const at = passage.sentences.indexOf(closing);
  for (let i = at - 1; i >= Math.max(0, at - QUOTE_SENTENCES); i--) {
    const sentence = passage.sentences[i]!;
    if (sentence.speaker === undefined && FIRST_PERSON.test(sentence.text)) sentence.speaker = closing.refers;
    if (OPENS_QUOTE.test(sentence.text)) return;
  }
}

/**
 * Resolves the role descriptions of an article once, on the first question that reads its
 * passages: a summary, photo or source request never needs them, so building an index stays cheap.
 */
export function ensureRoleReferences(index: ArticleIndex): void {
  if (index.referencesResolved) return;
  index.referencesResolved = true;
  resolveRoleReferences(index.passages, index.names);
}

/** Adds to each sentence with a role description the keys of the person it points back to (also to its passage). */
export function resolveRoleReferences(passages: readonly IndexedPassage[], names: readonly string[][]): void {
  const known = new Map<string, string>();
  for (const name of names) for (const part of name) if (part.length >= 3 && !known.has(part)) known.set(part, name.join(' '));
  const partKeys = [...known.keys()].map((part) => wordKeys(part)[0]!);
  const introduced: Person[] = [];
  const writtenNames = new Map<string, string>();
  let lastFirst: Person | null = null;
  for (const passage of passages) {
    for (const sentence of passage.sentences) {
      // Most sentences name no one and describe no one by role: leave them untokenised.
      const namesSomeone = sentence.keys.has(FACT.person) || partKeys.some((key) => sentence.keys.has(key)) || NAME_AT_START.test(sentence.text);
      if (!namesSomeone && !(lastFirst && (ROLE_HINT.test(foldedText(sentence)) || DESCRIBED_AT_START.test(sentence.text)))) continue;
      const tokens = tokenize(sentence.text);
      const people = peopleIn(sentence.text, tokens, known);
      if (people.length > 0) {
        for (const person of people) if (person.written && !writtenNames.has(person.name)) writtenNames.set(person.name, person.written);
        lastFirst = people[0]!;
        introduced.push(...people.filter((person) => person.role));
        continue;
      }
      const role = roleReference(sentence.text, tokens);
      if (!role) continue;
      const byRole = AGE_NOUN.test(role) ? undefined : introduced.findLast((person) => person.role.endsWith(role));
      const last = byRole ?? lastFirst;
      if (!last) continue;
      // Named again without the role ("Wenn Lena Weber …" after "Bäckermeisterin Lena Weber"): the role still holds.
      const person = last.role ? last : introduced.findLast((earlier) => earlier.name === last.name) ?? last;
      // The person's role too: "Wie alt ist der Chefarzt?" meets "…, so der 58-Jährige" after "Chefarzt Henrik Paulsen".
      sentence.refers = textKeys(person.role ? `${person.role} ${person.name}` : person.name);
      sentence.referentName = writtenNames.get(person.name);
      // (Index key sets do not grow: the passage takes a new one with the referent's keys, also where it shared its sentence's.)
      passage.keys = KeySet.of([...passage.keys, ...sentence.refers]);
      speaksEarlierQuote(passage, sentence);
    }
  }
}
