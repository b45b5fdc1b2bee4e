/**
 * Separable verbs in questions: German puts the particle at the end ("Warum gehen die
 * Einnahmen zurück?", "Was wirft Brunner der Stadt vor?"). The particle and the finite verb
 * are read as one verb ("zurückgehen", "vorwerfen"), which also meets nouns of that verb
 * ("Abbau" for "baut … ab") and, split again, the article's own "gehen … zurück".
 */
import type { Token } from '../text/normalize.js';
import { FILLER_WORDS, PARTICLES, QUESTION_WORDS, STOP_WORDS } from '../text/stopwords.js';
import { standardVerb, standardWord } from '../text/synonyms.js';
import { NOUN_FOLLOWS } from './question-words.js';

/** Whether a folded word is a separable verb's particle ("weg", "zurück"). */
export function isParticle(word: string): boolean {
  return PARTICLES.has(word);
}

/** Longest particles first, so "zurueck" is tried before "zu". */
const PARTICLES_LONGEST_FIRST = [...PARTICLES].sort((a, b) => b.length - a.length);

/**
 * A separable verb written as one word split into its particle and the rest ("abgebrochen" ->
 * ab + gebrochen, "zurückzugeben" -> zurueck + geben), or null. The article may write it apart:
 * "brachen … ab".
 */
export function splitParticle(word: string): { particle: string; rest: string } | null {
  for (const particle of PARTICLES_LONGEST_FIRST) {
    if (!word.startsWith(particle)) continue;
    let rest = word.slice(particle.length);
    if (rest.startsWith('zu') && rest.endsWith('en') && rest.length >= 7) rest = rest.slice(2);
    return rest.length >= 5 ? { particle, rest } : null;
  }
  return null;
}

export interface SeparableVerb {
  /** Token index of the finite verb. */
  verb: number;
  /** Token index of the particle (the question's last word). */
  particle: number;
  /** Particle and (standard) verb as one word ("zurueckgehen"; "krieg … zurück" -> "zurueckbekommen"). */
  joined: string;
}

/** Made once (a regex literal in a function is a new object at each evaluation). */
const MUCH = /^viel/;
/** Articles and prepositions with an article, after which a word is a noun ("im Heim", "zur Hälfte"), folded. */
const BEFORE_NOUN: ReadonlySet<string> = new Set(['im', 'ins', 'am', 'ans', 'zum', 'zur', 'vom', 'beim', 'der', 'die', 'das', 'den', 'dem', 'ein', 'eine', 'einen', 'einem']);
/** Endings no finite verb has ("-ung", "-ium", "-er"), folded. */
const NOUN_ENDING = /(?:ung|heit|keit|schaft|tion|ismus|nis|taet|um|ik|ur|er|ling|chen|lein)$/;
const DIGIT = /\d/;
const ADJECTIVE_ENDING = /(e|en|er|es|em)$/;

/** The separable verb of a question, or null when its last word is no particle. */
export function separableVerb(tokens: readonly Token[], mixedCase: boolean, isMeasure: (word: string) => boolean): SeparableVerb | null {
  const particle = tokens.length - 1;
  // "Seit wann wohnt sie im Heim?": after an article or preposition the last word is a noun, not a particle.
  if (particle < 2 || !PARTICLES.has(tokens[particle]!.folded) || BEFORE_NOUN.has(tokens[particle - 1]!.folded)) return null;
  // "Wer finanziert den Umbau zum größten Teil?": written with a capital, the last word is a noun.
  if (mixedCase && tokens[particle]!.capitalized) return null;
  const questionWord = tokens.findIndex((token) => QUESTION_WORDS.has(token.folded));
  for (let i = questionWord + 1; i < particle; i++) {
    const token = tokens[i]!;
    // "Ist die B 246 dicht?": a number or a letter is no verb.
    if (MUCH.test(token.folded) || QUESTION_WORDS.has(token.folded) || DIGIT.test(token.folded) || token.folded.length < 2) continue;
    // "Wie weit war der Wolf weg?": the measure after "wie" is no verb.
    if (tokens[i - 1]?.folded === 'wie' && isMeasure(token.folded)) continue;
    // "wie viele schiffe hängen fest", "welche firmen steigen aus": the word after "viele" or "welche" is their noun.
    if (NOUN_FOLLOWS.has(tokens[i - 1]?.folded ?? '')) continue;
    // "wieviel müll kam insgesamt zusammen": after "viel", a word before another content word is its noun; the verb follows.
    if (/^(?:wie)?viel$/.test(tokens[i - 1]?.folded ?? '') && i + 1 < particle && !STOP_WORDS.has(tokens[i + 1]!.folded)) continue;
    if (mixedCase && token.capitalized && !token.sentenceStart) continue;
    // An adjective before its noun ("Wie viele neue Kredite nimmt …") is no verb.
    if (mixedCase && tokens[i + 1]?.capitalized && ADJECTIVE_ENDING.test(token.folded)) continue;
    // Without capitals, a word with a noun's ending is no verb ("wie viel lithium bekommt man zurück"); an adverb never is
    // ("Wo soll das Regenwasser künftig hin?").
    if ((!mixedCase && NOUN_ENDING.test(token.folded)) || FILLER_WORDS.has(token.folded)) continue;
    if (STOP_WORDS.has(token.folded) && !mixedCase) return null;
    if (STOP_WORDS.has(token.folded)) continue;
    return { verb: i, particle, joined: standardWord(tokens[particle]!.folded + standardVerb(token.folded)) };
  }
  return null;
}
