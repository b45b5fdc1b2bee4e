/**
 * Index keys of a text: the stems (and verb stems) of its words plus the joined stem of
 * hyphenated compounds ("Ukraine-Krieg" gives ukraine, krieg and ukrainekrieg).
 */
import { tokenize, type Token } from './normalize.js';
import { irregularKeys } from './irregular.js';
import { memoizeWords } from './memo.js';
import { snowballGerman } from './snowball-german.js';
import { nounStemOfParticiple, stem, verbStem } from './stem.js';
import { PARTICLES, STOP_WORDS } from './stopwords.js';

/** Upper bound of cached words; the cache is cleared when full (keeps memory flat). */
const CACHE_LIMIT = 200_000;

/**
 * The keys one folded word stands for: its stem, for -t forms its verb stem, for strong verbs
 * the infinitive's stem. Cached; callers must not change the returned array.
 */
export const wordKeys: (folded: string) => string[] = memoizeWords(CACHE_LIMIT, (folded) => computeKeys(folded));

/** A key of a verb in zurück- ("zurueckruf"): its noun is in rück- ("rueckruf"). */
const BACK_VERB = /^zur(ue|u)ck(.{3,})$/;

/** One or two capitals and a number of up to four digits: the parts of the name of a road or line ("B 27", "A 7"). */
const UPPER_LETTERS = /^\p{Lu}{1,2}$/u;
const DIGITS = /^\d{1,4}$/;

/** Shortest plural in -innen keyed by its singular too ("Wirtinnen"; not "innen", "binnen"). */
const MIN_INNEN_PLURAL = 8;

/** The plural of a compound in -bau ("Neubauten"). */
const BAUTEN = /^(.*)bauten$/;

/** A plural in -s after a double p or after o/i and p ("Tipps", "Laptops", "Clips"). */
const P_PLURAL = /(?:pp|[oi]p)s$/;

/** A plural in -usse or -isse ("Busse", "Kürbissen"): the singular is the part before the second s. */
const DOUBLED_S_PLURAL = /^(.+[ui]s)se[ns]?$/;

function computeKeys(folded: string): string[] {
  // A stop word keys as itself: stemmed, "wegen" would meet "Weg", "falls" "Fall", "bereits" "bereit".
  if (STOP_WORDS.has(folded)) return [folded];
  const keys = [stem(folded)];
  const verb = verbStem(folded);
  if (verb) keys.push(verb);
  const noun = nounStemOfParticiple(folded);
  if (noun && !keys.includes(noun)) keys.push(noun);
  // Strong verbs: "traf", "trifft", "getroffen" also key "treff" (and the noun "Treffer").
  for (const key of irregularKeys(folded)) if (!keys.includes(key)) keys.push(key);
  // Umlaut plurals and comparatives (Wälder ~ Wald, wärmer ~ warm): also key the plain vowel.
  if (/[aou]e/.test(folded) && folded.length >= 4) {
    const plain = stem(folded.replace(/([aou])e/g, '$1'));
    if (!keys.includes(plain)) keys.push(plain);
  }
  // Verbs in -eln drop the e in their nouns (ermitteln ~ Ermittlung, handelt ~ Handlung).
  for (const key of [...keys]) {
    const elided = /[^aeiou]eln?$/.test(key) && key.length >= 6 ? key.replace(/eln?$/, 'l') : null;
    if (elided && !keys.includes(elided)) keys.push(elided);
  }
  // Verbs in zurück- have nouns in rück- (zurückrufen ~ Rückruf, zurückkehren ~ Rückkehr).
  for (const key of [...keys]) {
    const back = BACK_VERB.exec(key);
    if (back && !keys.includes(`r${back[1]}ck${back[2]}`)) keys.push(`r${back[1]}ck${back[2]}`);
  }
  // Plurals in -s after a vowel, which the stemmer keeps (Abos ~ Abo, Autos ~ Auto, Handys ~ Handy); not "Glas", "Gas".
  if (keys[0] === folded && /[oiy]s$|[a-z]{3}as$/.test(folded) && folded.length >= 4) keys.push(stem(folded.slice(0, -1)));
  // Nouns in -us and -is double the s in the plural (Busse ~ Bus, Zirkusse ~ Zirkus, Kürbisse ~ Kürbis); not -nis, kept by the stemmer.
  const doubled = folded.includes('sse') ? DOUBLED_S_PLURAL.exec(folded) : null;
  if (doubled && !folded.includes('nisse')) {
    const singular = stem(doubled[1]!);
    if (!keys.includes(singular)) keys.push(singular);
  }
  // Nouns in -in double the n in the plural, which the stemmer keeps (Favoritinnen ~ Favoritin, Lehrerinnen ~ Lehrerin).
  if (folded.length >= MIN_INNEN_PLURAL && folded.endsWith('innen')) {
    const singular = stem(folded.slice(0, -3));
    if (!keys.includes(singular)) keys.push(singular);
  }
  // The plural of a compound in -bau, which the stemmer reads as a verb: "Umbauten" ~ "Umbau", "Neubauten" ~ "Neubau".
  const building = folded.endsWith('bauten') ? BAUTEN.exec(folded) : null;
  if (building && !keys.includes(stem(`${building[1]}bau`))) keys.push(stem(`${building[1]}bau`));
  // Plurals in -s after p, which the stemmer keeps ("Tipps" ~ "Tipp", "Laptops", "Clips"); not "Gips", "Schnaps".
  if (folded.length >= 5 && folded.endsWith('ps') && P_PLURAL.test(folded) && keys[0] === folded) keys.push(stem(folded.slice(0, -1)));
  // Nouns in -a take -en in the plural (Firma ~ Firmen, Thema ~ Themen): also key the word without its a.
  if (folded.length >= 5 && folded.endsWith('a') && keys[0] === folded) keys.push(folded.slice(0, -1));
  // Nouns in -erne, which the stemmer cuts to little ("Laternen" -> "lat"): also key them whole ("latern", so "Straßenlaternen"
  // ends in it).
  if (ERNE_NOUN.test(folded)) {
    const whole = snowballGerman(folded);
    if (!keys.includes(whole)) keys.push(whole);
  }
  // A weak verb's prefixed participle as an adjective ("die abgesperrte Straße", "verbaute Akkus"), or its past ("sie
  // ermittelten"): the participle's keys. (Not a bare "ge-" one: "ein maschinell gefertigtes Glas" is no answer to "Was stellen
  // die her?" where the firm's own sentence says "stellt … her", and this lost more than it won.)
  const participle = keys.length === 1 ? WEAK_PARTICIPLE_INFLECTED.exec(folded) : null;
  if (participle && verbStem(participle[1]!)) for (const key of computeKeys(participle[1]!)) if (!keys.includes(key)) keys.push(key);
  // A superlative with "aller-" is the superlative ("allerletzte" ~ "letzte", "allererste" ~ "erste").
  const superlative = folded.startsWith('aller') ? ALLER_SUPERLATIVE.exec(folded) : null;
  if (superlative) for (const key of computeKeys(superlative[1]!)) if (!keys.includes(key)) keys.push(key);
  // Female agent nouns meet the verb and the male noun (Fahrerin ~ Fahrer ~ fahren).
  if (/erin(nen)?$/.test(folded) && folded.length >= 7) {
    const male = stem(folded.replace(/in(nen)?$/, ''));
    if (!keys.includes(male)) keys.push(male);
  }
  return keys;
}

/** An inflected adjective of a participle in -t with a prefix ("abgesperrte", "verbauten", "ausgebautes"): the participle. */
const WEAK_PARTICIPLE_INFLECTED = /^((?:be|ver|er|ent|zer|[a-z]{2,7}ge)[a-z]{3,}t)(?:e|en|er|es|em)$/;

/** A superlative with "aller-" ("allerletzte", "allerbesten", "allererst"): the superlative after it. */
const ALLER_SUPERLATIVE = /^aller([a-z]{2,}t(?:e|en|er|es|em)?)$/;

/** Nouns in -erne and their plural ("Laterne", "Kaserne", "Zisterne"), folded. */
const ERNE_NOUN = /[a-z]{2}[^e]erne[n]?$/;

const CONJUNCTIONS = new Set(['und', 'oder', 'sowie', 'bzw']);
/** Shortest head a compound of an ellipsis may share, and shortest rest before it, in chars. */
const MIN_HEAD = 4;
const MIN_REST = 3;

/**
 * "Camping- und Parktickets": the first word shares the head of the compound after the
 * conjunction; the keys of every compound it may make (campingticket …), else null.
 */
function elidedCompound(text: string, token: Token, conjunction: Token | undefined, compound: Token | undefined): string[] | null {
  const end = token.start + token.surface.length;
  if (text[end] !== '-' || !/\s/.test(text[end + 1] ?? '') || !conjunction || !compound || !CONJUNCTIONS.has(conjunction.folded)) return null;
  const out: string[] = [];
  const word = compound.folded;
  for (let cut = MIN_REST; cut <= word.length - MIN_HEAD; cut++) out.push(stem(token.folded + word.slice(cut)));
  return out;
}

/** The folded words of texts written with a capital inside a sentence, and those written in lower case. */
export interface CasedWords {
  capital: Set<string>;
  lower: Set<string>;
}

/**
 * Every key of a text, as a set (for "does this passage contain …" checks). When `words` is
 * given, each folded word of the text is recorded there with its keys, and with `cased` by the
 * case it is written in (one tokenisation for all).
 */
export function textKeys(text: string, words?: Map<string, string[]>, cased?: CasedWords): Set<string> {
  const keys = new Set<string>();
  let joined = '';
  let previousEnd = -1;
  const tokens = tokenize(text);
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t]!;
    if (cased && !token.capitalized) cased.lower.add(token.folded);
    else if (cased && !token.sentenceStart) cased.capital.add(token.folded);
    const ellipsis = elidedCompound(text, token, tokens[t + 1], tokens[t + 2]);
    if (ellipsis) for (const key of ellipsis) keys.add(key);
    // Stop words are never asked about: only the particles of separable verbs ("… ab") are kept as keys.
    if (!STOP_WORDS.has(token.folded) || PARTICLES.has(token.folded)) {
      let own = words?.get(token.folded);
      if (!own) {
        own = wordKeys(token.folded);
        words?.set(token.folded, own);
      }
      for (const key of own) keys.add(key);
    }
    // A road or line written apart ("B 27", "A 7") is also the one word a reader writes ("B27").
    const next = tokens[t + 1];
    if (next && token.surface.length <= 2 && UPPER_LETTERS.test(token.surface) && DIGITS.test(next.surface) && text.slice(token.start + token.surface.length, next.start) === ' ') {
      keys.add(`${token.folded}${next.folded}`);
    }
    // Hyphenated compounds ("Ukraine-Krieg") also give their joined stem (ukrainekrieg).
    const hyphenated = previousEnd >= 0 && text[previousEnd] === '-' && token.start === previousEnd + 1;
    if (hyphenated) {
      joined += token.folded;
      keys.add(stem(joined));
    } else {
      joined = token.folded;
    }
    previousEnd = token.start + token.surface.length;
  }
  // "… ist ein Elefantenbaby zur Welt gekommen", "brachte das Kalb … zur Welt": a birth.
  if (text.includes(' zur Welt') && BORN.test(text)) for (const key of BIRTH_KEYS) keys.add(key);
  return keys;
}

/** Being born said as coming or brought into the world, as written. */
const BORN = /\bzur Welt (?:gekommen|kam|kamen|kommen|kommt|gebracht|brachte|brachten|bringen|bringt)\b|\b(?:kam|kamen|kommt|brachte|brachten|bringt)\b[^.]*\bzur Welt\b/u;
/** The keys of a birth: "geboren", "Geburt". */
const BIRTH_KEYS: readonly string[] = [...wordKeys('geboren'), ...wordKeys('geburt')];
