import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ContentError } from '../../src/content/content-error.js';
import { parseArticle } from '../../src/content/parse-article.js';
import { readArticleFile } from '../../src/content/read-article.js';

const BAD = fileURLToPath(new URL('../fixtures/bad/', import.meta.url));
const temp = mkdtempSync(join(tmpdir(), 'bad-articles-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** The ContentError reading `file` throws; fails the test when it throws nothing or something else. */
function errorOf(file: string): ContentError {
  try {
    readArticleFile(file);
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return error as ContentError;
  }
  throw new Error(`${file} was accepted as an article`);
}

/** What an operator sees: one line "<file>: <problem>", no stack trace, no object dump. */
function expectReadableMessage(error: ContentError, file: string, problem: RegExp): void {
  expect(error.name).toBe('ContentError');
  expect(error.file).toBe(file);
  expect(error.message.startsWith(`${file}: `)).toBe(true);
  expect(error.problem).toMatch(problem);
  expect(error.message).not.toMatch(/\n|\bat .+:\d+:\d+|\[object Object\]/);
}

describe('readArticleFile on hostile files', () => {
  it.each([
    ['empty.de.txt', /empty/],
    ['binary.de.txt', /binary|NUL/],
    ['latin1.de.txt', /UTF-8/],
    ['only-bullets.de.txt', /no headline/],
    ['headline-only.de.txt', /headline but no text/],
  ])('refuses %s with a message naming the file and the problem', (name, problem) => {
    const file = `${BAD}${name}`;
    expectReadableMessage(errorOf(file), file, problem);
  });

  it('keeps the decoder failure as the cause of a non-UTF-8 file', () => {
    expect(errorOf(`${BAD}latin1.de.txt`).cause).toBeInstanceOf(TypeError);
  });

  it('refuses a 5 MB file by its size before reading it', () => {
    const file = join(temp, 'huge.de.txt');
    const line = 'Der Stadtrat hat den Haushalt beschlossen. '.repeat(20);
    writeFileSync(file, `Stadtrat: Haushalt\n\n${`${line}\n\n`.repeat(Math.ceil((5 * 1024 * 1024) / (line.length + 2)))}`);
    const error = errorOf(file);
    expectReadableMessage(error, file, /bytes, more than the 1000000/);
    expect(error.problem).toMatch(/\b5\d{6}\b/);
  });

  it('says so when the file does not exist or is a folder', () => {
    const missing = join(temp, 'fehlt.de.txt');
    expectReadableMessage(errorOf(missing), missing, /no such file/);
    expectReadableMessage(errorOf(temp), temp, /folder/);
  });
});

describe('parseArticle on hostile text', () => {
  it('names the file it was given when the text has no headline', () => {
    const text = '\n\n  • Nur ein Aufzählungspunkt.\n';
    expect(() => parseArticle(text, 'artikel/kaputt.de.txt')).toThrowError(/^artikel\/kaputt\.de\.txt: no headline found/);
  });

  it('refuses a headline that is only punctuation or digits', () => {
    expect(() => parseArticle('2:1 !!!\n\nText.\n', 'zahlen.de.txt')).toThrowError(ContentError);
  });
});
