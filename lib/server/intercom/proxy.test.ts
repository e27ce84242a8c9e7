import { beforeEach, describe, expect, it } from "vitest";
import { createFakeIntercom } from "@/lib/fake/server";
import type { IntercomSettings } from "../env";
import { configureIntercomClient } from "./client";
import { proxyIntercom } from "./proxy";
import { demoTransport, fakeTransport, type Transport, type TransportRequest, type TransportResponse } from "./transport";

const TOKEN = "tok_proxy_canary_93ab17e2";
const CONTACT = "64f1c0000000000000000001";
const settings: IntercomSettings = { mode: "live", token: TOKEN, baseUrl: "https://api.intercom.io", region: "us", timeoutMs: 500, cacheTtlMs: 30_000, fakeScale: "default" };

/** The fake behind a transport that counts (and keeps) every upstream request. */
function counting(inner: Transport): Transport & { calls: TransportRequest[] } {
  const calls: TransportRequest[] = [];
  return Object.assign(
    (req: TransportRequest) => {
      calls.push(req);
      return inner(req);
    },
    { calls },
  );
}

let upstream: ReturnType<typeof counting>;

beforeEach(() => {
  upstream = counting(fakeTransport(createFakeIntercom({ token: TOKEN }), TOKEN));
  configureIntercomClient(settings, upstream);
});

async function send(rawUrl: string, init: RequestInit = {}) {
  const res = await proxyIntercom(new Request(`http://lens.test${rawUrl}`, init));
  const text = await res.text();
  expect(res.headers.get("cache-control")).toBe("no-store");
  expect(text).not.toContain(TOKEN);
  for (const [, value] of res.headers) expect(value).not.toContain(TOKEN);
  return { res, text, json: JSON.parse(text) as { type: string; request_id: string; errors: { code: string; message: string; field?: string }[] } };
}

function expectEnvelope(json: unknown, code: string) {
  expect(json).toEqual({ type: "error.list", request_id: expect.stringMatching(/^[0-9a-f-]{36}$/), errors: [expect.objectContaining({ code, message: expect.any(String) })] });
}

// B1–B7 as a browser or curl --path-as-is would send them (the URL parser has already run).
const REFUSED_PATHS: readonly (readonly [string, number])[] = [
  ["/api/intercom/admins%2F..%2Fme", 400],
  ["/api/intercom/admins/..%2Fme", 400],
  ["/api/intercom/..%2F..%2Fme", 400],
  ["/api/intercom/%2F%2F127.0.0.1:4666%2Fx", 400],
  ["/api/intercom/https:%2F%2F127.0.0.1:4666", 400],
  ["/api/intercom/@127.0.0.1:4666", 400],
  ["/api/intercom/admins%5C..%5Cme", 400],
  ["/api/intercom/admins%252F..%252Fme", 400],
  ["/api/intercom/%00", 400],
  ["/api/intercom/admins%EF%BC%8Fme", 400],
  ["/api/intercom/admins%C0%AFme", 400],
  ["/api/intercom/admins%3Fper_page%3D1", 400],
  ["/api/intercom/admins%23x", 400],
  [`/api/intercom/${"a".repeat(10_000)}`, 414],
  [`/api/intercom/${Array.from({ length: 200 }, () => "teams").join("/")}`, 404],
  ["/api/intercom/conversations/abc", 400],
  [`/api/intercom/contacts/${"a".repeat(65)}`, 400],
  ["/api/intercom/%2e%2e/%2e%2e/admins", 404],
  ["/api/intercom", 404],
  ["/api/intercom/", 404],
  ["/api/intercom/unknown", 404],
  ["/api/intercom/contacts?__proto__=1", 400],
  ["/api/intercom/contacts?constructor=1", 400],
  ["/api/intercom/contacts?foo=1", 400],
  ["/api/intercom/contacts?per_page=10&per_page=20", 400],
  ["/api/intercom/contacts?per_page=100000", 400],
  ["/api/intercom/contacts?per_page=-1", 400],
  ["/api/intercom/contacts?per_page=1e3", 400],
  ["/api/intercom/admins/activity_logs", 400],
  ["/api/intercom/visitors", 400],
  ["/api/intercom/events?type=user", 400],
];

describe("proxyIntercom refuses bad input without calling Intercom", () => {
  it.each(REFUSED_PATHS)("%s → %i", async (url, status) => {
    const { res, json } = await send(url);
    expect(res.status).toBe(status);
    expect(json.type).toBe("error.list");
    expect(upstream.calls).toHaveLength(0);
  });

  it("names the offending query parameter", async () => {
    const { json } = await send("/api/intercom/conversations?per_page=151");
    expectEnvelope(json, "parameter_invalid");
    expect(json.errors[0]!.field).toBe("per_page");
    expect(json.errors[0]!.message).toContain("per_page");
  });

  it("answers 405 with Allow for writes, and for GET on a search", async () => {
    for (const method of ["POST", "PUT", "PATCH", "DELETE"]) {
      const { res, json } = await send("/api/intercom/admins", { method, body: method === "DELETE" ? undefined : "{}" });
      expect(res.status).toBe(405);
      expect(res.headers.get("allow")).toBe("GET");
      expectEnvelope(json, "method_not_allowed");
    }
    const { res } = await send("/api/intercom/contacts/search");
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("POST");
    expect(upstream.calls).toHaveLength(0);
  });

  it("refuses the company scroll: only the server's export walks it", async () => {
    for (const path of ["/api/intercom/companies/scroll", "/api/intercom/companies/scroll?scroll_param=abc"]) {
      const { res, json } = await send(path);
      expect(res.status).toBe(404);
      expect(json.errors[0]!.message).toMatch(/export/);
    }
    expect(upstream.calls).toHaveLength(0);
  });

  it("answers a governor refusal with 503 and Retry-After", async () => {
    const { GovernorBusy } = await import("./governor");
    configureIntercomClient(settings, () => Promise.reject(new GovernorBusy(7_200)));
    const { res, json } = await send("/api/intercom/tags");
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("8");
    expectEnvelope(json, "upstream_busy");
  });

  it("answers an unknown path with Intercom's 404 envelope", async () => {
    const { res, json } = await send("/api/intercom/not-an-endpoint");
    expect(res.status).toBe(404);
    expectEnvelope(json, "not_found");
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
  });
});

describe("search bodies (B9)", () => {
  const search = (body: BodyInit, headers: Record<string, string> = { "content-type": "application/json" }) => send("/api/intercom/contacts/search", { method: "POST", body, headers });

  function deep(depth: number): string {
    let q = '{"field":"email","operator":"=","value":"a"}';
    for (let i = 0; i < depth; i++) q = `{"operator":"AND","value":[${q}]}`;
    return `{"query":${q}}`;
  }

  it.each([
    ["not JSON", "query=email"],
    ["over 64 KB", JSON.stringify({ query: { field: "email", operator: "=", value: "x".repeat(70_000) } })],
    ["nested 50 deep", deep(50)],
    ["an unknown operator", '{"query":{"field":"email","operator":"LIKE","value":"a"}}'],
    ["a __proto__ key", '{"__proto__":{"x":1}}'],
    ["a nested __proto__ key", '{"query":{"field":"email","operator":"=","value":"a","__proto__":{"x":1}}}'],
    ["empty", ""],
  ])("refuses a body that is %s with 400 and no upstream call", async (_, body) => {
    const { res, json } = await search(body);
    expect(res.status).toBe(400);
    expectEnvelope(json, "parameter_invalid");
    expect(upstream.calls).toHaveLength(0);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it("refuses an oversize body it is told about before reading it", async () => {
    const { res } = await search("{}", { "content-type": "application/json", "content-length": String(10 * 1024 * 1024) });
    expect(res.status).toBe(400);
    expect(upstream.calls).toHaveLength(0);
  });

  it("forwards a valid search rebuilt from known keys only", async () => {
    const recorded = counting(async () => ({
      status: 200,
      header: (n: string) => (n === "content-type" ? "application/json" : undefined),
      body: new Response('{"type":"list","data":[],"total_count":0}').body!,
    }));
    configureIntercomClient(settings, recorded);
    const body = { query: { operator: "OR", value: [{ field: "email", operator: "~", value: "acme" }] }, pagination: { per_page: 20 } };
    const { res } = await search(JSON.stringify(body));
    expect(res.status).toBe(200);
    expect(recorded.calls).toHaveLength(1);
    expect(recorded.calls[0]).toMatchObject({ method: "POST", path: "/contacts/search", accept: "application/json" });
    expect(JSON.parse(recorded.calls[0]!.body!)).toEqual(body);
  });
});

describe("proxy response hygiene", () => {
  it("mirrors Intercom's status and JSON, with X-RateLimit-* and nothing else from upstream", async () => {
    const { res, json } = await send("/api/intercom/teams");
    expect(res.status).toBe(200);
    expect(json.type).toBe("team.list");
    const names = [...res.headers.keys()].sort();
    expect(names).toEqual(["cache-control", "content-type", "x-ratelimit-limit", "x-ratelimit-remaining", "x-ratelimit-reset"]);
    expect(upstream.calls).toEqual([expect.objectContaining({ method: "GET", path: "/teams", accept: "application/json" })]);
  });

  it("mirrors Intercom's own 404 envelope for an unknown id", async () => {
    const { res, json } = await send("/api/intercom/admins/999999");
    expect(res.status).toBe(404);
    expect(json.errors[0]!.code).toBe("admin_not_found");
  });

  it("rebuilds the upstream path and query from the template", async () => {
    await send(`/api/intercom/contacts/${CONTACT}/companies?per_page=010&page=2`);
    expect(upstream.calls[0]!.path).toBe(`/contacts/${CONTACT}/companies?per_page=10&page=2`);
  });
});

describe("the content export download", () => {
  it("streams the bytes through as application/octet-stream without buffering them", async () => {
    let release!: () => void;
    const secondChunk = new Promise<void>((r) => (release = r));
    const gz = new Uint8Array([0x1f, 0x8b, 8, 0]);
    const streaming = counting(async () => ({
      status: 200,
      header: (n: string) => ({ "content-type": "application/octet-stream", "x-ratelimit-limit": "1666" })[n],
      body: new ReadableStream<Uint8Array>({
        async start(c) {
          c.enqueue(gz);
          await secondChunk;
          c.enqueue(new Uint8Array([1, 2, 3]));
          c.close();
        },
      }),
    }));
    configureIntercomClient(settings, streaming);
    // The proxy answers while the upstream is still holding back its second chunk.
    const res = await proxyIntercom(new Request("http://lens.test/api/intercom/download/content/data/orzzsbd7hk67xyu"));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/octet-stream");
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.headers.get("x-ratelimit-limit")).toBe("1666");
    expect(streaming.calls[0]).toMatchObject({ path: "/download/content/data/orzzsbd7hk67xyu", accept: "application/octet-stream" });
    const reader = res.body!.getReader();
    expect((await reader.read()).value).toEqual(gz);
    release();
    expect((await reader.read()).value).toEqual(new Uint8Array([1, 2, 3]));
    expect((await reader.read()).done).toBe(true);
  });

  it("turns an upstream error on the download into the usual envelope", async () => {
    const failing: Transport = async (): Promise<TransportResponse> => ({
      status: 401,
      header: (n) => (n === "content-type" ? "application/json" : undefined),
      body: new Response('{"type":"error.list","errors":[{"code":"unauthorized","message":"Access Token Invalid"}]}').body!,
    });
    configureIntercomClient(settings, failing);
    const { res, json } = await send("/api/intercom/download/content/data/orzzsbd7hk67xyu");
    expect(res.status).toBe(502);
    expectEnvelope(json, "upstream_unauthorized");
  });
});

describe("demo mode", () => {
  it("GET /api/intercom/admins returns the teammate list from the fake workspace", async () => {
    const demo = { ...settings, mode: "demo" as const, token: null };
    configureIntercomClient(demo, demoTransport(demo));
    const { res, json } = await send("/api/intercom/admins");
    expect(res.status).toBe(200);
    const body = json as unknown as { type: string; admins: { type: string; id: string; name: string; email: string }[] };
    expect(body.type).toBe("admin.list");
    expect(body.admins.length).toBeGreaterThanOrEqual(20);
    expect(body.admins[0]).toMatchObject({ type: "admin", id: expect.stringMatching(/^\d+$/), name: expect.any(String), email: expect.stringContaining("@") });
  });
});
