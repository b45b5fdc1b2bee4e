/** Test helper: an answer function over one invented article, as a reader sees the result. */
import { parseArticle } from '../../../src/content/parse-article.js';
import { indexArticle } from '../../../src/core/qa/article-index.js';
import { createQaEngine } from '../../../src/core/qa/engine.js';
import { resolveTerm } from '../../../src/core/qa/match.js';
import { parseQuestion } from '../../../src/core/qa/question.js';

/**
 * `answer(question)` gives "abstained" or the answer text; with `withCitations` the cited
 * passages are appended, as the eval scoring reads them.
 */
export function answerAbout(exportText: string, fileName: string, options: { withCitations: boolean }): (question: string) => string {
  const engine = createQaEngine([parseArticle(exportText, fileName)]);
  return (question) => {
    const reply = engine.answer(question);
    if (!reply.answered) return 'abstained';
    return options.withCitations ? `${reply.text} ${reply.citations.map((citation) => citation.text).join(' ')}` : reply.text;
  };
}

/**
 * Test helper: the returned function gives the keys of each alternative that the word (folded) of a
 * question resolves to in one invented article, as the engine matches it.
 */
export function alternativesIn(exportText: string, fileName: string): (question: string, word: string) => string[][] {
  const index = indexArticle(parseArticle(exportText, fileName));
  return (question, word) => {
    const term = parseQuestion(question, index.names, index.words).terms.find((candidate) => candidate.words[0] === word);
    if (!term) throw new Error(`"${question}" has no term "${word}"`);
    return resolveTerm(term, index, new Map()).map((alternative) => alternative.keys);
  };
}
