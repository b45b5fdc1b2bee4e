import { createQaEngine } from './src/core/qa/engine.ts';
import { parseArticle } from './src/content/parse-article.ts';
import { readFileSync } from 'node:fs';
const text = readFileSync(process.argv[2]!, 'utf8');
const e = createQaEngine([parseArticle(text, 'x.de.txt')]);
for (const q of process.argv.slice(3)) { const a = e.answer(q); console.log(q, '=>', a.answered ? a.text.slice(0, 160).replace(/\n/g, ' / ') : 'abstained'); }
