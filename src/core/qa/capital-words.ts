/**
 * Words an article writes only with a capital inside its sentences ("Landrat", "Priorität", "Kühe"): its nouns. A reader's
 * question without capitals ("wer ist landrat im ammertal") is read with them as nouns, not as verbs ("-t", "-en").
 */
import { tokenize } from '../text/normalize.js';
import type { ArticleIndex } from './article-index.js';

const capitalOnly = new WeakMap<ArticleIndex, ReadonlySet<string>>();

/** The article's words (folded) written with a capital inside a sentence and nowhere in lower case; made on first use. */
export function capitalOnlyWords(index: ArticleIndex): ReadonlySet<string> {
  let found = capitalOnly.get(index);
  if (!found) {
    const capital = new Set<string>();
    const lower = new Set<string>();
    for (const passage of index.passages) {
      for (const token of tokenize(passage.text)) {
        if (!token.capitalized) lower.add(token.folded);
        else if (!token.sentenceStart) capital.add(token.folded);
      }
    }
    for (const word of lower) capital.delete(word);
    found = capital;
    capitalOnly.set(index, found);
  }
  return found;
}
