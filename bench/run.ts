/**
 * `npm run bench`: speed and memory, printed with the machine they were measured on.
 * QA in process (seed and a 1,000-article corpus), the wall time of one `ask`, and the
 * fan-out of one item to 10,000 channels at 30 msgs/s (BENCH_FANOUT_CHANNELS to change N).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { runFanoutBench } from './fanout.js';
import { runQaBench } from './qa.js';

const root = fileURLToPath(new URL('..', import.meta.url));

function askWallTime(): string[] {
  const runs: number[] = [];
  for (let run = 0; run < 5; run++) {
    const started = process.hrtime.bigint();
    execFileSync(process.execPath, ['dist/bundle/ask-run.cjs', '--json', 'Was bekommt Kim?'], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
    runs.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  runs.sort((a, b) => a - b);
  return [`ask (one question, new process, node dist/…): median ${runs[2]!.toFixed(0)} ms, best ${runs[0]!.toFixed(0)} ms of 5 runs`];
}

/** The question sets of every eval file (held-out folders included): the article each is about and its questions. */
function evalSets(): { article: string; questions: string[] }[] {
  const folder = join(root, 'tests', 'eval');
  const folders = [folder, ...readdirSync(folder, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => join(folder, entry.name))];
  return folders.flatMap((dir) => readdirSync(dir).filter((file) => file.endsWith('.json'))
    .map((file) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as { article: string; questions: { q: string }[] })
    .map((set) => ({ article: set.article, questions: set.questions.map((q) => q.q) })));
}

/** `count` questions: the given questions repeated, or (distinct) each made unique by one article word. */
function questionLines(count: number, distinct: boolean, articleText: string, questions: readonly string[]): string {
  const words = [...new Set(articleText.match(/\p{L}{4,}/gu) ?? [])];
  return Array.from({ length: count }, (_, i) => {
    const question = questions[i % questions.length]!;
    return distinct && i >= questions.length ? `${question.replace(/\?$/, '')} ${words[(i * 7919) % words.length]}?` : question;
  }).join('\n');
}

/** Clock ticks per second of /proc times (`getconf CLK_TCK`, 100 on Linux). */
function clockTicks(): number {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
}

/** CPU time (user + system, ms) of this process's finished children, from /proc/self/stat (Linux only; null elsewhere). */
function childrenCpuMs(ticks: number): number | null {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // fields[0] is field 3 (state)
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / ticks; // cutime, cstime
  } catch {
    return null;
  }
}

interface Run { wallMs: number; cpuMs: number | null }

/** The issue's bar: 20,000 questions through `ask --json --stdin` vs plain MiniSearch BM25 in one process, wall and CPU time. */
function askVersusBm25(): string[] {
  const seed = join(root, 'src', 'content', 'articles', 'putin-kim-nordkorea.de.txt');
  const ticks = clockTicks();
  const ms = (value: number) => `${Math.round(value).toLocaleString('en')} ms`;
  // All eval questions (most about other articles: for the seed, words it never has), and the questions written about the
  // seed itself, as a reader of it asks.
  const sets = evalSets();
  const inputs = [
    { name: 'eval', questions: sets.flatMap((set) => set.questions) },
    { name: 'seed', questions: sets.filter((set) => set.article === basename(seed)).flatMap((set) => set.questions) },
  ];
  return inputs.flatMap(({ name, questions }) => [false, true].map((distinct) => {
    const input = questionLines(20_000, distinct, readFileSync(seed, 'utf8'), questions);
    const run = (args: string[]): Run => {
      const cpuBefore = childrenCpuMs(ticks);
      const started = process.hrtime.bigint();
      const child = spawnSync(process.execPath, args, { cwd: root, input, maxBuffer: 1 << 28 });
      const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
      if (child.status !== 0) throw new Error(`${args.join(' ')} failed: ${child.stderr.toString('utf8')}`);
      const cpuAfter = childrenCpuMs(ticks);
      return { wallMs, cpuMs: cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore };
    };
    // Runs alternate (ask, peer, ask, …) so both meet the same load on a shared machine; the best of 5 each counts.
    const askRuns: Run[] = [];
    const peerRuns: Run[] = [];
    for (let round = 0; round < 5; round++) {
      askRuns.push(run(['dist/bundle/ask-run.cjs', '--json', '--stdin', '--article', seed]));
      peerRuns.push(run(['bench/minisearch-peer.mjs', seed]));
    }
    const best = (runs: Run[]) => runs.sort((a, b) => a.wallMs - b.wallMs)[0]!;
    const describe = (result: Run) => `${ms(result.wallMs)}${result.cpuMs === null ? '' : ` (CPU ${ms(result.cpuMs)})`}`;
    const ask = best(askRuns);
    const bm25 = best(peerRuns);
    return `20,000 ${distinct ? 'distinct' : 'repeated'} questions from the ${questions.length.toLocaleString('en')} ${name === 'seed' ? 'questions about the seed' : 'eval questions'}, one process each, best of 5 by wall time: `
      + `ask --json --stdin ${describe(ask)}, MiniSearch BM25 peer ${describe(bm25)} (ask/peer ${(ask.wallMs / bm25.wallMs).toFixed(2)})`;
  }));
}

async function main(): Promise<void> {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  console.log(`Machine: ${cpu}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${process.platform}/${process.arch}`);
  // `npm run bench -- ask` runs one part only (qa, ask or fanout); no argument runs all three.
  const only = process.argv[2];
  if (!only || only === 'qa') {
    console.log('\n== Question answering ==');
    for (const line of await runQaBench()) console.log(line);
  }
  if (!only || only === 'ask') {
    console.log('\n== ask CLI ==');
    for (const line of [...askWallTime(), ...askVersusBm25()]) console.log(line);
  }
  if (!only || only === 'fanout') {
    console.log('\n== Fan-out ==');
    for (const line of await runFanoutBench()) console.log(line);
  }
}

await main();
