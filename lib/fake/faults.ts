/**
 * Fault switches for the fake Intercom: tests and benchmarks flip them to see how Lens copes.
 * A fault applies to the next `times` requests (all of them when `times` is absent).
 */

export type FaultKind = "rate_limit" | "unauthorized" | "server_error" | "malformed" | "slow" | "html" | "redirect" | "hang" | "leaky_headers";

export interface Fault {
  kind: FaultKind;
  times?: number;
  /** rate_limit: seconds until X-RateLimit-Reset. */
  resetInSeconds?: number;
  /** slow: delay before answering. */
  delayMs?: number;
  /** Only requests whose path starts with this are affected. */
  pathPrefix?: string;
  /** redirect: where the 302 points. */
  location?: string;
  /** server_error: which 5xx to answer (500 when absent). */
  status?: number;
}

export function parseFault(raw: string | undefined): Fault | null {
  if (!raw) return null;
  const [kind, arg] = raw.split(":");
  const kinds: FaultKind[] = ["rate_limit", "unauthorized", "server_error", "malformed", "slow", "html", "redirect", "hang", "leaky_headers"];
  if (!kinds.includes(kind as FaultKind)) throw new Error(`Unknown fault "${kind}". Use one of ${kinds.join(", ")}.`);
  const n = arg === undefined ? undefined : Number(arg);
  if (kind === "slow") return { kind, delayMs: n ?? 2_000 };
  if (kind === "rate_limit") return { kind, resetInSeconds: n ?? 2 };
  if (kind === "server_error") return { kind, status: n ?? 500 };
  return { kind: kind as FaultKind };
}
