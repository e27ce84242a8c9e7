import { matchCall } from "@/lib/intercom/match";
import { validateSearchBody } from "@/lib/intercom/search-body";
import type { Fault } from "./faults";
import { FakeBadRequest, intercomError, type FakeResult } from "./respond";
import { FAKE_ROUTES } from "./routes";
import { createWorkspace, type FakeWorkspace } from "./workspace/context";
import { SCALES, type ScaleName } from "./workspace/scale";

/**
 * A fake Intercom 2.9 workspace as one Request → Response handler. Demo mode calls it in-process;
 * `npm run fake-intercom` serves it over HTTP for the e2e tests and the benchmarks.
 */

export interface FakeOptions {
  scale?: ScaleName;
  /** Origin used in absolute `pages.next` links. */
  baseUrl?: string;
  /** When set, requests must carry exactly this bearer token. */
  token?: string;
  /** Added to every answer, to mimic a real upstream's latency. */
  latencyMs?: number;
  /** Requests allowed per 10-second window before answering 429, as Intercom does. */
  rateLimitPerWindow?: number;
  /** Serve `/__fake/*`: stats, faults and reset. Only the HTTP server turns this on. */
  control?: boolean;
  fault?: Fault | null;
}

export interface FakeStats {
  calls: number;
  byEndpoint: Record<string, number>;
  lastHeaders: Record<string, string> | null;
  /** Path and query of the last request, as received. */
  lastPath: string | null;
}

export type FakeIntercom = ((req: Request) => Promise<Response>) & { stats: FakeStats; workspace: FakeWorkspace; setFault(f: Fault | null): void };

const WINDOW_MS = 10_000;

export function createFakeIntercom(options: FakeOptions = {}): FakeIntercom {
  const ws = createWorkspace(SCALES[options.scale ?? "default"], options.baseUrl ?? "https://api.intercom.io");
  const limit = options.rateLimitPerWindow ?? 1_666;
  const stats: FakeStats = { calls: 0, byEndpoint: {}, lastHeaders: null, lastPath: null };
  let fault: (Fault & { left?: number }) | null = options.fault ? { ...options.fault, left: options.fault.times } : null;
  let windowStart = 0;
  let windowCount = 0;

  const rateHeaders = (remaining: number): Record<string, string> => ({
    "x-ratelimit-limit": String(limit),
    "x-ratelimit-remaining": String(Math.max(0, remaining)),
    "x-ratelimit-reset": String(Math.ceil((windowStart + WINDOW_MS) / 1000)),
  });

  const handler = async (req: Request): Promise<Response> => {
    const url = new URL(req.url);
    if (options.control && url.pathname.startsWith("/__fake/")) return control(url, req);

    stats.calls++;
    stats.lastHeaders = Object.fromEntries(req.headers);
    stats.lastPath = url.pathname + url.search;
    if (options.latencyMs) await sleep(options.latencyMs);

    if (options.token !== undefined && req.headers.get("authorization") !== `Bearer ${options.token}`) {
      return toResponse(intercomError(401, "unauthorized", "Access Token Invalid"), {});
    }

    const now = Date.now();
    if (now - windowStart >= WINDOW_MS) {
      windowStart = now - (now % WINDOW_MS);
      windowCount = 0;
    }
    windowCount++;

    const active = fault && (!fault.pathPrefix || url.pathname.startsWith(fault.pathPrefix)) ? fault : null;
    if (active) {
      if (active.left !== undefined && --active.left <= 0) fault = null;
      const injected = await injectFault(active, req.signal);
      if (injected) return injected;
    }
    const response = await answer(req, url);
    if (active?.kind === "leaky_headers") for (const [name, value] of Object.entries(LEAKY_HEADERS)) response.headers.set(name, value);
    return response;
  };

  async function answer(req: Request, url: URL): Promise<Response> {
    if (windowCount > limit) {
      return toResponse(intercomError(429, "rate_limit_exceeded", `Exceeded rate limit of ${limit} in 10_seconds`), rateHeaders(0));
    }

    const match = matchCall(req.method, url.pathname, url.search);
    const headers = rateHeaders(limit - windowCount);
    if (!match.ok) {
      // Intercom answers unknown paths and unsupported methods with 404, bad parameters with 400.
      const status = match.where === "query" ? 400 : 404;
      return toResponse(intercomError(status, status === 404 ? "not_found" : match.code, status === 404 ? "Resource Not Found" : match.message), headers);
    }
    stats.byEndpoint[match.id] = (stats.byEndpoint[match.id] ?? 0) + 1;

    let body;
    if (match.spec.search) {
      let parsed: unknown;
      try {
        parsed = await req.json();
      } catch {
        return toResponse(intercomError(400, "parameter_invalid", "Invalid JSON in request body"), headers);
      }
      const checked = validateSearchBody(parsed);
      if (!checked.ok) return toResponse(intercomError(400, "parameter_invalid", checked.message), headers);
      body = checked.body;
    }
    try {
      const result = await FAKE_ROUTES[match.id]({ ws, params: match.params, query: match.query, body });
      return toResponse(result, headers);
    } catch (e) {
      if (e instanceof FakeBadRequest) return toResponse(intercomError(400, e.code, e.message), headers);
      console.error("fake intercom handler failed", match.id, e);
      return toResponse(intercomError(500, "server_error", "Internal server error"), headers);
    }
  }

  async function injectFault(f: Fault, signal: AbortSignal): Promise<Response | null> {
    switch (f.kind) {
      case "rate_limit": {
        const reset = Math.ceil(Date.now() / 1000 + (f.resetInSeconds ?? 2));
        return toResponse(intercomError(429, "rate_limit_exceeded", `Exceeded rate limit of ${limit} in 10_seconds`), {
          "x-ratelimit-limit": String(limit),
          "x-ratelimit-remaining": "0",
          "x-ratelimit-reset": String(reset),
        });
      }
      case "unauthorized":
        return toResponse(intercomError(401, "unauthorized", "Access Token Invalid"), {});
      case "server_error":
        return toResponse(intercomError(f.status ?? 500, "server_error", "Internal server error"), {});
      case "malformed":
        return new Response('{"type":"admin.list","admins":[{"id":', { status: 200, headers: { "content-type": "application/json" } });
      case "html":
        return new Response("<html><body>Service Unavailable</body></html>", { status: 200, headers: { "content-type": "text/html" } });
      case "redirect":
        return new Response(null, { status: 302, headers: { location: f.location ?? "http://127.0.0.1:4666/steal" } });
      case "slow":
        await sleep(f.delayMs ?? 2_000, signal);
        return null;
      case "hang":
        await sleep(120_000, signal);
        return new Response(null, { status: 499 });
      case "leaky_headers":
        return null;
    }
  }

  async function control(url: URL, req: Request): Promise<Response> {
    const json = (v: unknown) => new Response(JSON.stringify(v), { headers: { "content-type": "application/json" } });
    if (url.pathname === "/__fake/stats") return json(stats);
    if (url.pathname === "/__fake/reset" && req.method === "POST") {
      stats.calls = 0;
      stats.byEndpoint = {};
      stats.lastHeaders = null;
      stats.lastPath = null;
      fault = null;
      windowCount = 0;
      // Open company scrolls too: a test that left one open must not block the next one's export.
      ws.state.clear();
      return json({ ok: true });
    }
    if (url.pathname === "/__fake/fault" && req.method === "POST") {
      const f = (await req.json().catch(() => null)) as Fault | null;
      fault = f && f.kind ? { ...f, left: f.times } : null;
      return json({ ok: true, fault });
    }
    return new Response("not found", { status: 404 });
  }

  return Object.assign(handler, {
    stats,
    workspace: ws,
    setFault(f: Fault | null) {
      fault = f ? { ...f, left: f.times } : null;
    },
  });
}

function toResponse(result: FakeResult, headers: Record<string, string>): Response {
  if ("bytes" in result) {
    return new Response(result.bytes as unknown as BodyInit, { status: result.status, headers: { "content-type": result.contentType, ...headers } });
  }
  return new Response(JSON.stringify(result.json), { status: result.status, headers: { "content-type": "application/json; charset=utf-8", ...headers } });
}

/** Resolves after `ms`, or early when the caller gives up, so a hung answer holds no timer. */
function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    }
    signal?.addEventListener("abort", done, { once: true });
    if (signal?.aborted) done();
  });
}

/** What a careless upstream might send; the proxy must pass none of it on. */
const LEAKY_HEADERS: Record<string, string> = {
  "set-cookie": "upstream_session=leak; Path=/; HttpOnly",
  server: "upstream-nginx/1.0",
  "x-powered-by": "Upstream",
  "access-control-allow-origin": "*",
};
