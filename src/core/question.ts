/**
 * Checks a reader's question before it reaches the answerer: not empty, not overlong.
 * Shared by the bot and the `ask` CLI so both refuse the same input the same way.
 */
import { UserError } from './errors.js';

/** Tested on every question, so made once (a regex literal in a function is a new object at each evaluation). */
const ASCII_LETTER_OR_DIGIT = /[A-Za-z0-9]/;

/** Whether a UTF-16 unit is whitespace as a regex's `\s` sees it (WhiteSpace and LineTerminator of ECMAScript). */
function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029
    || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/**
 * Whether text has whitespace to collapse: two in a row, or any but a plain space (tab, newline …).
 * The same test as /\s\s|[^\S ]/, as one scan: a regex with an alternative tried at every position
 * costs more than the rest of the check on a tidy question.
 */
function hasUntidySpace(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 32 ? i + 1 < text.length && isSpace(text.charCodeAt(i + 1)) : isSpace(code)) return true;
  }
  return false;
}

/** Trims the question and collapses whitespace; throws UserError for empty or overlong input. */
export function checkQuestion(raw: string, maxChars: number): string {
  const question = hasUntidySpace(raw) ? raw.replace(/\s+/g, ' ').trim() : raw.trim();
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
