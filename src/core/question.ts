/**
 * Checks a reader's question before it reaches the answerer: not empty, not overlong.
 * Shared by the bot and the `ask` CLI so both refuse the same input the same way.
 */
import { UserError } from './errors.js';

/** Tested on every question, so made once (a regex literal in a function is a new object at each evaluation). */
const UNTIDY_SPACE = /\s\s|[^\S ]/;
const ASCII_LETTER_OR_DIGIT = /[A-Za-z0-9]/;

/** Trims the question and collapses whitespace; throws UserError for empty or overlong input. */
export function checkQuestion(raw: string, maxChars: number): string {
  const question = UNTIDY_SPACE.test(raw) ? raw.replace(/\s+/g, ' ').trim() : raw.trim();
  // ASCII letters first: the Unicode classes are the slow path, for questions without any.
  if (question.length === 0 || !(ASCII_LETTER_OR_DIGIT.test(question) || /[\p{L}\p{N}]/u.test(question))) throw new UserError('question.empty');
  if (question.length > maxChars) throw new UserError('question.tooLong', { length: question.length, max: maxChars });
  return question;
}

/**
 * Sliding-window limit per user: `count` questions per `windowMs`. The first question over
 * the limit gets a notice, later ones inside the window are dropped silently.
 */
export function createRateLimiter(count: number, windowMs: number) {
  const recent = new Map<string, number[]>();
  const noticed = new Set<string>();
  return {
    /** 'ok', 'notice' (tell the user once) or 'drop'; `retryInMs` says when asking works again. */
    check(key: string, now: number): { verdict: 'ok' | 'notice' | 'drop'; retryInMs: number } {
      const times = (recent.get(key) ?? []).filter((time) => now - time < windowMs);
      if (times.length < count) {
        times.push(now);
        recent.set(key, times);
        noticed.delete(key);
        if (recent.size > 10_000) for (const [user, list] of recent) if (list.every((t) => now - t >= windowMs)) recent.delete(user);
        return { verdict: 'ok', retryInMs: 0 };
      }
      recent.set(key, times);
      const retryInMs = windowMs - (now - (times[0] ?? now));
      if (noticed.has(key)) return { verdict: 'drop', retryInMs };
      noticed.add(key);
      return { verdict: 'notice', retryInMs };
    },
  };
}
