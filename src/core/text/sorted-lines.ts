/**
 * A sorted, newline-separated table (a key, a space, the rest) with the start of each of its lines, so a key is found by
 * bisection over the lines. Bisecting over the characters instead had to scan back and forth to the ends of the line it
 * landed in, and some lines are thousands of characters long (the broader terms with many narrower words).
 */
export class SortedLines {
  private readonly starts: Uint32Array;

  constructor(readonly text: string) {
    let count = text.length > 0 ? 1 : 0;
    for (let at = text.indexOf('\n'); at >= 0 && at + 1 < text.length; at = text.indexOf('\n', at + 1)) count++;
    this.starts = new Uint32Array(count);
    let line = 0;
    for (let at = 0; line < count; line++) {
      this.starts[line] = at;
      at = text.indexOf('\n', at) + 1;
    }
  }

  /** The offset of the first line whose first word is not below `prefix` (the text's length if none). */
  firstFrom(prefix: string): number {
    let low = 0;
    let high = this.starts.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compareFirstWord(this.text, this.starts[middle]!, this.lineEnd(middle), prefix) < 0) low = middle + 1;
      else high = middle;
    }
    return low < this.starts.length ? this.starts[low]! : this.text.length;
  }

  /** The line whose first word is `key`, or null. */
  lineOf(key: string): string | null {
    const start = this.firstFrom(key);
    if (start >= this.text.length) return null;
    let end = this.text.indexOf('\n', start);
    if (end < 0) end = this.text.length;
    return compareFirstWord(this.text, start, end, key) === 0 ? this.text.slice(start, end) : null;
  }

  private lineEnd(line: number): number {
    return line + 1 < this.starts.length ? this.starts[line + 1]! - 1 : this.text.length;
  }
}

/**
 * The order of the first word of the line `table[start, end)` and `key`, as `<` on strings would give it
 * (negative: the word comes first). Compared in place: no substring, and no search for a space beyond the line.
 */
function compareFirstWord(table: string, start: number, end: number, key: string): number {
  for (let k = 0; ; k++) {
    const at = start + k;
    const wordEnded = at >= end || table.charCodeAt(at) === 32;
    if (k === key.length) return wordEnded ? 0 : 1;
    if (wordEnded) return -1;
    const gap = table.charCodeAt(at) - key.charCodeAt(k);
    if (gap !== 0) return gap;
  }
}
