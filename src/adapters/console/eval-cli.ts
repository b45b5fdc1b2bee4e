/**
 * `npm run eval -- QUESTIONS.json [--article FILE] [--min N]`: asks every question of a
 * reader-question file and prints the score and every miss. Exits 1 below `--min`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { evaluate, QuestionFileSchema } from '../../core/evaluation.js';
import { createQaEngine } from '../../core/qa/engine.js';
import { ContentError } from '../../content/content-error.js';
import { bundledArticlesDir } from '../../content/paths.js';
import { readArticleFile } from '../../content/read-article.js';
import { exitQuietlyOnClosedStdout } from './quiet-pipe.js';

const USAGE = 'Usage: npm run eval -- QUESTIONS.json [--article ARTICLE.txt] [--min RIGHT]';

function findArticle(questionFile: string, articleName: string): string {
  const candidates = [
    join(dirname(questionFile), articleName),
    join(dirname(questionFile), '..', 'fixtures', 'articles', articleName),
    join(process.env.CONTENT_DIR ?? bundledArticlesDir(), articleName),
    join(bundledArticlesDir(), articleName),
  ];
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) throw new Error(`article "${articleName}" not found next to ${questionFile} or in the content folder; pass --article FILE`);
  return found;
}

function main(): void {
  exitQuietlyOnClosedStdout();
  const argv = process.argv.slice(2);
  const files = argv.filter((arg, index) => !arg.startsWith('--') && !['--article', '--min'].includes(argv[index - 1] ?? ''));
  const articleFlag = argv[argv.indexOf('--article') + 1];
  const min = argv.includes('--min') ? Number(argv[argv.indexOf('--min') + 1]) : undefined;
  const questionFile = files[0];
  if (!questionFile) { process.stderr.write(`${USAGE}\n`); process.exit(2); }
  const parsed = QuestionFileSchema.safeParse(JSON.parse(readFileSync(questionFile, 'utf8')));
  if (!parsed.success) throw new Error(`${questionFile} is not a question file: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
  const articlePath = argv.includes('--article') && articleFlag ? articleFlag : findArticle(resolve(questionFile), parsed.data.article);
  const article = readArticleFile(articlePath);
  const result = evaluate(createQaEngine([article]), parsed.data, article.id);
  process.stdout.write(`${questionFile} on ${articlePath}: ${result.right}/${result.total} right (${((100 * result.right) / result.total).toFixed(1)}%)\n`);
  for (const miss of result.misses) {
    const expected = miss.question.answerable ? `expected one of ${JSON.stringify(miss.question.expect)}` : 'expected to abstain';
    process.stdout.write(`  MISS ${JSON.stringify(miss.question.q)}: ${expected}; got ${miss.answer.answered ? 'answer' : 'abstention'}: ${JSON.stringify(miss.answer.text.slice(0, 160))}\n`);
  }
  if (min !== undefined && result.right < min) process.exitCode = 1;
}

try {
  main();
} catch (error) {
  process.stderr.write(`Error: ${error instanceof ContentError ? error.message : error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
