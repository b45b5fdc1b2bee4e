import { readArticleFile } from '../src/content/read-article.js';
import { indexArticle } from '../src/core/qa/article-index.js';
import { ensureRoleReferences } from '../src/core/qa/coreference.js';
const index = indexArticle(readArticleFile(process.argv[2]!));
ensureRoleReferences(index);
for (const p of index.passages) for (const s of p.sentences) if (s.refers) console.log(p.id, s.text.slice(0, 60), '->', [...s.refers].join(' '));
console.log(index.names);
