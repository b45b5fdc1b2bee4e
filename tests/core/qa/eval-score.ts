/**
 * Test helper: scores the engine on one question file under tests/eval with the project's own
 * scorer (`evaluate` in src/core/evaluation.ts) and the article lookup of `npm run eval`.
 */
import { join } from 'node:path';
import { findArticleFile, readQuestionFile } from '../../../src/adapters/console/eval-files.js';
import { readArticleFile } from '../../../src/content/read-article.js';
import { evaluate } from '../../../src/core/evaluation.js';
import { createQaEngine } from '../../../src/core/qa/engine.js';

export interface EvalScore {
  right: number;
  total: number;
  /** One line per miss: question and what the engine said. */
  misses: string[];
}

const evalFolder = join(import.meta.dirname, '..', '..', 'eval');

/** Scores the engine built over the article of `file` (a path below tests/eval). */
export function scoreEval(file: string): EvalScore {
  const path = join(evalFolder, file);
  const questions = readQuestionFile(path);
  const article = readArticleFile(findArticleFile(path, questions.article));
  const result = evaluate(createQaEngine([article]), questions, article.id);
  return {
    right: result.right,
    total: result.total,
    misses: result.misses.map(({ question, answer }) => `${question.q} -> ${answer.answered ? answer.text.slice(0, 80) : 'abstained'}`),
  };
}
