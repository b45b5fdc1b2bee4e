/**
 * German stemming: the Snowball German stemmer (snowball-german.ts) plus a few light rules it lacks for
 * questions: participles (gelobt ~ lobt, eingeladen ~ einladen), the verb ending -t
 * (liefert ~ liefern) and the genitive -s after a vowel (Nordkoreas ~ Nordkorea).
 * Input is a folded word (see `fold`); the same function runs on article and question.
 */
import { snowballGerman } from './snowball-german.js';
import { memoizeWords } from './memo.js';
import { QUESTION_WORDS, STOP_WORDS } from './stopwords.js';

/** Separable verb prefixes that take "ge" inside the participle (ein-ge-laden). */
const SEPARABLE = ['ab', 'an', 'auf', 'aus', 'bei', 'durch', 'ein', 'fest', 'fort', 'her', 'hin', 'los', 'mit', 'nach', 'vor', 'weg', 'zu', 'zurueck', 'zusammen',
  'bekannt', 'dicht', 'fern', 'frei', 'heim', 'hoch', 'kaputt', 'kennen', 'nieder', 'offen', 'statt', 'still', 'teil', 'um', 'vorbei', 'voran', 'voraus', 'weiter', 'wieder'];

/** Upper bound of cached words; the cache is cleared when full (keeps memory flat). */
const CACHE_LIMIT = 200_000;

/** Nouns in ge- the stemmer would cut like a participle ("Gehalt" is no "halt", "Gebiet" no "biet"), with their endings. */
const GE_NOUN = /^ge(?:(?:biet|richt|wicht|sicht|schaeft|schaft|dicht|schicht|raet)(?:e|en|er|ern|es|s)?|(?:halt|walt|stalt)(?:s|es)?|(?:haelt|staelt)(?:er|ern))$/;

/** Each separable prefix with its participle ("einge") and zu-infinitive ("einzu") beginnings, joined once, not per word. */
const SEPARABLE_FORMS = SEPARABLE.map((prefix) => ({ prefix, participle: `${prefix}ge`, zuInfinitive: `${prefix}zu` }));

/** Made once: a regex literal in a function is a new object at each call. */
const PARTICIPLE_ENDING = /(t|en)$/;
const DIGIT = /\d/;
const VOWEL_S_ENDING = /[aeiouy]s$/;
/** Nouns ending in a vowel and s, as heads of compounds ("Gutshaus", "Milchpreis", "Landkreis", "Linienbus", "Erdgas"): the s is theirs, no genitive. */
const S_HEAD = /(haus|eis|bus|gas|glas|gras|mais|los)$/;
const T_ENDING = /[^t]t$/;

function dropParticiple(word: string): string {
  if (!PARTICIPLE_ENDING.test(word) || word.length < 6 || GE_NOUN.test(word)) return word;
  if (word.startsWith('ge')) return word.slice(2);
  for (const { prefix, participle, zuInfinitive } of SEPARABLE_FORMS) {
    if (word.startsWith(participle) && word.length >= prefix.length + 6) return prefix + word.slice(prefix.length + 2);
    // The zu-infinitive of a separable verb: "zusammenzuarbeiten" ~ "zusammenarbeiten".
    if (word.startsWith(zuInfinitive) && word.endsWith('en') && word.length >= prefix.length + 7) return prefix + word.slice(prefix.length + 2);
  }
  return word;
}

/** Nouns in -end the stemmer would cut like a participle ("Elternabend" is no "elternab"), with their endings. */
const END_NOUN = /(abend|jugend|gegend|tugend)(e|en|s|es)?$/;

function computeStem(word: string, asParticiple = true, nounHeads = true): string {
  if (word.length <= 3 || DIGIT.test(word)) return word;
  const endNoun = END_NOUN.exec(word);
  if (endNoun) return word.slice(0, endNoun.index + endNoun[1]!.length);
  let result = snowballGerman(snowballGerman(asParticiple ? dropParticiple(word) : word));
  if (result.length >= 6 && VOWEL_S_ENDING.test(result) && !(nounHeads && S_HEAD.test(result))) result = result.slice(0, -1);
  // A short noun in -ee has its genitive s too: "des Sees" ~ "See", "des Klees" ~ "Klee".
  else if (result.endsWith('ees')) result = result.slice(0, -1);
  // Finite forms and participles of -ieren verbs meet the infinitive: "demonstrierten", "kontrolliert" ~ "kontrollieren".
  if (result.length >= 7 && result.endsWith('iert')) result = result.slice(0, -3);
  return result;
}

/** The stem of a folded word ("geliefert" -> "lief", "Nordkoreas" -> "nordkorea"); cached, pure. */
export const stem: (word: string) => string = memoizeWords(CACHE_LIMIT, (word) => computeStem(word));

/**
 * The stem of a word in participle shape read as a noun, not a participle ("Gemeinden" -> gemeind, where `stem` gives
 * meind; "Angeklagten" -> angeklagt, where `stem` gives anklagt), or null when reading it so changes nothing. A second
 * key, so "Gemeinden" meets "Gemeinde", "Gefahren" "Gefahr" and "Angeklagten" "Angeklagte".
 */
export function nounStemOfParticiple(word: string): string | null {
  if (word.length < 6 || (!word.startsWith('ge') && dropParticiple(word) === word)) return null;
  const whole = computeStem(word, false);
  return whole !== stem(word) ? whole : null;
}

/**
 * The stem read as a verb in the 3rd person ("liefert" -> "lief", "lobt" -> "lob"), or null
 * when the word does not end in -t. Nouns in -t (Staat) get one too; it is only a second key.
 */
export function verbStem(word: string): string | null {
  if (word.length < 4 || !T_ENDING.test(word)) return null;
  const primary = stem(word);
  if (!primary.endsWith('t')) return null;
  // (Read as a verb, not as a noun with a head in -s: "Fahrgast" gives no "fahrgas", a compound of "Gas".)
  const variant = computeStem(primary.slice(0, -1), true, false);
  // ("Wert" has no verb "wer": a stem that is a function or question word is none.)
  return variant.length >= 3 && variant !== primary && !STOP_WORDS.has(variant) && !QUESTION_WORDS.has(variant) ? variant : null;
}
