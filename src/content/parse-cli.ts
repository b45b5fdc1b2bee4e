/** `npm run parse -- FILE`: prints the parsed Article as JSON, or a one-line ContentError. */
import { ContentError } from './content-error.js';
import { readArticleFile } from './read-article.js';

const files = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
if (files.length === 0) {
  process.stderr.write('Usage: npm run parse -- FILE.txt [FILE.txt …]\n');
  process.exit(2);
}
let failed = false;
for (const file of files) {
  try {
    process.stdout.write(`${JSON.stringify(readArticleFile(file), null, 2)}\n`);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    process.stderr.write(`Error: ${error.message}\n`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
