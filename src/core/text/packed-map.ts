/**
 * Arrays of one elements kind. V8 gives an array a kind (small integers, objects; packed or
 * holey) and optimised code that reads arrays is specialised to the kinds it has seen, so a
 * new kind met late in a run throws that code back to the interpreter. Array.prototype.map
 * gives a packed array when run by the interpreter and a holey one when inlined by the
 * optimising compiler, and a `[]` literal starts with the small-integer kind while every
 * non-empty array of strings or objects has the object kind. Use these for arrays that leave
 * the function building them (alternatives, sentences, citations, keys).
 */

/** An empty array of the packed object kind (`[]` would be of the small-integer kind until something is pushed). */
export function emptyPacked<T>(): T[] {
  const out: (T | null)[] = [null];
  out.pop();
  return out as T[];
}

/** `items.map(fn)` as a packed array of the object kind, whatever runs it and however many items there are. */
export function packedMap<T, U>(items: readonly T[], fn: (item: T, index: number) => U): U[] {
  const out = emptyPacked<U>();
  for (let i = 0; i < items.length; i++) out.push(fn(items[i]!, i));
  return out;
}
