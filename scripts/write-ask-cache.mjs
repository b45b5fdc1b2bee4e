/**
 * Build step: runs the bundled `ask` CLI once over reader questions with --write-code-cache, so it leaves
 * V8's code cache beside the bundle (dist/bundle/ask.cjs.cache; see src/adapters/console/ask-launcher.ts).
 * The cache belongs to this machine's Node; a run on another Node ignores it. Usage: node scripts/write-ask-cache.mjs
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const questionFile = `${root}tests/eval/seed-questions.de.json`;
const questions = existsSync(questionFile)
  ? JSON.parse(readFileSync(questionFile, 'utf8')).questions.map((question) => question.q)
  : ['Was bekommt Kim?', 'Wer hat das Foto gemacht?', 'Wie viele Geschosse hat Nordkorea geliefert?', 'Worum geht es?'];
execFileSync(process.execPath, ['dist/bundle/ask.mjs', '--write-code-cache', '--json', '--stdin'], { cwd: root, input: `${questions.join('\n')}\n`, stdio: ['pipe', 'ignore', 'inherit'] });
