/**
 * The OpenThesaurus tables (thesaurus.de.ts and hyponyms.de.ts, 3 MB of text) behind accessors, so the `ask` bundle can leave them out:
 * its build (scripts/build-ask.mjs) puts adapters/console/ask-thesaurus-files.ts in this module's place, which reads
 * the same tables from data files beside the bundle on first use instead of compiling them into every start.
 * Everywhere else (the bot, tests, tsx) they are the constants of thesaurus.de.ts.
 */
import { HYPONYMS } from './hyponyms.de.js';
import { NOT_NOUNS, THESAURUS_GROUPS, THESAURUS_INDEX } from './thesaurus.de.js';

/** THESAURUS_GROUPS: one synonym group per line, the index keys of its words. */
export function thesaurusGroups(): string {
  return THESAURUS_GROUPS;
}

/** THESAURUS_INDEX: one sorted line per key, the key and the numbers (base 36) of its groups. */
export function thesaurusIndex(): string {
  return THESAURUS_INDEX;
}

/** NOT_NOUNS: the folded words OpenThesaurus writes only in lower case, one per line, sorted. */
export function notNouns(): string {
  return NOT_NOUNS;
}

/** HYPONYMS: one sorted line per broader term's key, then the keys of the narrower words under it. */
export function hyponymTable(): string {
  return HYPONYMS;
}
