/**
 * The number of leading items for which `before` holds, found by binary search: the items must be
 * ordered so that it holds for a prefix of them only (C++'s partition_point). Every "first item at
 * or after an offset" lookup of the engine and its adapters is this one search.
 */
export function partitionPoint<T>(items: readonly T[], before: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(items[mid])) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
