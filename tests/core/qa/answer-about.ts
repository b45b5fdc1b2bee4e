/** Test helper: an answer function over one invented article, as a reader sees the result. */
import { parseArticle } from '../../../src/content/parse-article.js';
import { createQaEngine } from '../../../src/core/qa/engine.js';

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
