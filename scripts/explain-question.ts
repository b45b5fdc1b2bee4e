/** Debugging aid: the parsed terms of a question, how each resolves in an article, and the decision. Usage: npx tsx scripts/explain-question.ts ARTICLE "question" ... */
import { readArticleFile } from '../src/content/read-article.js';
import { indexArticle } from '../src/core/qa/article-index.js';
import { resolveTerm } from '../src/core/qa/match.js';
import { parseQuestion } from '../src/core/qa/question.js';
import { decide, rankPassages } from '../src/core/qa/retrieve.js';

const [file, ...questions] = process.argv.slice(2);
const index = indexArticle(readArticleFile(file!));
const cache = new Map();
for (const q of questions) {
  const parsed = parseQuestion(q, index.names, index.words, index.capitalOnly);
  console.log(`\n${q}  focus=${parsed.focus}`);
  for (const term of parsed.terms) {
    const alts = resolveTerm(term, index, cache);
    console.log(`  ${term.words.join(' ')} keys=${term.keys.join(',')} ${term.soft ? 'soft ' : ''}${term.verbLike ? 'verb ' : ''}${term.nounLike ? 'noun ' : ''}-> ${alts.map((a) => `${a.keys.join('+')}:${a.weight.toFixed(2)}`).join(' ') || 'MISSING'}`);
  }
  const ranked = rankPassages(parsed, index, cache);
  if (ranked !== 'missing') for (const h of ranked.slice(0, Number(process.env.TOP ?? 4))) console.log(`    ranked ${h.passage.id} score ${h.score.toFixed(2)} cov ${h.coverage.toFixed(2)} s ${h.sentenceCoverage.toFixed(2)} f ${h.focusCoverage.toFixed(2)}${process.env.SENT ? h.sentences.map((sentence) => `\n      | ${sentence.text.slice(0, 110)}`).join('') : ''}`);
  const d = decide(parsed, index, cache);
  console.log(`  decision: ${d.kind}${'reason' in d ? ` ${d.reason}` : ''}${'hits' in d ? ` ${d.hits.map((h) => `${h.passage.id}(${h.score.toFixed(2)} cov ${h.coverage.toFixed(2)} s ${h.sentenceCoverage.toFixed(2)} f ${h.focusCoverage.toFixed(2)})`).join(' ')}` : ''}`);
}
