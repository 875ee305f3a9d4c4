/** Items numbered from 1 (positions, versions), `from` and `to` inclusive; out-of-range bounds are clamped. */
export function sliceInclusive<T>(items: readonly T[], from = 1, to = items.length): T[] {
  return items.slice(Math.max(from, 1) - 1, Math.max(to, 0));
}
