/**
 * How many upstream round trips a page waits on one after another: the longest run of calls where
 * each starts only after the previous one ended (calls that overlap are side by side, not in a row).
 */
export function upstreamChain(calls: readonly { start: number; end: number }[]): number {
  const sorted = [...calls].sort((a, b) => a.start - b.start);
  const depth: number[] = [];
  let longest = 0;
  for (let i = 0; i < sorted.length; i++) {
    let before = 0;
    for (let j = 0; j < i; j++) if (sorted[j]!.end <= sorted[i]!.start) before = Math.max(before, depth[j]!);
    depth.push(before + 1);
    longest = Math.max(longest, before + 1);
  }
  return longest;
}
