/**
 * The Snowball German stemmer (snowballstem.org, "german", the variant with the "niss"
 * rule), written out for German only: the npm package loads every language (~65 ms at
 * start-up) to stem one. Same output as `snowball-stemmers`' German stemmer; tests compare.
 */

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y', 'ä', 'ö', 'ü']);
/** Letters before which a final "s" is an ending (b, d, f, g, h, k, l, m, n, r, t). */
const S_ENDING = new Set(['b', 'd', 'f', 'g', 'h', 'k', 'l', 'm', 'n', 'r', 't']);
/** Letters before which a final "st" is an ending (the s-endings without r). */
const ST_ENDING = new Set(['b', 'd', 'f', 'g', 'h', 'k', 'l', 'm', 'n', 't']);

const STEP1 = ['ern', 'em', 'er', 'en', 'es', 'e', 's'];
const STEP2 = ['est', 'en', 'er', 'st'];
const STEP3 = ['isch', 'lich', 'heit', 'keit', 'end', 'ung', 'ig', 'ik'];

/** The marks of the prelude and the umlauts, which the stem gives back as plain letters. */
const MARKED = /[UYäöü]/;
const MARKED_ALL = /[UYäöü]/g;
const UNMARKED: Readonly<Record<string, string>> = { U: 'u', Y: 'y', ä: 'a', ö: 'o', ü: 'u' };

const isVowel = (char: string | undefined): boolean => char !== undefined && VOWELS.has(char);

/** Marks u and y between vowels (U, Y) so they count as consonants; ß becomes ss. Most words have neither: returned as they are. */
function prelude(word: string): string {
  const plain = word.includes('ß') ? word.replace(/ß/g, 'ss') : word;
  let out = '';
  let copied = 0;
  for (let i = 1; i + 1 < plain.length; i++) {
    const char = plain[i];
    // A letter just marked is no longer a vowel ("gauuen": the second u stays).
    if ((char === 'u' || char === 'y') && copied !== i && isVowel(plain[i - 1]) && isVowel(plain[i + 1])) {
      out += plain.slice(copied, i) + char.toUpperCase();
      copied = i + 1;
    }
  }
  return copied === 0 ? plain : out + plain.slice(copied);
}

/** Start of the region after the first non-vowel following a vowel, from `from`; `length` when none. */
function regionAfter(word: string, from: number): number {
  let i = from;
  while (i < word.length && !isVowel(word[i])) i++;
  while (i < word.length && isVowel(word[i])) i++;
  return i < word.length ? i + 1 : word.length;
}

/** The longest suffix of `word` among `suffixes` (ordered longest first where they overlap), or ''. */
function longestSuffix(word: string, suffixes: readonly string[]): string {
  let best = '';
  for (const suffix of suffixes) if (suffix.length > best.length && word.endsWith(suffix)) best = suffix;
  return best;
}

function step1(word: string, r1: number): string {
  const suffix = longestSuffix(word, STEP1);
  const at = word.length - suffix.length;
  if (!suffix || at < r1) return word;
  if (suffix === 's') return S_ENDING.has(word[at - 1] ?? '') ? word.slice(0, at) : word;
  const cut = word.slice(0, at);
  if ((suffix === 'e' || suffix === 'en' || suffix === 'es') && cut.endsWith('niss')) return cut.slice(0, -1);
  return cut;
}

function step2(word: string, r1: number): string {
  const suffix = longestSuffix(word, STEP2);
  const at = word.length - suffix.length;
  if (!suffix || at < r1) return word;
  if (suffix === 'st') return ST_ENDING.has(word[at - 1] ?? '') && at - 1 >= 3 ? word.slice(0, at) : word;
  return word.slice(0, at);
}

function step3(word: string, r1: number, r2: number): string {
  const suffix = longestSuffix(word, STEP3);
  const at = word.length - suffix.length;
  if (!suffix || at < r2) return word;
  const cut = word.slice(0, at);
  switch (suffix) {
    case 'end':
    case 'ung':
      return cut.endsWith('ig') && cut[cut.length - 3] !== 'e' && cut.length - 2 >= r2 ? cut.slice(0, -2) : cut;
    case 'ig':
    case 'ik':
    case 'isch':
      return cut.endsWith('e') ? word : cut;
    case 'lich':
    case 'heit':
      return (cut.endsWith('er') || cut.endsWith('en')) && cut.length - 2 >= r1 ? cut.slice(0, -2) : cut;
    default: {
      // keit
      const inner = longestSuffix(cut, ['lich', 'ig']);
      return inner && cut.length - inner.length >= r2 ? cut.slice(0, -inner.length) : cut;
    }
  }
}

/** The Snowball German stem of a lower-case word. */
export function snowballGerman(input: string): string {
  let word = prelude(input);
  let r1 = word.length;
  let r2 = word.length;
  if (word.length >= 3) {
    r1 = Math.max(regionAfter(word, 0), 3);
    const rawR1 = regionAfter(word, 0);
    r2 = rawR1 >= word.length ? word.length : regionAfter(word, rawR1);
    r1 = Math.min(r1, word.length);
  }
  word = step1(word, r1);
  word = step2(word, r1);
  word = step3(word, r1, r2);
  return MARKED.test(word) ? word.replace(MARKED_ALL, (char) => UNMARKED[char] ?? char) : word;
}
