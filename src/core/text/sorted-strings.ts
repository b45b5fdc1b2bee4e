/**
 * Positions of a list of strings sorted by the strings and by the strings read backwards, so the strings that start or
 * end with a given part are found by binary search (four bytes a string for each order). The comparisons are written
 * out in each search, not passed as functions: a call through a parameter is what made the searches slow.
 */

/** Compares two strings read backwards ("…fall" before "…zug"). */
function compareReversed(a: string, b: string): number {
  for (let k = 1; k <= a.length && k <= b.length; k++) {
    const gap = a.charCodeAt(a.length - k) - b.charCodeAt(b.length - k);
    if (gap !== 0) return gap;
  }
  return a.length - b.length;
}

/** Positions of `list` in the order of its strings. */
export function sortedForward(list: readonly string[]): Int32Array {
  return Int32Array.from(Array.from(list.keys()).sort((a, b) => (list[a]! < list[b]! ? -1 : list[a]! > list[b]! ? 1 : 0)));
}

/** Positions of `list` in the order of its strings read backwards. */
export function sortedBackward(list: readonly string[]): Int32Array {
  return Int32Array.from(Array.from(list.keys()).sort((a, b) => compareReversed(list[a]!, list[b]!)));
}

/** The first place in `order` (from sortedForward) whose string is not below `prefix`: the strings starting with it follow. */
export function firstFrom(list: readonly string[], order: Int32Array, prefix: string): number {
  let low = 0;
  let high = order.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (list[order[middle]!]! < prefix) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The first place in `order` (from sortedBackward) whose string read backwards is not below `suffix` read backwards. */
function firstFromEnd(list: readonly string[], order: Int32Array, suffix: string): number {
  let low = 0;
  let high = order.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compareReversed(list[order[middle]!]!, suffix) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Positions of the strings of `list` that start with `prefix` (pushed onto `out`). */
export function pushStartingWith(list: readonly string[], order: Int32Array, prefix: string, out: number[]): void {
  for (let at = firstFrom(list, order, prefix); at < order.length && list[order[at]!]!.startsWith(prefix); at++) out.push(order[at]!);
}

/** Positions of the strings of `list` that end with `suffix` (pushed onto `out`). */
export function pushEndingWith(list: readonly string[], order: Int32Array, suffix: string, out: number[]): void {
  for (let at = firstFromEnd(list, order, suffix); at < order.length && list[order[at]!]!.endsWith(suffix); at++) out.push(order[at]!);
}

/** Sorts positions and drops repeats, in place. */
export function sortedUnique(positions: number[]): void {
  positions.sort((a, b) => a - b);
  let kept = 0;
  for (let k = 0; k < positions.length; k++) if (k === 0 || positions[k] !== positions[k - 1]) positions[kept++] = positions[k]!;
  positions.length = kept;
}
