/**
 * `npm run ask -- "Frage"`: answers once (or one question per stdin line with --stdin)
 * and exits. `--json` prints `{answered, text, citations}` per question; `--article FILE`
 * answers about that export instead of the content folder. Only answers go to stdout.
 */
import { readFileSync } from 'node:fs';
import { ConfigError, loadConfig } from '../../config.js';
import { createBot, type Bot, type StorySource } from '../../core/bot.js';
import { createQaEngine } from '../../core/qa/engine.js';
import { ContentError } from '../../content/content-error.js';
import { createLibrary } from '../../content/library.js';
import { bundledArticlesDir } from '../../content/paths.js';
import { readArticleFile } from '../../content/read-article.js';
import { exitQuietlyOnClosedStdout } from './quiet-pipe.js';
import { answerToJson, renderReplyText } from './render-text.js';

const USAGE = 'Usage: npm run ask -- [--json] [--article FILE] (--stdin | "Deine Frage")';

/** A wrong command line: the message is followed by the usage. */
class UsageError extends Error {
  override readonly name = 'UsageError';
}

interface AskArgs { json: boolean; stdin: boolean; article?: string; question: string }

function parseArgs(argv: string[]): AskArgs {
  const args: AskArgs = { json: false, stdin: false, question: '' };
  const words: string[] = [];
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] ?? '';
    if (arg === '--json') args.json = true;
    else if (arg === '--stdin') args.stdin = true;
    else if (arg === '--article') args.article = argv[++index];
    else if (arg === '--help' || arg === '-h') { process.stdout.write(`${USAGE}\n`); process.exit(0); }
    else words.push(arg);
  }
  if (args.article === undefined && argv.includes('--article')) throw new UsageError('--article needs a file path');
  args.question = words.join(' ');
  return args;
}

function storiesFor(args: AskArgs, contentDir: string): StorySource {
  if (!args.article) {
    return createLibrary({
      dir: contentDir,
      createAnswerer: (articles, current) => createQaEngine(articles, { currentArticleId: current }),
      onProblem: (error) => process.stderr.write(`Warning: ${error.message}\n`),
    });
  }
  const article = readArticleFile(args.article);
  const engine = createQaEngine([article]);
  return { current: () => article, get: (id) => (id === article.id ? article : undefined), all: () => [article], answerer: () => engine };
}

async function answerOne(bot: Bot, question: string, json: boolean): Promise<string> {
  const reply = await bot.handle({ platform: 'console', chatId: 'ask', userId: 'ask', locale: 'de', text: question, isModerator: false });
  if (!json) return `${renderReplyText(reply)}\n`;
  if (reply.answer) return `${answerToJson(reply.answer)}\n`;
  const text = reply.blocks.map((block) => ('text' in block ? block.text : block.items.join('\n'))).join('\n');
  return `${JSON.stringify({ answered: false, text, citations: reply.citations })}\n`;
}

async function main(): Promise<void> {
  exitQuietlyOnClosedStdout();
  const args = parseArgs(process.argv.slice(2));
  const config = loadConfig(process.env);
  const stories = storiesFor(args, config.CONTENT_DIR ?? bundledArticlesDir());
  const bot = createBot({ stories, clock: { now: Date.now, setTimer: () => ({ id: 0 }), clearTimer: () => {} }, questionMaxChars: config.QUESTION_MAX_CHARS });
  if (!args.stdin) {
    if (!args.question.trim()) { process.stderr.write(`${USAGE}\n`); process.exitCode = 2; return; }
    process.stdout.write(await answerOne(bot, args.question, args.json));
    return;
  }
  const input = readFileSync(0, 'utf8');
  const lines = input.split(/\r?\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  let buffer = '';
  for (const line of lines) {
    buffer += await answerOne(bot, line, args.json);
    if (buffer.length > 64_000) { process.stdout.write(buffer); buffer = ''; }
  }
  process.stdout.write(buffer);
}

main().catch((error: unknown) => {
  if (error instanceof ContentError || error instanceof ConfigError) process.stderr.write(`Error: ${error.message}\n`);
  else if (error instanceof UsageError) process.stderr.write(`Error: ${error.message}\n${USAGE}\n`);
  else process.stderr.write(`Error: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
