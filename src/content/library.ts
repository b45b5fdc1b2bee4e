/**
 * The folder of article exports as a StorySource: loads every *.txt, skips (and reports)
 * broken files, re-scans on demand or on a timer, and rebuilds the answerer only when a
 * file changed. The newest file (by modification time, then name) is "the story".
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../core/article.js';
import type { QuestionAnswerer, StorySource } from '../core/bot.js';
import { ContentError } from './content-error.js';
import { readArticleFile } from './read-article.js';

export interface LibraryOptions {
  dir: string;
  /** Builds the answerer for a set of articles (core/qa's createQaEngine). */
  createAnswerer: (articles: readonly Article[], currentArticleId: string | undefined) => QuestionAnswerer;
  /** Called once per broken file and scan, so the operator sees which file and why. */
  onProblem?: (error: ContentError) => void;
}

export interface Library extends StorySource {
  /** Re-reads the folder; returns true when the set of articles changed. */
  rescan(): boolean;
  /** Called after every rescan that changed something. */
  onChange(listener: (articles: readonly Article[]) => void): () => void;
}

interface Entry { stamp: string; article: Article | null }

export function createLibrary(options: LibraryOptions): Library {
  let entries = new Map<string, Entry>();
  let ordered: Article[] = [];
  let byId = new Map<string, Article>();
  let answerer: QuestionAnswerer | null = null;
  const listeners = new Set<(articles: readonly Article[]) => void>();

  function listFiles(): { file: string; stamp: string; mtimeMs: number }[] {
    let names: string[];
    try {
      names = readdirSync(options.dir);
    } catch (cause) {
      throw new ContentError(options.dir, 'the content folder cannot be read; set CONTENT_DIR to a folder of *.txt article exports', { cause });
    }
    return names
      .filter((name) => name.toLowerCase().endsWith('.txt'))
      .flatMap((name) => {
        const file = join(options.dir, name);
        try {
          const stat = statSync(file);
          return stat.isFile() ? [{ file, stamp: `${stat.size}:${stat.mtimeMs}`, mtimeMs: stat.mtimeMs }] : [];
        } catch {
          return [];
        }
      })
      .sort((a, b) => a.mtimeMs - b.mtimeMs || a.file.localeCompare(b.file));
  }

  function rescan(): boolean {
    const files = listFiles();
    const next = new Map<string, Entry>();
    let changed = files.length !== entries.size;
    for (const { file, stamp } of files) {
      const previous = entries.get(file);
      if (previous?.stamp === stamp) {
        next.set(file, previous);
        continue;
      }
      changed = true;
      try {
        next.set(file, { stamp, article: readArticleFile(file) });
      } catch (error) {
        if (!(error instanceof ContentError)) throw error;
        options.onProblem?.(error);
        next.set(file, { stamp, article: null });
      }
    }
    entries = next;
    if (!changed) return false;
    byId = new Map<string, Article>();
    for (const { article } of entries.values()) if (article) byId.set(article.id, article);
    ordered = [...byId.values()];
    answerer = null;
    for (const listener of listeners) listener(ordered);
    return true;
  }

  rescan();

  return {
    rescan,
    current: () => ordered[ordered.length - 1] ?? null,
    get: (articleId) => byId.get(articleId),
    all: () => ordered,
    answerer() {
      answerer ??= options.createAnswerer(ordered, ordered[ordered.length - 1]?.id);
      return answerer;
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
