/**
 * `npm run eval -- QUESTIONS.json [--article FILE] [--min N]`: asks every question of a
 * reader-question file and prints the score and every miss. Exits 1 below `--min`.
 */
import { resolve } from 'node:path';
import { evaluate } from '../../core/evaluation.js';
import { createQaEngine } from '../../core/qa/engine.js';
import { ContentError } from '../../content/content-error.js';
import { readArticleFile } from '../../content/read-article.js';
import { findArticleFile, readQuestionFile } from './eval-files.js';
import { exitQuietlyOnClosedStdout } from './quiet-pipe.js';

const USAGE = 'Usage: npm run eval -- QUESTIONS.json [--article ARTICLE.txt] [--min RIGHT]';

function main(): void {
  exitQuietlyOnClosedStdout();
  const argv = process.argv.slice(2);
  const files = argv.filter((arg, index) => !arg.startsWith('--') && !['--article', '--min'].includes(argv[index - 1] ?? ''));
  const articleFlag = argv[argv.indexOf('--article') + 1];
  const min = argv.includes('--min') ? Number(argv[argv.indexOf('--min') + 1]) : undefined;
  const questionFile = files[0];
  if (!questionFile) { process.stderr.write(`${USAGE}\n`); process.exit(2); }
  const questions = readQuestionFile(questionFile);
  const articlePath = argv.includes('--article') && articleFlag ? articleFlag : findArticleFile(resolve(questionFile), questions.article, process.env.CONTENT_DIR);
  const article = readArticleFile(articlePath);
  const result = evaluate(createQaEngine([article]), questions, article.id);
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
