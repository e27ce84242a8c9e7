import "server-only";
import { cacheMaxBytes, intercomSettings, type IntercomSettings } from "../env";
import { MemoryResponseCache, type CachedAnswer, type ResponseCache } from "./cache";
import { MemoryCoalescer, type Coalescer } from "./coalesce";
import { matchCall } from "@/lib/intercom/match";
import { sharedClientParts } from "../shared/plug";
import { traceUpstream } from "../tracing";
import { GovernorBusy } from "./governor";
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
  /** The JSON text exactly as Intercom sent it (checked to parse; callers parse what they need). */
  text: string;
}

export type UpstreamFailureKind = "timeout" | "unreachable" | "bad_response" | "too_large" | "redirect" | "busy";

export class UpstreamFailure extends Error {
  constructor(
    readonly kind: UpstreamFailureKind,
    message: string,
    /** For "busy": when the caller may try again. */
    readonly retryAfterMs?: number,
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
  /** Who the call is for (a session or client address): the governor gives callers turns. */
  caller?: string;
}

const MAX_ATTEMPTS = 3;
const TOTAL_BUDGET_MS = 15_000;
const MAX_RATE_LIMIT_WAIT_MS = 10_000;
/** The largest answer one dashboard request needs; Intercom's biggest pages are well under it. */
export const MAX_BODY_BYTES = 8 * 1024 * 1024;
/** A wrong id stays wrong: a 404 is kept this long so a retrying client cannot spend the budget on it. */
const NOT_FOUND_TTL_MS = 30_000;

interface ClientState {
  settings: IntercomSettings;
  transport: Transport;
  cache: ResponseCache;
  coalescer: Coalescer;
}

let state: ClientState | undefined;

function clientState(): ClientState {
  state ??= newState(intercomSettings());
  return state;
}

function newState(settings: IntercomSettings, transport?: Transport, parts: { cache?: ResponseCache; coalescer?: Coalescer } = {}): ClientState {
  const memory = new MemoryResponseCache({ maxBytes: cacheMaxBytes() });
  // With REDIS_URL set, the memory cache sits in front of the shared one and waits are shared too.
  const shared = parts.cache || parts.coalescer ? null : sharedClientParts(settings, memory, fromCached);
  return {
    settings,
    transport: transport ?? (settings.mode === "live" ? httpTransport(settings) : demoTransport(settings)),
    cache: parts.cache ?? shared?.cache ?? memory,
    coalescer: parts.coalescer ?? shared?.coalescer ?? new MemoryCoalescer(),
  };
}

function fromCached(hit: CachedAnswer): UpstreamResponse {
  return { status: hit.status, rateLimit: hit.rateLimit, text: hit.body.toString("utf8") };
}

/** Test seam (swap the transport for fault injection), and where a shared cache and coalescer are plugged in. */
export function configureIntercomClient(settings: IntercomSettings, transport?: Transport, parts?: { cache?: ResponseCache; coalescer?: Coalescer }): void {
  state = newState(settings, transport, parts);
}

/** The parsed body of an answer; parsed per use, since keeping the tree would cost three times the text. */
export function parseBody<T = unknown>(res: UpstreamResponse): T {
  return JSON.parse(res.text) as T;
}

function cacheKey(method: string, path: string, body: string | undefined): string {
  return `${method} ${path}\n${body ?? ""}`;
}

function ttlFor(s: ClientState, ttlMs: number | undefined): number {
  return ttlMs ?? s.settings.cacheTtlMs;
}

/** Whether this call would be answered from the cache now (so it costs no upstream call). */
export async function isCached({ method = "GET", path, body, ttlMs }: CallOptions): Promise<boolean> {
  const s = clientState();
  return ttlFor(s, ttlMs) > 0 && (await s.cache.has(cacheKey(method, path, body)));
}

/** A JSON call to Intercom: cached, coalesced, retried (and traced when tracing is on). */
export function callIntercom({ method = "GET", path, body, ttlMs, caller }: CallOptions): Promise<UpstreamResponse> {
  const s = clientState();
  return traceUpstream(
    () => endpointOf(method, path),
    async (note) => {
      const key = cacheKey(method, path, body);
      const ttl = ttlFor(s, ttlMs);
      if (ttl > 0) {
        const hit = await s.cache.get(key);
        if (hit) {
          note({ status: hit.status, tier: hit.tier ?? "memory" });
          return fromCached(hit);
        }
      }
      let fetched = false;
      const res = await s.coalescer.run(key, async () => {
        fetched = true;
        const { res, bytes } = await fetchWithRetries(s, { method, path, body, caller }, MAX_ATTEMPTS);
        const keep = res.status >= 200 && res.status < 300 ? ttl : res.status === 404 ? Math.min(ttl, NOT_FOUND_TTL_MS) : 0;
        if (keep > 0) await s.cache.set(key, { status: res.status, rateLimit: res.rateLimit, body: bytes } satisfies CachedAnswer, keep);
        return res;
      });
      // Not fetched here: this call waited for the same call in this process or on another instance.
      note({ status: res.status, tier: fetched ? "origin" : "coalesced" });
      return res;
    },
  );
}

/** The registry id of an upstream call, for traces. */
function endpointOf(method: string, path: string): string {
  const q = path.indexOf("?");
  const match = matchCall(method, q < 0 ? path : path.slice(0, q), q < 0 ? "" : path.slice(q));
  return match.ok ? match.id : "unlisted";
}

/**
 * One send, never retried, coalesced or cached: for calls whose repeat changes what Intercom
 * does (a company scroll page: resending the same scroll_param skips a page). `signal` ends it.
 */
export async function callIntercomOnce({ path, caller }: Pick<CallOptions, "path" | "caller">, signal?: AbortSignal): Promise<UpstreamResponse> {
  const s = clientState();
  const { res } = await fetchWithRetries(s, { method: "GET", path, caller }, 1, signal);
  return res;
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
      const text = redact((await readBytes(res.body, deadline.signal)).toString("utf8"), s.settings.token);
      body = new Response(text).body ?? emptyStream();
    }
    return { status: res.status, rateLimit: rateLimitOf(res), contentType: res.header("content-type"), body };
  });
}

function fetchWithRetries(
  s: ClientState,
  req: { method: "GET" | "POST"; path: string; body?: string; caller?: string },
  attempts: number,
  signal?: AbortSignal,
): Promise<{ res: UpstreamResponse; bytes: Buffer }> {
  return withAttempts(
    s,
    { ...req, accept: "application/json" },
    async (res, deadline) => {
      const type = res.header("content-type");
      if (type !== undefined && !/\bjson\b/i.test(type)) {
        await discard(res);
        throw new UpstreamFailure("bad_response", "Intercom answered with something other than JSON.");
      }
      let bytes = await readBytes(res.body, deadline.signal);
      let text = bytes.toString("utf8");
      const clean = redact(text, s.settings.token);
      if (clean !== text) {
        text = clean;
        bytes = Buffer.from(clean, "utf8");
      }
      try {
        JSON.parse(text);
      } catch {
        throw new UpstreamFailure("bad_response", "Intercom sent a response that is not valid JSON.");
      }
      return { res: { status: res.status, rateLimit: rateLimitOf(res), text }, bytes };
    },
    attempts,
    signal,
  );
}

interface Deadline {
  signal: AbortSignal;
  clear(): void;
}

/** One attempt's deadline: the per-call timeout, cut short by what is left of the total budget. */
function attemptDeadline(s: ClientState, started: number, caller?: AbortSignal): Deadline {
  const ms = Math.max(1, Math.min(s.settings.timeoutMs, TOTAL_BUDGET_MS - (Date.now() - started)));
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), ms);
  return { signal: caller ? AbortSignal.any([controller.signal, caller]) : controller.signal, clear: () => clearTimeout(timer) };
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
  attempts = MAX_ATTEMPTS,
  signal?: AbortSignal,
): Promise<T> {
  const started = Date.now();
  let lastFailure: UpstreamFailure | undefined;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    if (Date.now() - started >= TOTAL_BUDGET_MS) break;
    const last = attempt === attempts;
    const deadline = attemptDeadline(s, started, signal);
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
      // The caller gave up (a closed download): nothing to retry for.
      if (signal?.aborted) throw failure;
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
  if (e instanceof GovernorBusy) return new UpstreamFailure("busy", "Lens is pacing its calls to Intercom to stay inside the workspace's rate limit. Try again shortly.", e.retryAfterMs);
  if (signal.aborted) {
    const limit = timeoutMs >= 1000 ? `${Math.round(timeoutMs / 1000)} s` : `${timeoutMs} ms`;
    return e instanceof UpstreamFailure && e.kind !== "timeout" && e.kind !== "unreachable" ? e : new UpstreamFailure("timeout", `Intercom did not answer within ${limit}.`);
  }
  return e instanceof UpstreamFailure ? e : new UpstreamFailure("unreachable", "Intercom could not be reached.");
}

function discard(res: TransportResponse): Promise<void> {
  return res.body.cancel().catch(() => {});
}

/**
 * How long a 429 asks us to wait, clamped at 0; null when it is longer than we are willing to wait,
 * or when the answer does not say (a blind retry would only be refused again).
 */
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
  if (wait === undefined || !Number.isFinite(wait)) return null;
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

async function readBytes(body: ReadableStream<Uint8Array>, signal: AbortSignal): Promise<Buffer> {
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
        throw signal.aborted ? new UpstreamFailure("timeout", "Intercom did not finish its answer in time.") : new UpstreamFailure("unreachable", "The connection to Intercom dropped.");
      }
      if (step.done) break;
      if (signal.aborted) throw new UpstreamFailure("timeout", "Intercom did not finish its answer in time.");
      size += step.value.byteLength;
      if (size > MAX_BODY_BYTES) {
        await reader.cancel().catch(() => {});
        throw new UpstreamFailure("too_large", `Intercom's answer is larger than the ${MAX_BODY_BYTES / 1024 / 1024} MiB Lens accepts for one request.`);
      }
      chunks.push(step.value);
    }
    if (signal.aborted) throw new UpstreamFailure("timeout", "Intercom did not finish its answer in time.");
  } finally {
    signal.removeEventListener("abort", onAbort);
  }
  return Buffer.concat(chunks, size);
}
