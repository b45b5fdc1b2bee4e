/**
 * Test helper: reads an eval JSON file (format in its "about") and scores an engine on it.
 * An answer is right when `answered` matches and, for answerable questions, the answer text
 * plus cited passages contain one expected phrase (case-insensitive).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readArticleFile } from '../../../src/content/read-article.js';
import type { Article } from '../../../src/core/article.js';
import { createQaEngine } from '../../../src/core/qa/engine.js';

export interface EvalQuestion {
  q: string;
  expect: string[];
  answerable: boolean;
}

export interface EvalScore {
  right: number;
  total: number;
  misses: string[];
}

const root = join(import.meta.dirname, '..', '..', '..');

/** The article an eval file is about: the seed in src/content/articles, fixtures in tests/fixtures/articles, held-out ones beside their eval file. */
export function loadEval(file: string): { article: Article; questions: EvalQuestion[] } {
  const data = JSON.parse(readFileSync(join(root, 'tests', 'eval', file), 'utf8')) as { article: string; questions: EvalQuestion[] };
  const seedPath = join(root, 'src', 'content', 'articles', data.article);
  const fixturePath = join(root, 'tests', 'fixtures', 'articles', data.article);
  const besidePath = join(root, 'tests', 'eval', dirname(file), data.article);
  const path = [seedPath, fixturePath, besidePath].find((candidate) => existsSync(candidate)) ?? fixturePath;
  const article: Article = readArticleFile(path);
  return { article, questions: data.questions };
}

/** Scores the engine built over the eval's article. */
export function scoreEval(file: string): EvalScore {
  const { article, questions } = loadEval(file);
  const engine = createQaEngine([article]);
  const misses: string[] = [];
  for (const question of questions) {
    const answer = engine.answer(question.q);
    const haystack = `${answer.text} ${answer.citations.map((citation) => citation.text).join(' ')}`.toLowerCase();
    const right = answer.answered === question.answerable
      && (!question.answerable || question.expect.some((phrase) => haystack.includes(phrase.toLowerCase())));
    if (!right) misses.push(`${question.q} -> ${answer.answered ? answer.text.slice(0, 80) : 'abstained'}`);
  }
  return { right: questions.length - misses.length, total: questions.length, misses };
}
