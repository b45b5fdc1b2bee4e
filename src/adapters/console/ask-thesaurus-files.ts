/**
 * The OpenThesaurus tables of core/text/thesaurus.ts, read from data files beside the `ask` bundle on first use.
 * The bundle's build (scripts/build-ask.mjs) puts this module in place of core/text/thesaurus.ts and writes the
 * files from thesaurus.de.ts, so the tables are the same text; kept out of the bundle, their 2 MB are not read,
 * compiled and restored from the code cache at every start (about 6 ms). Used by the bundle only.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The text of a data file beside the bundle, read once. All ASCII, so latin1 gives V8 a one-byte string. */
function table(name: string): () => string {
  let text: string | undefined;
  return () => (text ??= read(fileURLToPath(new URL(`./${name}`, import.meta.url))));
}

function read(file: string): string {
  try {
    return readFileSync(file, 'latin1');
  } catch (error) {
    throw new Error(`the ask bundle's thesaurus data ${file} cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)}); run npm run build to write it`, { cause: error });
  }
}

export const thesaurusGroups: () => string = table('thesaurus-groups.de.txt');
export const thesaurusIndex: () => string = table('thesaurus-index.de.txt');
export const notNouns: () => string = table('not-nouns.de.txt');
export const hyponymTable: () => string = table('hyponyms.de.txt');
