/** Deterministic randomness: every fake record is a pure function of (seed, kind, index). */

export type Rng = () => number;

export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a over a string: stable seeds for named record kinds. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A generator for record `index` of `kind`; the same inputs always give the same sequence. */
export function rngFor(kind: string, index: number): Rng {
  return mulberry32(hashString(kind) ^ Math.imul(index + 1, 0x9e3779b1));
}

export function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)]!;
}

export function int(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

export function chance(rng: Rng, p: number): boolean {
  return rng() < p;
}

/** k distinct items, order preserved from the source list. */
export function sample<T>(rng: Rng, items: readonly T[], k: number): T[] {
  const chosen = new Set<number>();
  const n = Math.min(k, items.length);
  while (chosen.size < n) chosen.add(Math.floor(rng() * items.length));
  return [...chosen].sort((a, b) => a - b).map((i) => items[i]!);
}

/** Skewed pick: low indices are chosen far more often, like real "top" users or tags. */
export function pickSkewed<T>(rng: Rng, items: readonly T[], skew = 2): T {
  return items[Math.floor(rng() ** skew * items.length)]!;
}
