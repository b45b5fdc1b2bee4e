/**
 * Scores an answerer against a reader-question file (the format of tests/eval/*.json):
 * right when `answered` matches and, for answerable questions, the answer text or a cited
 * passage contains one expected phrase (case-insensitive).
 */
import * as z from 'zod';
import type { Exchange, QuestionAnswerer } from './bot.js';
import type { Answer } from './reply.js';

export const QuestionFileSchema = z.object({
  about: z.string().optional(),
  /** File name of the article the questions are about. */
  article: z.string().min(1),
  questions: z.array(z.object({
    q: z.string(),
    expect: z.array(z.string()),
    answerable: z.boolean(),
  })).min(1),
});
export type QuestionFile = z.infer<typeof QuestionFileSchema>;
export type EvalQuestion = QuestionFile['questions'][number];

export interface EvalMiss { question: EvalQuestion; answer: Answer }
export interface EvalResult { right: number; total: number; misses: EvalMiss[] }

/** True when `answer` is a right answer to `question`. */
export function isRight(question: EvalQuestion, answer: Answer): boolean {
  if (!question.answerable) return !answer.answered;
  if (!answer.answered) return false;
  const haystack = [answer.text, ...answer.citations.map((citation) => citation.text)].join(' ').toLowerCase();
  return question.expect.some((phrase) => haystack.includes(phrase.toLowerCase()));
}

/** Asks every question of `file` and counts the right answers; `each` sees every question, its answer and whether it is right. */
export function evaluate(answerer: QuestionAnswerer, file: QuestionFile, articleId?: string, each?: (question: EvalQuestion, answer: Answer, right: boolean) => void): EvalResult {
  const misses: EvalMiss[] = [];
  // Asked in order, as one reader would: a follow-up ("Und wie alt ist sie?") reads the exchange before it.
  let previous: Exchange | undefined;
  for (const question of file.questions) {
    const answer = answerer.answer(question.q, { articleId, previous });
    if (answer.answered) previous = { question: question.q, answer: answer.text };
    const right = isRight(question, answer);
    if (!right) misses.push({ question, answer });
    each?.(question, answer, right);
  }
  return { right: file.questions.length - misses.length, total: file.questions.length, misses };
}
