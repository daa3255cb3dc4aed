/** Searching arrays sorted by an offset, shared by the quote and claim stages. */

/**
 * Index of the first item whose `key` is at least `value` in an array sorted by
 * `key` (binary search); `sorted.length` when there is none.
 */
export function firstAtOrAfter<T>(sorted: readonly T[], key: (item: T) => number, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(sorted[mid]!) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
