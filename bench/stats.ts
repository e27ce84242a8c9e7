/** Pure statistics used by every benchmark: percentiles, medians and the upstream call chain. */

/** Nearest-rank percentile (p in 0..100) of unsorted samples; NaN when there are none. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((Math.min(100, Math.max(0, p)) / 100) * sorted.length);
  return sorted[Math.max(0, rank - 1)] as number;
}

/** The median, averaging the two middle values of an even count; NaN when there are none. */
export function median(samples: readonly number[]): number {
  const finite = samples.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (finite.length === 0) return Number.NaN;
  const mid = finite.length >> 1;
  return finite.length % 2 ? (finite[mid] as number) : ((finite[mid - 1] as number) + (finite[mid] as number)) / 2;
}

export interface Interval {
  start: number;
  end: number;
}

/**
 * The longest run of calls where each one starts only after the previous one ended: an upper bound on
 * the round trips a page waits for one after another (two calls that overlap cannot depend on each other).
 */
export function longestChain<T extends Interval>(calls: readonly T[]): T[] {
  const byEnd = [...calls].sort((a, b) => a.end - b.end || a.start - b.start);
  const length: number[] = [];
  const previous: number[] = [];
  let best = -1;
  byEnd.forEach((call, i) => {
    length[i] = 1;
    previous[i] = -1;
    for (let j = 0; j < i; j++) {
      const before = byEnd[j] as T;
      if (before.end <= call.start && (length[j] as number) + 1 > (length[i] as number)) {
        length[i] = (length[j] as number) + 1;
        previous[i] = j;
      }
    }
    if (best < 0 || (length[i] as number) > (length[best] as number)) best = i;
  });
  const chain: T[] = [];
  for (let i = best; i >= 0; i = previous[i] as number) chain.unshift(byEnd[i] as T);
  return chain;
}

/** Sum of the part of each long task beyond 50 ms, counting only tasks that start after `from` (FCP). */
export function totalBlockingTime(tasks: readonly { startTime: number; duration: number }[], from: number, until = Number.POSITIVE_INFINITY): number {
  return tasks.filter((t) => t.startTime >= from && t.startTime < until).reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0);
}
