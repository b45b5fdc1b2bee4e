/**
 * Build step: runs the bundled `ask` CLI once over reader questions with --write-code-cache, so it leaves
 * V8's code cache beside the bundle (dist/bundle/ask.cjs.cache; see src/adapters/console/ask-launcher.ts).
 * The questions of every eval file make the run pass through most of the engine, so the cache holds the
 * compiled functions of most questions' paths. The cache belongs to this machine's Node; a run on another
 * Node ignores it. Usage: node scripts/write-ask-cache.mjs
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const evalDir = join(root, 'tests', 'eval');

/** The question files under tests/eval, or none in a copy without tests. */
function questionFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return questionFiles(path);
    return entry.name.endsWith('.json') ? [path] : [];
  });
}

const fromFiles = questionFiles(evalDir).flatMap((file) => JSON.parse(readFileSync(file, 'utf8')).questions.map((question) => question.q));
const questions = fromFiles.length > 0 ? fromFiles : ['Was bekommt Kim?', 'Wer hat das Foto gemacht?', 'Wie viele Geschosse hat Nordkorea geliefert?', 'Worum geht es?'];
execFileSync(process.execPath, ['dist/bundle/ask-run.cjs', '--write-code-cache', '--json', '--stdin'], { cwd: root, input: `${questions.join('\n')}\n`, stdio: ['pipe', 'ignore', 'inherit'], maxBuffer: 1 << 28 });
