/**
 * `items.map(fn)` that always gives a packed array. V8's Array.prototype.map gives a packed
 * array when run by the interpreter and a holey one when inlined by the optimising compiler,
 * so an array read by other functions changes its kind with the tier of the code that built
 * it, and each reader optimised for one kind is deoptimised by the other. Use it for arrays
 * that leave the function building them (alternatives, sentences, citations).
 */
export function packedMap<T, U>(items: readonly T[], fn: (item: T, index: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < items.length; i++) out.push(fn(items[i]!, i));
  return out;
}
