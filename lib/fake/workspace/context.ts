import type { Scale } from "./scale";

/** What every fake generator and route sees: the scale, a fixed "now", and per-instance memory. */
export interface FakeWorkspace {
  scale: Scale;
  /** UNIX seconds, fixed when the workspace is created so data stays stable while it runs. */
  now: number;
  /** Origin Intercom would use in absolute links (`pages.next` URLs). */
  baseUrl: string;
  /** Computes once per workspace; for derived indexes of the default-scale data. */
  memo<T>(key: string, build: () => T): T;
  /** Mutable per-instance state, e.g. open company scrolls. */
  state: Map<string, unknown>;
}

export function createWorkspace(scale: Scale, baseUrl: string, now = Math.floor(Date.now() / 1000)): FakeWorkspace {
  const cache = new Map<string, unknown>();
  return {
    scale,
    now,
    baseUrl,
    memo<T>(key: string, build: () => T): T {
      if (!cache.has(key)) cache.set(key, build());
      return cache.get(key) as T;
    },
    state: new Map(),
  };
}

export const DAY = 86_400;
export const HOUR = 3_600;
