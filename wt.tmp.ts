import { readArticleFile } from '/work/main/src/content/read-article.js';
import { indexArticle } from '/work/main/src/core/qa/article-index.js';
import { parseQuestion } from '/work/main/src/core/qa/question.js';
import { weighTerms } from '/work/main/src/core/qa/weigh-terms.js';
const [file, q] = process.argv.slice(2);
const index = indexArticle(readArticleFile(file!));
const parsed = parseQuestion(q!, index.names, index.words, index.capitalOnly);
const w = weighTerms(parsed, index, new Map() as never);
if (w === 'missing') console.log('missing'); else for (const t of w) console.log(t.term.words.join(' '), t.weight.toFixed(2), t.alternatives.map((a) => `${a.keys.join('+')}:${a.weight.toFixed(2)}`).join(' '));
