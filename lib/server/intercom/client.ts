import "server-only";
import { LRUCache } from "lru-cache";
import { intercomSettings, type IntercomSettings } from "../env";
import { demoTransport, httpTransport, type Transport, type TransportRequest, type TransportResponse } from "./transport";

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

/**
 * A streamed download (the content export): retried only before any byte is passed on. The
 * deadline covers the wait for headers (withAttempts clears it once this returns); the body then
 * streams for as long as it takes, with undici's idle timeout guarding a stalled socket.
 */
export async function streamIntercom(path: string): Promise<{ status: number; rateLimit: Record<string, string>; contentType?: string; body: ReadableStream<Uint8Array> }> {
  const s = clientState();
  return withAttempts(s, { method: "GET", path, accept: "application/octet-stream" }, async (res, deadline) => {
    let body = res.body;
    if (res.status < 200 || res.status >= 300) {
      // Error bodies are small JSON, read under the deadline so a token an upstream echoes never passes through.
      const text = redact(await readText(res.body, deadline.signal), s.settings.token);
      body = new Response(text).body ?? emptyStream();
    }
    return { status: res.status, rateLimit: rateLimitOf(res), contentType: res.header("content-type"), body };
  });
}

function fetchWithRetries(s: ClientState, method: "GET" | "POST", path: string, body?: string): Promise<UpstreamResponse> {
  return withAttempts(s, { method, path, accept: "application/json", body }, async (res, deadline) => {
    const type = res.header("content-type");
    if (type !== undefined && !/\bjson\b/i.test(type)) {
      await discard(res);
      throw new UpstreamFailure("bad_response", "Intercom answered with something other than JSON.");
    }
    const text = redact(await readText(res.body, deadline.signal), s.settings.token);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new UpstreamFailure("bad_response", "Intercom sent a response that is not valid JSON.");
    }
    return { status: res.status, rateLimit: rateLimitOf(res), text, json, fromCache: false };
  });
}

interface Deadline {
  signal: AbortSignal;
  clear(): void;
}

/** One attempt's deadline: the per-call timeout, cut short by what is left of the total budget. */
function attemptDeadline(s: ClientState, started: number): Deadline {
  const ms = Math.max(1, Math.min(s.settings.timeoutMs, TOTAL_BUDGET_MS - (Date.now() - started)));
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), ms);
  return { signal: controller.signal, clear: () => clearTimeout(timer) };
}

/**
 * Sends until an answer worth returning arrives, then hands it to `consume`. At most MAX_ATTEMPTS
 * sends in all, inside TOTAL_BUDGET_MS: 429 waits for the reset when it is near, 5xx and network
 * faults (also a body cut off mid-stream) back off with jitter; a redirect, bad JSON, an oversize
 * body or anything else is final.
 */
async function withAttempts<T>(
  s: ClientState,
  req: Omit<TransportRequest, "signal">,
  consume: (res: TransportResponse, deadline: Deadline) => Promise<T>,
): Promise<T> {
  const started = Date.now();
  let lastFailure: UpstreamFailure | undefined;
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    if (Date.now() - started >= TOTAL_BUDGET_MS) break;
    const last = attempt === MAX_ATTEMPTS;
    const deadline = attemptDeadline(s, started);
    try {
      const res = await untilAborted(s.transport({ ...req, signal: deadline.signal }), deadline.signal);
      if (res.status >= 300 && res.status < 400) {
        await discard(res);
        throw new UpstreamFailure("redirect", "Intercom answered with a redirect, which Lens never follows.");
      }
      const wait = last ? null : retryWait(res, attempt, started);
      if (wait !== null) {
        await discard(res);
        deadline.clear();
        await sleep(wait, started);
        continue;
      }
      return await consume(res, deadline);
    } catch (e) {
      const failure = asFailure(e, deadline.signal, s.settings.timeoutMs);
      if (failure.kind !== "unreachable" && failure.kind !== "timeout") throw failure;
      lastFailure = failure;
      deadline.clear();
      if (!last) await sleep(backoff(attempt), started);
    } finally {
      deadline.clear();
    }
  }
  throw lastFailure ?? new UpstreamFailure("timeout", "Intercom did not answer in time.");
}

/** How long to wait before retrying this answer, or null to return it as it is. */
function retryWait(res: TransportResponse, attempt: number, started: number): number | null {
  const left = TOTAL_BUDGET_MS - (Date.now() - started);
  if (res.status === 429) {
    const wait = rateLimitWait(res);
    return wait !== null && wait < left ? wait + Math.random() * 250 : null;
  }
  // 501 Not Implemented will not change on a retry; every other 5xx may.
  if (res.status >= 500 && res.status !== 501) {
    const wait = backoff(attempt);
    return wait < left ? wait : null;
  }
  return null;
}

/** Settles with the transport's answer, or rejects when the deadline fires even if the transport ignores it. */
function untilAborted(pending: Promise<TransportResponse>, signal: AbortSignal): Promise<TransportResponse> {
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(new UpstreamFailure("timeout", "Intercom did not answer in time."));
    if (signal.aborted) onAbort();
    signal.addEventListener("abort", onAbort, { once: true });
    pending.then(
      (res) => {
        signal.removeEventListener("abort", onAbort);
        // An answer that lands after the deadline is dropped; release its connection.
        if (signal.aborted) void discard(res);
        else resolve(res);
      },
      (e: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(e);
      },
    );
  });
}

function asFailure(e: unknown, signal: AbortSignal, timeoutMs: number): UpstreamFailure {
  if (signal.aborted) {
    const limit = timeoutMs >= 1000 ? `${Math.round(timeoutMs / 1000)} s` : `${timeoutMs} ms`;
    return e instanceof UpstreamFailure && e.kind !== "timeout" && e.kind !== "unreachable" ? e : new UpstreamFailure("timeout", `Intercom did not answer within ${limit}.`);
  }
  return e instanceof UpstreamFailure ? e : new UpstreamFailure("unreachable", "Intercom could not be reached.");
}

function discard(res: TransportResponse): Promise<void> {
  return res.body.cancel().catch(() => {});
}

/** How long a 429 asks us to wait, clamped at 0; null when it is longer than we are willing to wait. */
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

/** Intercom never echoes the token, but a proxy in between might: it must not reach a browser. */
function redact(text: string, token: string | null): string {
  return token && token.length >= 8 && text.includes(token) ? text.split(token).join("[redacted]") : text;
}

function emptyStream(): ReadableStream<Uint8Array> {
  return new ReadableStream({ start: (c) => c.close() });
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
