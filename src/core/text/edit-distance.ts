/** Typo tolerance: are two words at most one edit apart (insert, delete, substitute, swap)? */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const lengthGap = a.length - b.length;
  if (lengthGap > 1 || lengthGap < -1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (lengthGap === 0) {
    if (sameTail(a, i + 1, b, i + 1)) return true;
    // Damerau: an adjacent swap ("fürht" ~ "führt") is one edit.
    return a[i] === b[i + 1] && a[i + 1] === b[i] && sameTail(a, i + 2, b, i + 2);
  }
  return lengthGap > 0 ? sameTail(a, i + 1, b, i) : sameTail(a, i, b, i + 1);
}

/** Whether `a` from `fromA` equals `b` from `fromB` (no substrings allocated). */
function sameTail(a: string, fromA: number, b: string, fromB: number): boolean {
  const rest = Math.max(0, a.length - fromA);
  if (rest !== Math.max(0, b.length - fromB)) return false;
  for (let k = 0; k < rest; k++) if (a.charCodeAt(fromA + k) !== b.charCodeAt(fromB + k)) return false;
  return true;
}

/** Shortest word in which one changed letter still counts as a typo: shorter ones are other words ("Wetter", "weiter"). */
const MIN_SUBSTITUTION_WORD = 8;

/** Whether `a` is a typo of `b`: one edit apart, but not one changed letter in a word under eight letters. */
export function isTypoOf(a: string, b: string): boolean {
  if (!withinOneEdit(a, b)) return false;
  if (a.length !== b.length || a.length >= MIN_SUBSTITUTION_WORD) return true;
  let differences = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) differences++;
  // Two differences of equal length within one edit are a swap ("fürht"), which counts.
  return differences !== 1;
}

/** Shortest word in which two edits still count as a typo ("Satteliten" ~ "Satelliten"). */
export const MIN_TWO_EDIT_WORD = 10;

/** The two rows of isTwoEditTypoOf, reused for words under 64 letters. */
const ROW_A = new Int32Array(64);
const ROW_B = new Int32Array(64);

/**
 * Whether two long words are at most two edits apart (Levenshtein, computed in a band of
 * width two) with the same first letter: a typo, not another word, in words of ten letters or more.
 */
export function isTwoEditTypoOf(a: string, b: string): boolean {
  if (a.length < MIN_TWO_EDIT_WORD || b.length < MIN_TWO_EDIT_WORD || a[0] !== b[0] || Math.abs(a.length - b.length) > 2) return false;
  const band = 2;
  // Two rows, reused: words of a question are short, so these buffers are enough for any pair (longer ones get new rows).
  let previous = b.length < ROW_A.length ? ROW_A : new Int32Array(b.length + 1);
  let current = b.length < ROW_A.length ? ROW_B : new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current.fill(band + 1, 0, b.length + 1);
    current[0] = i;
    let best = current[0];
    for (let j = Math.max(1, i - band); j <= Math.min(b.length, i + band); j++) {
      const substitution = previous[j - 1]! + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1);
      current[j] = Math.min(substitution, previous[j]! + 1, current[j - 1]! + 1);
      best = Math.min(best, current[j]!);
    }
    if (best > band) return false;
    [previous, current] = [current, previous];
  }
  return previous[b.length]! <= band;
}
