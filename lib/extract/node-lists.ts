/**
 * A NodeList or HTMLCollection as an array, read by index. In Chromium, `for…of` and spread
 * over a DOM list go through its iterator across the bindings, about three times the cost of
 * reading it by index; extraction walks such lists for every element it looks at.
 */
export function listed<T extends Node>(list: ArrayLike<T>): T[] {
  const out = new Array<T>(list.length);
  for (let i = 0; i < out.length; i++) out[i] = list[i]!;
  return out;
}
