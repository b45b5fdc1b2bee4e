/** Reads one article file from disk into an Article; every failure is a ContentError. */
import { readFileSync, statSync } from 'node:fs';
import type { Article } from '../core/article.js';
import { ContentError } from './content-error.js';
import { decodeArticleBytes, MAX_ARTICLE_BYTES, parseArticle } from './parse-article.js';

export function readArticleFile(file: string): Article {
  let bytes: Uint8Array;
  try {
    const size = statSync(file).size;
    if (size > MAX_ARTICLE_BYTES) {
      throw new ContentError(file, `the file is ${size} bytes, more than the ${MAX_ARTICLE_BYTES} an article export may have; is it really an article?`);
    }
    bytes = readFileSync(file);
  } catch (cause) {
    if (cause instanceof ContentError) throw cause;
    const code = (cause as NodeJS.ErrnoException).code;
    const problem = code === 'ENOENT' ? 'no such file; check the path' : code === 'EISDIR' ? 'is a folder, not an article file' : `cannot be read (${code ?? String(cause)})`;
    throw new ContentError(file, problem, { cause });
  }
  return parseArticle(decodeArticleBytes(bytes, file), file);
}
