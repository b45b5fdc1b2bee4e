/**
 * QA benchmark: questions per second and latency on the seed article, a generated corpus of
 * 1,000 articles (passages of the fixture articles recombined and mutated), memory, and
 * 20,000 questions against MiniSearch BM25 over the seed's sentences as a speed baseline.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import MiniSearch from 'minisearch';
import { readArticleFile } from '../src/content/read-article.js';
import { allPassages, type Article, type Passage, type Section } from '../src/core/article.js';
import { indexArticle } from '../src/core/qa/article-index.js';
import { createQaEngine } from '../src/core/qa/engine.js';
import { splitSentences } from '../src/core/text/normalize.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const CORPUS_SIZE = 1_000;
const BASELINE_QUESTIONS = 20_000;

function percentile(sorted: readonly number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0;
}

function loadArticles(): Article[] {
  const seed = readArticleFile(join(root, 'src', 'content', 'articles', 'putin-kim-nordkorea.de.txt'));
  const folder = join(root, 'tests', 'fixtures', 'articles');
  const fixtures = existsSync(folder) ? readdirSync(folder).filter((file) => file.endsWith('.txt')).map((file) => readArticleFile(join(folder, file))) : [];
  return [seed, ...fixtures];
}

function loadQuestions(): string[] {
  const folder = join(root, 'tests', 'eval');
  return readdirSync(folder).filter((file) => file.endsWith('.json'))
    .flatMap((file) => (JSON.parse(readFileSync(join(folder, file), 'utf8')) as { questions: { q: string }[] }).questions.map((question) => question.q));
}

/** A deterministic pseudo-random generator (mulberry32), so runs compare. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Article `n` of the corpus: sections drawn from all sources, capitalised words suffixed to vary the vocabulary. */
function generateArticle(n: number, sources: readonly Article[], next: () => number): Article {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const mutate = (text: string): string => text.replace(/\b(\p{Lu}\p{Ll}{5,})\b/gu, (word) => (next() < 0.2 ? `${word}${n % 97}` : word));
  const sectionCount = 3 + Math.floor(next() * 4);
  const sections: Section[] = [];
  for (let s = 0; s < sectionCount; s++) {
    const id = s === 0 ? 'lead' : `s${s}`;
    const from = pick(pick(sources).sections);
    const renumber = (passages: readonly Passage[], kind: 'p' | 'b'): Passage[] =>
      passages.map((passage, i) => ({ ...passage, id: `${id}.${kind}${i + 1}`, text: mutate(passage.text) }));
    sections.push({ id, heading: s === 0 ? null : (from.heading ?? `Abschnitt ${s}`), paragraphs: renumber(from.paragraphs, 'p'), bullets: renumber(from.bullets, 'b') });
  }
  const base = pick(sources);
  return { ...base, id: `gen-${n}`, title: mutate(base.title), teaser: base.teaser ? mutate(base.teaser) : null, sections };
}

/** Resident memory of the corpus in a fresh `node` process running the built engine, as `npm start` does. */
function corpusMemory(corpus: readonly Article[], questions: readonly string[]): string {
  const folder = mkdtempSync(join(tmpdir(), 'newsroom-bench-'));
  try {
    writeFileSync(join(folder, 'corpus.json'), JSON.stringify(corpus));
    writeFileSync(join(folder, 'questions.json'), JSON.stringify(questions));
    const output = execFileSync(process.execPath, [join(root, 'bench', 'corpus-memory.mjs'), join(folder, 'corpus.json'), join(folder, 'questions.json')], { encoding: 'utf8' });
    const { rss, added, heapUsed } = JSON.parse(output) as { rss: number; added: number; heapUsed: number };
    const mb = (bytes: number): string => (bytes / 2 ** 20).toFixed(0);
    return `memory of the ${corpus.length} indexed articles in a fresh node process (dist/, as npm start runs): RSS ${mb(rss)} MB (the corpus added ${mb(added)} MB), heap used ${mb(heapUsed)} MB`;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

function time(fn: () => void): number {
  const started = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

/** Lines to print: speed on the seed, corpus build and latency, memory, baseline comparison. */
export async function runQaBench(): Promise<string[]> {
  const lines: string[] = [];
  const sources = loadArticles();
  const questions = loadQuestions();
  const seed = sources[0]!;

  const engine = createQaEngine([seed]);
  for (const question of questions) engine.answer(question);
  const seedTimes: number[] = [];
  const rounds = Math.ceil(BASELINE_QUESTIONS / questions.length);
  const seedTotal = time(() => {
    for (let round = 0; round < rounds; round++) {
      // Trailing spaces make each round's questions new to the engine's answer memo: this measures the engine.
      const padding = ' '.repeat(round + 1);
      for (const question of questions) {
        const started = process.hrtime.bigint();
        engine.answer(question + padding);
        seedTimes.push(Number(process.hrtime.bigint() - started) / 1e6);
      }
    }
  });
  seedTimes.sort((a, b) => a - b);
  lines.push(`seed article: ${seedTimes.length} questions in ${seedTotal.toFixed(0)} ms = ${Math.round(seedTimes.length / (seedTotal / 1000))} questions/s, p50 ${percentile(seedTimes, 0.5).toFixed(3)} ms, p99 ${percentile(seedTimes, 0.99).toFixed(3)} ms`);

  const sentences = allPassages(seed).flatMap((passage) => splitSentences(passage.text)).map((text, id) => ({ id, text }));
  const mini = new MiniSearch<{ id: number; text: string }>({ fields: ['text'], storeFields: ['text'] });
  mini.addAll(sentences);
  const miniTotal = time(() => {
    for (let round = 0; round < rounds; round++) for (const question of questions) mini.search(question, { fuzzy: 0.2, prefix: true });
  });
  lines.push(`baseline MiniSearch BM25 over the seed's ${sentences.length} sentences: ${seedTimes.length} questions in ${miniTotal.toFixed(0)} ms (engine ${seedTotal.toFixed(0)} ms, ${(miniTotal / seedTotal).toFixed(1)}x)`);

  const next = random(42);
  const corpus = Array.from({ length: CORPUS_SIZE }, (_, n) => generateArticle(n, sources, next));
  // The index build alone, as the engine does it on an article's first question (kept apart from the engine's own).
  const indexMs = time(() => {
    for (const article of corpus) indexArticle(article);
  });
  const rssBefore = process.memoryUsage().rss;
  let big = createQaEngine([]);
  const buildMs = time(() => {
    big = createQaEngine(corpus);
  });
  // The index is built on an article's first question; do that for every article, timed, so the
  // latency below is the steady state and the build cost is reported on its own.
  const eagerMs = time(() => {
    for (const article of corpus) big.answer('Worum geht es?', { articleId: article.id });
  });
  const corpusTimes: number[] = [];
  for (let i = 0; i < 20_000; i++) {
    const question = questions[i % questions.length]!;
    const articleId = corpus[Math.floor(next() * corpus.length)]!.id;
    const started = process.hrtime.bigint();
    big.answer(question, { articleId });
    corpusTimes.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  corpusTimes.sort((a, b) => a - b);
  lines.push(`${CORPUS_SIZE} generated articles: engine created in ${buildMs.toFixed(0)} ms (indexes are lazy); all ${CORPUS_SIZE} indexes built in ${indexMs.toFixed(0)} ms; `
    + `the first question on each (its index built, a summary composed) ${eagerMs.toFixed(0)} ms`);
  lines.push(`${CORPUS_SIZE} generated articles: ${corpusTimes.length} questions on random articles p50 ${percentile(corpusTimes, 0.5).toFixed(3)} ms, p99 ${percentile(corpusTimes, 0.99).toFixed(3)} ms`);
  const inProcess = process.memoryUsage().rss;
  lines.push(`memory in this benchmark process (tsx loader, MiniSearch and timing arrays included): RSS ${(inProcess / 2 ** 20).toFixed(0)} MB, corpus engine added ${((inProcess - rssBefore) / 2 ** 20).toFixed(0)} MB`);
  lines.push(corpusMemory(corpus, questions));
  return lines;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const line of await runQaBench()) console.log(line);
}
