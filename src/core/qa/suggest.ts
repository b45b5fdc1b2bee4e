/**
 * Questions a reader could ask about an article (Discord autocomplete), built from its
 * headings and bullets: question headings as they are, otherwise "Was steht im Artikel zu
 * „<words>“?" around the rarest name-like word of a bullet. Each <= 100 chars.
 */
import type { ArticleIndex } from './article-index.js';

/** Longest suggestion, in chars (Discord autocomplete choice limit). */
export const MAX_SUGGESTION_CHARS = 100;

const FIXED = ['Worum geht es?', 'Von wem stammt das Foto?', 'Welche Nachrichtenagentur steht hinter dem Artikel?'];

function topicOf(text: string, index: ArticleIndex): string | null {
  const words = text.match(/\p{Lu}[\p{L}-]{5,}/gu) ?? [];
  const candidates = words.slice(1).length > 0 ? words.slice(1) : words;
  let best: string | null = null;
  let bestDf = Infinity;
  for (const word of candidates) {
    const df = index.passages.filter((passage) => passage.text.includes(word)).length;
    if (df < bestDf) {
      best = word;
      bestDf = df;
    }
  }
  return best;
}

/** Suggested questions for one article, deduplicated, each <= MAX_SUGGESTION_CHARS. */
export function suggestQuestions(index: ArticleIndex): string[] {
  const out: string[] = [FIXED[0]!];
  for (const section of index.sections) {
    const heading = index.article.sections.find((candidate) => candidate.id === section.id)?.heading;
    if (heading) out.push(heading.endsWith('?') ? heading : `Was steht im Artikel zu „${heading}“?`);
    for (const passage of section.passages) {
      if (passage.kind !== 'bullet') continue;
      const topic = topicOf(passage.text, index);
      if (topic) out.push(`Was steht im Artikel zu „${topic}“?`);
    }
  }
  out.push(...FIXED.slice(1));
  return [...new Set(out)].filter((question) => question.length <= MAX_SUGGESTION_CHARS);
}
