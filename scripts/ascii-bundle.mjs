/**
 * Build step after esbuild: escapes the non-ASCII chars esbuild leaves in the bundle (in regex
 * literals and comments; it escapes strings itself) as \uXXXX, so the bundle is pure ASCII.
 * Why: Node decodes an ES module's source before V8 compiles it, and a source with one non-ASCII
 * char is decoded into a two-byte string, which for the 2.4 MB bundle costs about 8 ms of every
 * start. In a regex literal or a comment \uXXXX means the same char (a surrogate pair as two
 * escapes is one code point in a /u regex too). Usage: node scripts/ascii-bundle.mjs FILE
 */
import { readFileSync, writeFileSync } from 'node:fs';

const file = process.argv[2];
if (!file) throw new Error('usage: node scripts/ascii-bundle.mjs FILE');
const source = readFileSync(file, 'utf8');
const escaped = source.replace(/(\\*)([^\x00-\x7f])/g, (match, backslashes, char) => {
  // "\ä" (an identity escape) would turn into "\\u00e4", a backslash and text: refuse instead of guessing.
  if (backslashes.length % 2 === 1) throw new Error(`${file}: an escaped non-ASCII char (${match}) cannot be rewritten safely`);
  return `${backslashes}\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
});
if (escaped !== source) writeFileSync(file, escaped);
