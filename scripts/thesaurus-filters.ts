/** Filters shared by the scripts that build tables from OpenThesaurus (build-synonyms.ts, build-hyponyms.ts). */
import { fold } from '../src/core/text/normalize.js';
import { wordKeys } from '../src/core/text/keys.js';

/** Senses that mislead a reader's question more than they help. */
export const DROPPED = /\((?:[^)]*\b)?(vulg|derb|abwertend|veraltet|veraltend|fig|scherzh|ironisch|regional|österr|schweiz|lat|franz|ital|span|griech|Jargon|Amtsdeutsch|selten|historisch|salopp|Bibel|Jägersprache|Seemannssprache|militärisch)/;

/** Letters an ending takes at most ("-ungen" is five; "-stern" cut off a compound is one more). */
const MAX_ENDING = Number(process.env.MAX_ENDING ?? 5);

/**
 * Whether the stemmer leaves a word whole but for an ending: it also cuts what looks like an ending off compounds
 * ("Abendstern" -> "abend", "Morgenstern" -> "morg"), and such a key would make "Abend" a synonym of "Morgen".
 */
export function stemsCleanly(word: string): boolean {
  const folded = fold(word);
  return folded.length - wordKeys(folded)[0]!.length <= MAX_ENDING;
}
