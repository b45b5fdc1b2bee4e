import { readArticleFile } from './src/content/read-article.ts';
import { indexArticle } from './src/core/qa/article-index.ts';
import { parseQuestion } from './src/core/qa/question.ts';
const [file, q] = process.argv.slice(2);
const index = indexArticle(readArticleFile(file!));
const parsed = parseQuestion(q!, index.names, index.words, index.capitalOnly);
console.log(JSON.stringify(parsed.terms.map(t => ({ w: t.words, k: t.keys, n: t.nounLike, v: t.verbLike, s: t.soft }))));
console.log([...index.names.entries?.() ?? []].slice(0,0));
