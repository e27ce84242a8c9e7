import "server-only";
import { LRUCache } from "lru-cache";
import { intercomSettings, type IntercomSettings } from "../env";
import { demoTransport, httpTransport, type Transport, type TransportResponse } from "./transport";

/**
 * The only code that talks to Intercom. It owns the deadline, the retries, request coalescing and
 * the response cache, so nothing else retries or caches upstream calls.
 */

export const RATE_LIMIT_HEADERS = ["x-ratelimit-limit", "x-ratelimit-remaining", "x-ratelimit-reset"] as const;

export interface UpstreamResponse {
  status: number;
  /** The X-RateLimit-* headers Intercom sent, lower-cased. */
  rateLimit: Record<string, string>;
  /** The JSON text exactly as Intercom sent it. */
  text: string;
  json: unknown;
  fromCache: boolean;
}

export type UpstreamFailureKind = "timeout" | "unreachable" | "bad_response" | "too_large" | "redirect";

export class UpstreamFailure extends Error {
  constructor(
    readonly kind: UpstreamFailureKind,
    message: string,
  ) {
    super(message);
    this.name = "UpstreamFailure";
  }
}

export interface CallOptions {
  method?: "GET" | "POST";
  /** Intercom path and query, already validated against the registry. */
  path: string;
  body?: string;
  /** Freshness for this endpoint; 0 turns the cache off. */
  ttlMs?: number;
}

const MAX_ATTEMPTS = 3;
const TOTAL_BUDGET_MS = 15_000;
const MAX_RATE_LIMIT_WAIT_MS = 10_000;
const MAX_BODY_BYTES = 32 * 1024 * 1024;

interface ClientState {
  settings: IntercomSettings;
  transport: Transport;
  cache: LRUCache<string, UpstreamResponse>;
  inflight: Map<string, Promise<UpstreamResponse>>;
}

let state: ClientState | undefined;

function clientState(): ClientState {
  if (!state) {
    const settings = intercomSettings();
    state = {
      settings,
      transport: settings.mode === "live" ? httpTransport(settings) : demoTransport(settings),
      cache: new LRUCache<string, UpstreamResponse>({ maxSize: 64 * 1024 * 1024, sizeCalculation: (v) => v.text.length + 64 }),
      inflight: new Map(),
    };
  }
  return state;
}

/** Test seam: swap the transport (and settings) for fault-injection tests. */
export function configureIntercomClient(settings: IntercomSettings, transport?: Transport): void {
  state = {
    settings,
    transport: transport ?? (settings.mode === "live" ? httpTransport(settings) : demoTransport(settings)),
    cache: new LRUCache<string, UpstreamResponse>({ maxSize: 64 * 1024 * 1024, sizeCalculation: (v) => v.text.length + 64 }),
    inflight: new Map(),
  };
}

export function intercomMode(): "demo" | "live" {
  return clientState().settings.mode;
}

/** A JSON call to Intercom: cached, coalesced, retried. */
export async function callIntercom({ method = "GET", path, body, ttlMs }: CallOptions): Promise<UpstreamResponse> {
  const s = clientState();
  const key = `${method} ${path}\n${body ?? ""}`;
  const ttl = ttlMs ?? s.settings.cacheTtlMs;
  if (ttl > 0) {
    const hit = s.cache.get(key);
    if (hit) return { ...hit, fromCache: true };
  }
  const pending = s.inflight.get(key);
  if (pending) return pending;
  const promise = fetchWithRetries(s, method, path, body)
    .then((res) => {
      if (ttl > 0 && res.status >= 200 && res.status < 300) s.cache.set(key, res, { ttl });
      return res;
    })
    .finally(() => s.inflight.delete(key));
  s.inflight.set(key, promise);
  return promise;
}

/** A streamed download (the content export): retried only before any byte is passed on. */
export async function streamIntercom(path: string): Promise<{ status: number; rateLimit: Record<string, string>; contentType?: string; body: ReadableStream<Uint8Array> }> {
  const s = clientState();
  const res = await attemptLoop(s, (signal) => s.transport({ method: "GET", path, accept: "application/octet-stream", signal }));
  return { status: res.status, rateLimit: rateLimitOf(res), contentType: res.header("content-type"), body: res.body };
}

async function fetchWithRetries(s: ClientState, method: "GET" | "POST", path: string, body?: string): Promise<UpstreamResponse> {
  let lastReadError: UpstreamFailure | undefined;
  const started = Date.now();
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const res = await attemptLoop(s, (signal) => s.transport({ method, path, accept: "application/json", body, signal }), started);
    try {
      const text = await readText(res.body, deadlineSignal(s, started));
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        throw new UpstreamFailure("bad_response", "Intercom sent a response that is not valid JSON.");
      }
      return { status: res.status, rateLimit: rateLimitOf(res), text, json, fromCache: false };
    } catch (e) {
      // A body cut off mid-stream is a network fault: retry; bad JSON and oversize bodies are final.
      if (e instanceof UpstreamFailure && e.kind !== "unreachable" && e.kind !== "timeout") throw e;
      lastReadError = e instanceof UpstreamFailure ? e : new UpstreamFailure("unreachable", "The connection to Intercom dropped.");
      if (Date.now() - started > TOTAL_BUDGET_MS) break;
    }
  }
  throw lastReadError ?? new UpstreamFailure("unreachable", "Intercom could not be reached.");
}

function deadlineSignal(s: ClientState, started: number): AbortSignal {
  const remaining = Math.max(1, Math.min(s.settings.timeoutMs, TOTAL_BUDGET_MS - (Date.now() - started)));
  return AbortSignal.timeout(remaining);
}

/** Sends until a response worth returning arrives; 429 and 5xx are retried inside the budget. */
async function attemptLoop(s: ClientState, send: (signal: AbortSignal) => Promise<TransportResponse>, started = Date.now()): Promise<TransportResponse> {
  let lastFailure: UpstreamFailure | undefined;
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const elapsed = Date.now() - started;
    if (elapsed >= TOTAL_BUDGET_MS) break;
    const signal = deadlineSignal(s, started);
    let res: TransportResponse;
    try {
      res = await send(signal);
    } catch {
      lastFailure = signal.aborted
        ? new UpstreamFailure("timeout", `Intercom did not answer within ${Math.round(s.settings.timeoutMs / 1000)} s.`)
        : new UpstreamFailure("unreachable", "Intercom could not be reached.");
      if (attempt < MAX_ATTEMPTS) await sleep(backoff(attempt), started);
      continue;
    }
    if (res.status >= 300 && res.status < 400) {
      await res.body.cancel().catch(() => {});
      throw new UpstreamFailure("redirect", "Intercom answered with a redirect, which Lens never follows.");
    }
    const last = attempt === MAX_ATTEMPTS;
    if (res.status === 429 && !last) {
      const wait = rateLimitWait(res);
      if (wait !== null && Date.now() - started + wait < TOTAL_BUDGET_MS) {
        await res.body.cancel().catch(() => {});
        await sleep(wait + Math.random() * 250, started);
        continue;
      }
      return res;
    }
    if (res.status >= 500 && !last && Date.now() - started + backoff(attempt) < TOTAL_BUDGET_MS) {
      await res.body.cancel().catch(() => {});
      await sleep(backoff(attempt), started);
      continue;
    }
    return res;
  }
  throw lastFailure ?? new UpstreamFailure("timeout", "Intercom did not answer in time.");
}

/** How long a 429 asks us to wait, clamped; null when it is longer than we are willing to wait. */
function rateLimitWait(res: TransportResponse): number | null {
  const now = Date.now();
  let wait: number | undefined;
  const reset = Number(res.header("x-ratelimit-reset"));
  if (Number.isFinite(reset) && reset > 0) wait = reset * 1000 - now;
  const retryAfter = res.header("retry-after");
  if (wait === undefined && retryAfter) {
    const seconds = Number(retryAfter);
    wait = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(retryAfter) - now;
  }
  if (wait === undefined || !Number.isFinite(wait)) wait = 1_000;
  wait = Math.max(0, wait);
  return wait > MAX_RATE_LIMIT_WAIT_MS ? null : wait;
}

function backoff(attempt: number): number {
  const base = 250 * 2 ** (attempt - 1);
  return base / 2 + Math.random() * base;
}

function sleep(ms: number, started: number): Promise<void> {
  const capped = Math.max(0, Math.min(ms, TOTAL_BUDGET_MS - (Date.now() - started)));
  return new Promise((resolve) => setTimeout(resolve, capped));
}

function rateLimitOf(res: TransportResponse): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of RATE_LIMIT_HEADERS) {
    const v = res.header(name);
    if (v !== undefined) out[name] = v;
  }
  return out;
}

async function readText(body: ReadableStream<Uint8Array>, signal: AbortSignal): Promise<string> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const onAbort = () => reader.cancel().catch(() => {});
  signal.addEventListener("abort", onAbort, { once: true });
  try {
    for (;;) {
      let step: ReadableStreamReadResult<Uint8Array>;
      try {
        step = await reader.read();
      } catch {
        throw signal.aborted
          ? new UpstreamFailure("timeout", "Intercom did not finish its answer in time.")
          : new UpstreamFailure("unreachable", "The connection to Intercom dropped.");
      }
      if (step.done) break;
      if (signal.aborted) throw new UpstreamFailure("timeout", "Intercom did not finish its answer in time.");
      size += step.value.byteLength;
      if (size > MAX_BODY_BYTES) {
        await reader.cancel().catch(() => {});
        throw new UpstreamFailure("too_large", "Intercom's answer is larger than Lens accepts.");
      }
      chunks.push(step.value);
    }
    if (signal.aborted) throw new UpstreamFailure("timeout", "Intercom did not finish its answer in time.");
  } finally {
    signal.removeEventListener("abort", onAbort);
  }
  return Buffer.concat(chunks).toString("utf8");
}
