/**
 * Sentence context: a sentence that continues about the previous one's subject ("Er …",
 * "Der 22-Jährige …", "Den Rest …") is read together with it, and one with a role description
 * ("der russische Präsident") with the person it points back to (see coreference.ts).
 */
import { newSentenceMemo, type IndexedPassage, type IndexedSentence } from './article-index.js';

/** A sentence that continues about the previous one's subject ("Der 22-Jährige …", "Er …"). */
export const ANAPHOR = /^["„]?(Er|Sie|Es|Der|Die|Das|Den|Dem|Dieser|Diese|Dieses|Dies|Dessen|Deren|Sein|Seine|Ihr|Ihre|Schuld|Grund|Ursache|Deshalb|Daher|Darum|Denn)\s/u;

/**
 * Inside a sentence, a subject pronoun after the verb ("Nach dem Gesetz beträgt er fünf Prozent") or an adverb pointing
 * back ("Insgesamt 14.312 Fundsachen wurden dort abgegeben"): the sentence continues about the previous one's subject.
 */
const CONTINUES_INSIDE = /^\S+(?: \S+){0,5} \p{Ll}+t (er|es|sie) |\s(dort|davon|darunter|damals|dabei)\s/u;

/** The keys of a sentence plus those of the one it continues ("Er …") and of the person it refers to, or its own keys. */
export function contextKeys(passage: IndexedPassage, i: number): ReadonlySet<string> {
  const sentence = passage.sentences[i]!;
  if (i === 0) return withReferent(sentence);
  sentence.memo ??= newSentenceMemo();
  sentence.memo.continues ??= ANAPHOR.test(sentence.text) || CONTINUES_INSIDE.test(sentence.text);
  if (!sentence.memo.continues) return withReferent(sentence);
  sentence.memo.withPrevious ??= new Set([...withReferent(sentence), ...passage.sentences[i - 1]!.keys]);
  return sentence.memo.withPrevious;
}

/**
 * The keys of a sentence plus those of the person a role description in it refers to ("der russische Präsident"),
 * or whom its first person means in a quote ("Ich habe …", sagt Hollweg).
 */
export function withReferent(sentence: IndexedSentence): ReadonlySet<string> {
  if (!sentence.refers && !sentence.speaker) return sentence.keys;
  sentence.memo ??= newSentenceMemo();
  sentence.memo.withReferent ??= new Set([...sentence.keys, ...(sentence.refers ?? []), ...(sentence.speaker ?? [])]);
  return sentence.memo.withReferent;
}
