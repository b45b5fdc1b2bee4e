// The peer of the `ask` bar: plain BM25 (MiniSearch, default options) over the seed's
// sentences, answering one question per stdin line with its best sentence as a JSON line,
// in one process. Run by bench/run.ts; not part of the bot.
import { readFileSync } from 'node:fs';
import MiniSearch from 'minisearch';

const article = readFileSync(process.argv[2], 'utf8');
const sentences = article.split('\n').map((line) => line.replace(/^\s*•\s*/, '').trim()).filter(Boolean)
  .flatMap((line) => line.split(/(?<=[.!?])\s+(?=[A-ZÄÖÜ"„])/u)).map((text, id) => ({ id, text }));
const mini = new MiniSearch({ fields: ['text'], storeFields: ['text'] });
mini.addAll(sentences);
let out = '';
for (const question of readFileSync(0, 'utf8').split('\n')) {
  const best = mini.search(question)[0];
  out += `${JSON.stringify({ answered: Boolean(best), text: best?.text ?? '' })}\n`;
}
process.stdout.write(out);
