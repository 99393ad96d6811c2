/**
 * The longest prefix of `items` whose sizes add up to no more than `budget`: how a list is cut to
 * fit a limit (GitHub's for step outputs, a model's context) without reordering or skipping.
 */
export function prefixWithin<T>(items: readonly T[], budget: number, sizeOf: (item: T) => number): T[] {
  let used = 0;
  let count = 0;
  for (const item of items) {
    used += sizeOf(item);
    if (used > budget) break;
    count++;
  }
  return items.slice(0, count);
}
