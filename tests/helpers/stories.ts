/** Test helpers: the seed article parsed from the project's copy, and story sources over it. */
import { fileURLToPath } from 'node:url';
import type { Article } from '../../src/core/article.js';
import type { Exchange, QuestionAnswerer, StorySource } from '../../src/core/bot.js';
import type { Clock } from '../../src/core/ports.js';
import type { Answer } from '../../src/core/reply.js';
import { readArticleFile } from '../../src/content/read-article.js';

export const SEED_FILE = fileURLToPath(new URL('../../src/content/articles/putin-kim-nordkorea.de.txt', import.meta.url));

export function seedArticle(): Article {
  return readArticleFile(SEED_FILE);
}

/** An answerer that records questions and answers from a fixed reply (to test the bot, not QA). */
export function createRecordingAnswerer(answer: Answer): QuestionAnswerer & { asked: string[]; previous: (Exchange | undefined)[] } {
  const asked: string[] = [];
  const previous: (Exchange | undefined)[] = [];
  return {
    asked,
    previous,
    answer(question, options) { asked.push(question); previous.push(options?.previous); return answer; },
    rank(question, limit) { asked.push(question); return [answer].slice(0, limit); },
    suggestions: () => ['Was bekommt Kim Jong Un von Wladimir Putin?', 'Was ist das Ziel des Weltraumprogramms?'],
  };
}

export function storiesOf(articles: Article[], answerer: QuestionAnswerer): StorySource {
  return {
    current: () => articles[articles.length - 1] ?? null,
    get: (id) => articles.find((article) => article.id === id),
    all: () => articles,
    answerer: () => answerer,
  };
}

/** A clock the test moves by hand. */
export function createFakeClock(start = Date.UTC(2026, 10, 25, 8, 0, 0)): Clock & { advance(ms: number): void } {
  let now = start;
  const timers = new Map<number, { at: number; fn: () => void }>();
  let nextId = 1;
  return {
    now: () => now,
    setTimer(fn, ms) { const id = nextId++; timers.set(id, { at: now + ms, fn }); return { id }; },
    clearTimer(handle) { timers.delete(handle.id as number); },
    advance(ms) {
      now += ms;
      for (const [id, timer] of [...timers].sort((a, b) => a[1].at - b[1].at)) {
        if (timer.at <= now) { timers.delete(id); timer.fn(); }
      }
    },
  };
}
