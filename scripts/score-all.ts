/**
 * Scores the QA engine on every question file under tests/eval and prints one line per
 * question ("+" right, "-" wrong) plus totals per file, for diffing two versions of the engine.
 * Usage: npm run eval:all -- [--misses] [DIR or FILE ...] (default: tests/eval)
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findArticleFile, readQuestionFile } from '../src/adapters/console/eval-files.js';
import { readArticleFile } from '../src/content/read-article.js';
import { evaluate } from '../src/core/evaluation.js';
import { createQaEngine } from '../src/core/qa/engine.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const onlyMisses = args.includes('--misses');
const dirs = args.filter((arg) => !arg.startsWith('--'));

function questionFiles(dir: string): string[] {
  if (!statSync(dir).isDirectory()) return [dir];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return questionFiles(path);
    return name.endsWith('.json') ? [path] : [];
  });
}

let right = 0;
let total = 0;
for (const file of (dirs.length > 0 ? dirs : [join(root, 'tests/eval')]).flatMap(questionFiles).sort()) {
  const questions = readQuestionFile(file);
  const article = readArticleFile(findArticleFile(file, questions.article));
  // In order, as one reader asks (a follow-up reads the exchange before it), as `evaluate` does.
  const result = evaluate(createQaEngine([article]), questions, undefined, (question, answer, ok) => {
    if (!ok || !onlyMisses) console.log(`${ok ? '+' : '-'} ${relative(root, file)} | ${question.q} | ${answer.answered ? answer.text.replace(/\n/g, ' / ').slice(0, 140) : '(abstained)'}`);
  });
  console.log(`= ${relative(root, file)} ${result.right}/${result.total}`);
  right += result.right;
  total += questions.questions.length;
}
console.log(`TOTAL ${right}/${total} (${((100 * right) / total).toFixed(1)}%)`);
