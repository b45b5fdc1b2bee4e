/** Spawns the real bot (`node --import tsx src/main.ts`) with piped stdin/stdout, for process-level tests. */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArticle } from '../../src/content/parse-article.js';
import { readFileSync } from 'node:fs';
import { itemsFromArticle } from '../../src/core/schedule/items.js';
import { ROOT } from '../helpers/run-process.js';
import { SEED_FILE } from '../helpers/stories.js';

export interface BotProcess {
  child: ChildProcessWithoutNullStreams;
  output(): string;
  /** Resolves when `predicate(output)` holds, or rejects after `timeoutMs`. */
  waitFor(predicate: (output: string) => boolean, timeoutMs: number): Promise<void>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; atMs: number }>;
}

/** A temp DATA_DIR and a temp CONTENT_DIR holding a copy of the seed article. */
export function tempFolders(): { dataDir: string; contentDir: string } {
  const root = mkdtempSync(join(tmpdir(), 'newsbot-process-'));
  const contentDir = join(root, 'content');
  cpSync(join(SEED_FILE, '..'), contentDir, { recursive: true });
  return { dataDir: join(root, 'data'), contentDir };
}

/** The texts of the seed article's breaking items, in order (what each post must show). */
export function seedItemTexts(): string[] {
  const article = parseArticle(readFileSync(SEED_FILE, 'utf8'), SEED_FILE);
  return itemsFromArticle(article, 0).map((item) => item.text);
}

/** How often each item text occurs in the output. */
export function countPosts(output: string, texts: readonly string[]): number[] {
  return texts.map((text) => output.split(text).length - 1);
}

export function startBot(folders: { dataDir: string; contentDir: string }): BotProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, LOG_LEVEL: 'silent', DATA_DIR: folders.dataDir, CONTENT_DIR: folders.contentDir,
      TELEGRAM_BOT_TOKEN: '', DISCORD_TOKEN: '', HTTP_PORT: '' },
  });
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => { output += chunk; });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => { output += chunk; });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; atMs: number }>((resolve) => {
    child.on('exit', (code, signal) => resolve({ code, signal, atMs: Date.now() }));
  });
  return {
    child,
    output: () => output,
    exited,
    waitFor(predicate, timeoutMs) {
      return new Promise((resolve, reject) => {
        const started = Date.now();
        const check = setInterval(() => {
          if (predicate(output)) { clearInterval(check); resolve(); } else if (Date.now() - started > timeoutMs || child.exitCode !== null) {
            clearInterval(check);
            reject(new Error(`timed out waiting; output so far:\n${output.slice(-2000)}`));
          }
        }, 25);
      });
    },
  };
}
