/**
 * Reader-question files and the article each one is about, shared by `npm run eval` and the
 * test floors: the article is looked up beside the question file, in tests/fixtures/articles,
 * then in the content folder.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { QuestionFileSchema, type QuestionFile } from '../../core/evaluation.js';
import { bundledArticlesDir } from '../../content/paths.js';

/** Reads and checks a question file; the error names the file and what is wrong. */
export function readQuestionFile(path: string): QuestionFile {
  const parsed = QuestionFileSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new Error(`${path} is not a question file: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
  return parsed.data;
}

/** The path of `articleName` for the question file at `questionFile` (absolute or relative to cwd). */
export function findArticleFile(questionFile: string, articleName: string, contentDir = bundledArticlesDir()): string {
  const candidates = [
    join(dirname(questionFile), articleName),
    join(dirname(questionFile), '..', 'fixtures', 'articles', articleName),
    join(contentDir, articleName),
    join(bundledArticlesDir(), articleName),
  ];
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) throw new Error(`article "${articleName}" not found next to ${questionFile} or in the content folder; pass --article FILE`);
  return found;
}
