import { readArticleFile } from '../src/content/read-article.js';
import { indexArticle } from '../src/core/qa/article-index.js';
const index = indexArticle(readArticleFile(process.argv[2]!));
console.log(index.names.map((n) => n.join(' ')).join(' | '));
