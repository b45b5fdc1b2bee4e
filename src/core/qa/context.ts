/**
 * Sentence context: a sentence that continues about the previous one's subject ("Er …",
 * "Der 22-Jährige …", "Den Rest …") is read together with it.
 */
import type { IndexedPassage } from './article-index.js';

/** A sentence that continues about the previous one's subject ("Der 22-Jährige …", "Er …"). */
export const ANAPHOR = /^["„]?(Er|Sie|Es|Der|Die|Das|Den|Dem|Dieser|Diese|Dieses|Dies|Dessen|Deren|Sein|Seine|Ihr|Ihre|Schuld|Grund|Ursache|Deshalb|Daher|Darum|Denn)\s/u;

/** The keys of a sentence plus those of the one it continues ("Er …"), or its own keys. */
export function contextKeys(passage: IndexedPassage, i: number): ReadonlySet<string> {
  const sentence = passage.sentences[i]!;
  if (i === 0 || !ANAPHOR.test(sentence.text)) return sentence.keys;
  sentence.memo ??= {};
  sentence.memo.withPrevious ??= new Set([...sentence.keys, ...passage.sentences[i - 1]!.keys]);
  return sentence.memo.withPrevious;
}
