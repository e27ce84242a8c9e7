import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Readable } from "node:stream";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createFakeIntercom, type FakeIntercom } from "@/lib/fake/server";
import type { IntercomSettings } from "../env";
import type { CachedAnswer, ResponseCache } from "./cache";
import { callIntercom, callIntercomOnce, configureIntercomClient, MAX_BODY_BYTES, parseBody, UpstreamFailure } from "./client";
import { proxyIntercom } from "./proxy";
import { fakeTransport, httpTransport, type Transport, type TransportRequest, type TransportResponse } from "./transport";

const TOKEN = "tok_unit_canary_5d1e9a77c0";

function settings(over: Partial<IntercomSettings> = {}): IntercomSettings {
  return { mode: "live", token: TOKEN, baseUrl: "https://api.intercom.io", region: "us", timeoutMs: 300, cacheTtlMs: 30_000, fakeScale: "default", ...over };
}

/** Everything the proxy answered in this file, to prove the token never left. */
const seen: string[] = [];

async function get(path: string, init: RequestInit = {}): Promise<{ res: Response; text: string; json: { type?: string; errors?: { code: string; message: string }[] } }> {
  const res = await proxyIntercom(new Request(`http://lens.test/api/intercom${path}`, init));
  const text = await res.text();
  seen.push(text, JSON.stringify([...res.headers]));
  expect(res.headers.get("cache-control")).toBe("no-store");
  return { res, text, json: JSON.parse(text) };
}

let fake: FakeIntercom;

function useFake(over: Partial<IntercomSettings> = {}): FakeIntercom {
  fake = createFakeIntercom({ token: TOKEN });
  configureIntercomClient(settings(over), fakeTransport(fake, TOKEN));
  return fake;
}

function scripted(answers: (() => TransportResponse | Promise<TransportResponse>)[]): Transport & { calls: TransportRequest[] } {
  const calls: TransportRequest[] = [];
  const transport = async (req: TransportRequest) => {
    calls.push(req);
    const next = answers[Math.min(calls.length, answers.length) - 1]!;
    return next();
  };
  return Object.assign(transport, { calls });
}

function reply(status: number, body: string | ReadableStream<Uint8Array>, headers: Record<string, string> = { "content-type": "application/json" }): TransportResponse {
  return {
    status,
    header: (name) => headers[name.toLowerCase()],
    body: typeof body === "string" ? new Response(body).body! : body,
  };
}

/** A body that sends a few bytes and then the connection drops. */
function cutBody(): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(c) {
      c.enqueue(new TextEncoder().encode('{"type":"admin.li'));
      c.error(new Error("socket hang up"));
    },
  });
}

afterEach(() => {
  vi.useRealTimers();
});

/** Runs `work` under fake timers and reports how much (fake) time passed before it settled. */
async function timed<T>(work: Promise<T>, budgetMs: number): Promise<{ value: T; elapsed: number }> {
  const started = Date.now();
  let elapsed = -1;
  const settled = work.finally(() => {
    elapsed = Date.now() - started;
  });
  await vi.advanceTimersByTimeAsync(budgetMs);
  const value = await settled;
  return { value, elapsed };
}

describe("the Intercom client against the fake's fault switches", () => {
  it("A1: waits for X-RateLimit-Reset (now+2 s) and retries once", async () => {
    vi.useFakeTimers({ now: new Date("2030-01-01T00:00:00.000Z") });
    useFake().setFault({ kind: "rate_limit", resetInSeconds: 2, times: 1 });
    const { value, elapsed: waited } = await timed(get("/teams"), 3_500);
    const { res, json } = value;
    expect(res.status).toBe(200);
    expect(json.type).toBe("team.list");
    expect(fake.stats.calls).toBe(2);
    expect(waited).toBeGreaterThanOrEqual(2_000);
    expect(waited).toBeLessThanOrEqual(2_000 + 250 + 10);
  });

  it("A2: answers 429 at once when the reset is a minute away", async () => {
    useFake().setFault({ kind: "rate_limit", resetInSeconds: 60 });
    const started = performance.now();
    const { res, json } = await get("/teams");
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(res.status).toBe(429);
    expect(json.errors?.[0]?.code).toBe("rate_limit_exceeded");
    expect(Number(res.headers.get("x-ratelimit-reset"))).toBeGreaterThan(Date.now() / 1000 + 50);
    expect(res.headers.get("x-ratelimit-remaining")).toBe("0");
    expect(fake.stats.calls).toBe(1);
  });

  it("A4: 503, 503, then 200 gives 200 after three calls, well inside 3 s", async () => {
    vi.useFakeTimers();
    useFake().setFault({ kind: "server_error", status: 503, times: 2 });
    const { value, elapsed } = await timed(get("/teams"), 3_000);
    expect(value.res.status).toBe(200);
    expect(fake.stats.calls).toBe(3);
    // Two backoffs with jitter: at most 375 + 750 ms.
    expect(elapsed).toBeLessThanOrEqual(1_125);
  });

  it("A5: a persistent 500 costs three calls, then 502 upstream_unavailable", async () => {
    vi.useFakeTimers();
    useFake().setFault({ kind: "server_error" });
    const pending = get("/teams");
    await vi.advanceTimersByTimeAsync(3_000);
    const { res, json } = await pending;
    expect(res.status).toBe(502);
    expect(json.errors?.[0]?.code).toBe("upstream_unavailable");
    expect(fake.stats.calls).toBe(3);
  });

  it("A13: upstream 401 becomes 502 upstream_unauthorized telling the operator to check the token, with no retry", async () => {
    useFake().setFault({ kind: "unauthorized" });
    const { res, json } = await get("/me");
    expect(res.status).toBe(502);
    expect(json.errors?.[0]?.code).toBe("upstream_unauthorized");
    expect(json.errors?.[0]?.message).toMatch(/INTERCOM_ACCESS_TOKEN/);
    expect(fake.stats.calls).toBe(1);
  });

  it.each(["malformed", "html"] as const)("A11: a 200 with %s content is 502 upstream_bad_response and never forwarded", async (kind) => {
    useFake().setFault({ kind });
    const { res, text, json } = await get("/admins");
    expect(res.status).toBe(502);
    expect(json.errors?.[0]?.code).toBe("upstream_bad_response");
    expect(text).not.toMatch(/<html|admin\.list/);
    expect(fake.stats.calls).toBe(1);
  });

  it("A8: a hang ends in 504 upstream_timeout within the deadline budget", async () => {
    vi.useFakeTimers();
    useFake({ timeoutMs: 200 }).setFault({ kind: "hang" });
    const { value, elapsed } = await timed(get("/teams"), 5_000);
    const { res, json } = value;
    expect(res.status).toBe(504);
    expect(json.errors?.[0]?.code).toBe("upstream_timeout");
    // Three attempts of 200 ms plus two backoffs (at most 375 + 750 ms).
    expect(elapsed).toBeLessThanOrEqual(3 * 200 + 375 + 750 + 20);
    expect(fake.stats.calls).toBe(3);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("A19: 50 parallel identical GETs share one upstream call and get identical answers", async () => {
    useFake();
    const answers = await Promise.all(Array.from({ length: 50 }, () => get("/admins")));
    expect(fake.stats.calls).toBe(1);
    expect(new Set(answers.map((a) => a.text)).size).toBe(1);
    expect(answers.every((a) => a.res.status === 200)).toBe(true);
  });

  it("serves a repeat within the TTL from the cache, without telling the browser it was a hit", async () => {
    useFake();
    const first = await get("/teams");
    const again = await get("/teams");
    expect(again.text).toBe(first.text);
    expect(fake.stats.calls).toBe(1);
    expect(again.res.headers.get("x-lens-cache")).toBeNull();
  });

  it("keeps a 404 for at most 30 s, never a 5xx, and stores bytes rather than parsed JSON", async () => {
    const stored: { key: string; answer: CachedAnswer; ttlMs: number }[] = [];
    const map = new Map<string, CachedAnswer>();
    const recording: ResponseCache = {
      get: async (key) => map.get(key),
      has: async (key) => map.has(key),
      set: async (key, answer, ttlMs) => {
        stored.push({ key, answer, ttlMs });
        map.set(key, answer);
      },
    };
    fake = createFakeIntercom({ token: TOKEN });
    configureIntercomClient(settings(), fakeTransport(fake, TOKEN), { cache: recording });
    await get("/teams/999");
    await get("/teams/999");
    expect(fake.stats.calls).toBe(1);
    await callIntercom({ path: "/admins", ttlMs: 300_000 });
    expect(stored.map((e) => e.ttlMs)).toEqual([30_000, 300_000]);
    expect(stored.every((e) => Buffer.isBuffer(e.answer.body) && Object.keys(e.answer).sort().join() === "body,rateLimit,status")).toBe(true);
    fake.setFault({ kind: "server_error" });
    vi.useFakeTimers();
    const pending = get("/tags");
    await vi.advanceTimersByTimeAsync(3_000);
    expect((await pending).res.status).toBe(502);
    expect(stored).toHaveLength(2);
  });

  it("does not cache an endpoint whose TTL is 0", async () => {
    useFake();
    await callIntercom({ path: "/teams", ttlMs: 0 });
    await callIntercom({ path: "/teams", ttlMs: 0 });
    expect(fake.stats.calls).toBe(2);
  });
});

const ok = () => reply(200, '{"type":"team.list","teams":[]}');

describe("the Intercom client against scripted answers", () => {
  it("A17: a reset in the past retries promptly; one in 2100 answers 429 at once with no timer left", async () => {
    vi.useFakeTimers();
    const past = scripted([() => reply(429, "{}", { "content-type": "application/json", "x-ratelimit-reset": String(Math.floor(Date.now() / 1000) - 3600) }), ok]);
    configureIntercomClient(settings(), past);
    const { value, elapsed } = await timed(callIntercom({ path: "/teams" }), 300);
    expect(value.status).toBe(200);
    expect(past.calls).toHaveLength(2);
    expect(elapsed).toBeLessThanOrEqual(250);

    const future = scripted([() => reply(429, "{}", { "content-type": "application/json", "x-ratelimit-reset": "4102444800" })]);
    configureIntercomClient(settings(), future);
    expect((await callIntercom({ path: "/teams" })).status).toBe(429);
    expect(future.calls).toHaveLength(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("A7: a body cut off mid-stream is retried and the full answer returned", async () => {
    vi.useFakeTimers();
    const t = scripted([() => reply(200, cutBody()), ok]);
    configureIntercomClient(settings(), t);
    const pending = callIntercom({ path: "/teams" });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(parseBody(await pending)).toEqual({ type: "team.list", teams: [] });
    expect(t.calls).toHaveLength(2);
  });

  it("never makes more than three upstream calls, however the failures mix", async () => {
    vi.useFakeTimers();
    const t = scripted([() => reply(500, "{}"), () => reply(200, cutBody()), () => reply(200, cutBody()), ok]);
    configureIntercomClient(settings(), t);
    const pending = get("/teams");
    await vi.advanceTimersByTimeAsync(5_000);
    const { res, json } = await pending;
    expect(res.status).toBe(502);
    expect(json.errors?.[0]?.code).toBe("upstream_unreachable");
    expect(t.calls).toHaveLength(3);
  });

  it("A10: an answer past the 8 MiB cap is 502 upstream_too_large, read no further; one just under it passes", async () => {
    expect(MAX_BODY_BYTES).toBe(8 * 1024 * 1024);
    const mib = new Uint8Array(1024 * 1024).fill(32);
    let sent = 0;
    const huge = new ReadableStream<Uint8Array>({
      pull(c) {
        if (sent++ < 40) c.enqueue(mib);
        else c.close();
      },
    });
    const t = scripted([() => reply(200, huge)]);
    configureIntercomClient(settings(), t);
    const { res, json } = await get("/teams");
    expect(res.status).toBe(502);
    expect(json.errors?.[0]?.code).toBe("upstream_too_large");
    expect(sent).toBeLessThanOrEqual(10);
    expect(t.calls).toHaveLength(1);

    const big = `{"type":"team.list","teams":[],"pad":"${"x".repeat(MAX_BODY_BYTES - 100)}"}`;
    configureIntercomClient(settings(), scripted([() => reply(200, big)]));
    expect((await get("/teams")).res.status).toBe(200);
  });

  it("does not retry a 429 that does not say when to come back", async () => {
    const t = scripted([() => reply(429, '{"type":"error.list","errors":[{"code":"rate_limit_exceeded","message":"slow down"}]}'), ok]);
    configureIntercomClient(settings(), t);
    expect((await callIntercom({ path: "/teams" })).status).toBe(429);
    expect(t.calls).toHaveLength(1);
  });

  it("sends a scroll page once: no retry on a 5xx or a dropped body, no sharing between callers, no cache", async () => {
    const failing = scripted([() => reply(503, "{}"), ok]);
    configureIntercomClient(settings(), failing);
    expect((await callIntercomOnce({ path: "/companies/scroll" })).status).toBe(503);
    expect(failing.calls).toHaveLength(1);

    const cut = scripted([() => reply(200, cutBody()), ok]);
    configureIntercomClient(settings(), cut);
    await expect(callIntercomOnce({ path: "/companies/scroll?scroll_param=abc" })).rejects.toBeInstanceOf(UpstreamFailure);
    expect(cut.calls).toHaveLength(1);

    const twice = scripted([ok]);
    configureIntercomClient(settings(), twice);
    await Promise.all([callIntercomOnce({ path: "/companies/scroll" }), callIntercomOnce({ path: "/companies/scroll" })]);
    await callIntercomOnce({ path: "/companies/scroll" });
    expect(twice.calls).toHaveLength(3);
  });

  it("a scroll page stops when its caller aborts", async () => {
    const hang = scripted([() => new Promise<TransportResponse>(() => {})]);
    configureIntercomClient(settings({ timeoutMs: 60_000 }), hang);
    const abort = new AbortController();
    const pending = callIntercomOnce({ path: "/companies/scroll" }, abort.signal);
    const started = performance.now();
    abort.abort();
    await expect(pending).rejects.toBeInstanceOf(UpstreamFailure);
    expect(performance.now() - started).toBeLessThan(100);
    expect(hang.calls).toHaveLength(1);
    expect(hang.calls[0]!.signal.aborted).toBe(true);
  });

  it("keeps a token an upstream echoes out of the answer", async () => {
    const echo = `{"type":"error.list","errors":[{"code":"unauthorized","message":"Bearer ${TOKEN} is not valid here"}]}`;
    configureIntercomClient(settings(), scripted([() => reply(403, echo)]));
    const { res, text } = await get("/me");
    expect(res.status).toBe(403);
    expect(text).not.toContain(TOKEN);
    expect(text).toContain("[redacted]");
  });
});

/** The real HTTP transport (undici) against the fake served on loopback, plus an "evil" server. */
describe("the HTTP transport against the fake over loopback", () => {
  let fakeServer: Server;
  let evilServer: Server;
  let evilCalls = 0;
  let origin = "";
  let evilOrigin = "";

  beforeAll(async () => {
    fake = createFakeIntercom({ token: TOKEN, control: true });
    fakeServer = createServer((req, res) => void bridge(fake, req, res));
    evilServer = createServer((_, res) => {
      evilCalls++;
      res.end("stolen");
    });
    origin = await listen(fakeServer);
    evilOrigin = await listen(evilServer);
  });

  afterAll(async () => {
    await Promise.all([fakeServer, evilServer].map((s) => new Promise((r) => s.close(r))));
  });

  function live(over: Partial<IntercomSettings> = {}) {
    fake.setFault(null);
    fake.stats.calls = 0;
    const s = settings({ baseUrl: origin, ...over });
    configureIntercomClient(s, httpTransport(s));
  }

  it("sends the token, Accept and Intercom-Version 2.9, and forwards none of the browser's headers (B10)", async () => {
    live();
    const { res } = await get("/teams", {
      headers: { authorization: "Bearer attacker", cookie: "lens=1", "intercom-version": "1.0", "x-forwarded-host": "127.0.0.1:4666", "x-middleware-subrequest": "middleware" },
    });
    expect(res.status).toBe(200);
    const sent = fake.stats.lastHeaders!;
    expect(sent.authorization).toBe(`Bearer ${TOKEN}`);
    expect(sent["intercom-version"]).toBe("2.9");
    expect(sent.accept).toBe("application/json");
    expect(sent.cookie).toBeUndefined();
    expect(sent["x-forwarded-host"]).toBeUndefined();
    expect(sent["x-middleware-subrequest"]).toBeUndefined();
    expect(sent.host).toBe(new URL(origin).host);
  });

  it("A15: a 302 is 502 and never followed", async () => {
    live();
    fake.setFault({ kind: "redirect", location: `${evilOrigin}/steal` });
    const { res, json } = await get("/admins");
    expect(res.status).toBe(502);
    expect(json.errors?.[0]?.code).toBe("upstream_redirect");
    expect(evilCalls).toBe(0);
    expect(fake.stats.calls).toBe(1);
  });

  it("A8: a hung socket is cut at the deadline and answered 504", async () => {
    live({ timeoutMs: 150 });
    fake.setFault({ kind: "hang" });
    const started = performance.now();
    const { res } = await get("/teams");
    expect(res.status).toBe(504);
    expect(performance.now() - started).toBeLessThan(3 * 150 + 375 + 750 + 1_500);
  });

  it("A16: strips upstream Set-Cookie, Server, X-Powered-By and CORS headers but keeps X-RateLimit-*", async () => {
    live();
    fake.setFault({ kind: "leaky_headers" });
    const { res } = await get("/teams");
    expect(res.status).toBe(200);
    for (const name of ["set-cookie", "server", "x-powered-by", "access-control-allow-origin"]) expect(res.headers.get(name), name).toBeNull();
    for (const name of ["x-ratelimit-limit", "x-ratelimit-remaining", "x-ratelimit-reset"]) expect(res.headers.get(name), name).toMatch(/^\d+$/);
  });

  it("a wrong token is 502 upstream_unauthorized", async () => {
    fake.setFault(null);
    const s = settings({ baseUrl: origin, token: "tok_wrong_000000" });
    configureIntercomClient(s, httpTransport(s));
    const { res, json } = await get("/me");
    expect(res.status).toBe(502);
    expect(json.errors?.[0]?.code).toBe("upstream_unauthorized");
  });
});

describe("the token", () => {
  it("appears in no proxy answer, body or header, in this file", () => {
    expect(seen.length).toBeGreaterThan(50);
    for (const text of seen) expect(text).not.toContain(TOKEN);
  });
});

function listen(server: Server): Promise<string> {
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)));
}

async function bridge(handler: (req: Request) => Promise<Response>, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const gone = new AbortController();
  res.on("close", () => gone.abort());
  const hasBody = req.method !== "GET" && req.method !== "HEAD";
  const headers = Object.entries(req.headers).flatMap(([k, v]) => (typeof v === "string" ? [[k, v] as [string, string]] : []));
  const answer = await handler(
    new Request(`http://${req.headers.host}${req.url}`, {
      method: req.method,
      headers,
      signal: gone.signal,
      body: hasBody ? (Readable.toWeb(req) as ReadableStream<Uint8Array>) : undefined,
      duplex: "half",
    } as RequestInit),
  );
  if (gone.signal.aborted) return;
  res.writeHead(answer.status, Object.fromEntries(answer.headers));
  res.end(Buffer.from(await answer.arrayBuffer()));
}
