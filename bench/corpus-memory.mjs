// Memory of the 1,000-article corpus as the bot holds it: a fresh plain `node` process (no tsx
// loader, no benchmark arrays) loads the built engine from dist/, builds every article's index,
// answers the same questions, and prints its resident memory as JSON. Run by bench/qa.ts.
// Usage: node bench/corpus-memory.mjs CORPUS.json QUESTIONS.json
import { readFileSync } from 'node:fs';
import { createQaEngine } from '../dist/core/qa/engine.js';

const [corpusFile, questionsFile] = process.argv.slice(2);
const corpus = JSON.parse(readFileSync(corpusFile, 'utf8'));
const questions = JSON.parse(readFileSync(questionsFile, 'utf8'));
const rssBefore = process.memoryUsage().rss;
const engine = createQaEngine(corpus);
for (const article of corpus) engine.answer('Worum geht es?', { articleId: article.id });
for (let i = 0; i < 20_000; i++) engine.answer(questions[i % questions.length], { articleId: corpus[(i * 7919) % corpus.length].id });
const { rss, heapUsed } = process.memoryUsage();
process.stdout.write(`${JSON.stringify({ rss, added: rss - rssBefore, heapUsed })}\n`);
