/**
 * The fake Intercom served over HTTP inside the bench process, with adjustable latency and a log of
 * every upstream call (endpoint, start and end), so the benchmarks can count and chain them.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { performance } from "node:perf_hooks";
import { matchCall } from "@/lib/intercom/match";
import { createFakeIntercom, type FakeIntercom } from "@/lib/fake/server";

export const BENCH_TOKEN = "bench";

export interface UpstreamCall {
  method: string;
  /** Registry endpoint id, or the raw path when the registry does not know it. */
  endpoint: string;
  path: string;
  status: number;
  bytes: number;
  /** Records in the answer's `data` list, when the fake counts them. */
  items?: number;
  /** performance.now() in the bench process, ms. */
  start: number;
  end: number;
}

/** Endpoints the fake does not serve yet ("pending", 501): their area's issue is not merged. */
export function pendingEndpoints(calls: readonly UpstreamCall[]): string[] {
  return [...new Set(calls.filter((c) => c.status === 501).map((c) => c.endpoint))];
}

export interface FakeHttp {
  url: string;
  fake: FakeIntercom;
  calls: UpstreamCall[];
  /** Added before every answer, in ms. */
  latencyMs: number;
  /** Calls the fake in-process, unrecorded and without latency (to find ids for the benchmarks). */
  get<T>(path: string): Promise<{ status: number; json: T }>;
  close(): Promise<void>;
}

export interface FakeHttpOptions {
  port: number;
  scale?: "default" | "large";
  /** Parse list answers to count their records (costs time on every call, so off for load tests). */
  countItems?: boolean;
  /** Intercom's per-10-second limit the fake announces and enforces; far above any load unless given. */
  rateLimitPerWindow?: number;
}

export async function startFakeHttp(options: FakeHttpOptions): Promise<FakeHttp> {
  const origin = `http://127.0.0.1:${options.port}`;
  const fake = createFakeIntercom({ scale: options.scale ?? "default", baseUrl: origin, token: BENCH_TOKEN, rateLimitPerWindow: options.rateLimitPerWindow ?? 1_000_000 });
  const calls: UpstreamCall[] = [];
  const state = { latencyMs: 0 };

  const server = createServer((req, res) => {
    serve(req, res).catch((e: unknown) => {
      console.error("bench fake failed", e);
      if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" });
      res.end('{"type":"error.list","errors":[{"code":"server_error","message":"bench fake failed"}]}');
    });
  });

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const start = performance.now();
    const path = req.url ?? "/";
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (state.latencyMs > 0) await new Promise((r) => setTimeout(r, state.latencyMs));
    const headers = new Headers();
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === "string") headers.set(k, v);
    const hasBody = req.method !== "GET" && req.method !== "HEAD";
    const response = await fake(new Request(`${origin}${path}`, { method: req.method, headers, body: hasBody ? Buffer.concat(chunks) : undefined }));
    const body = Buffer.from(await response.arrayBuffer());
    res.writeHead(response.status, { ...Object.fromEntries(response.headers), "content-length": String(body.length) });
    res.end(body);
    const url = new URL(path, origin);
    const match = matchCall(req.method ?? "GET", url.pathname, url.search);
    const end = performance.now();
    calls.push({
      method: req.method ?? "GET",
      endpoint: match.ok ? match.id : url.pathname,
      path,
      status: response.status,
      bytes: body.length,
      items: options.countItems ? countItems(body) : undefined,
      start,
      end,
    });
  }

  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, "127.0.0.1", () => resolve());
  });
  const port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}`,
    fake,
    calls,
    get latencyMs() {
      return state.latencyMs;
    },
    set latencyMs(ms: number) {
      state.latencyMs = ms;
    },
    async get<T>(p: string) {
      const res = await fake(new Request(`${origin}${p}`, { headers: { authorization: `Bearer ${BENCH_TOKEN}`, accept: "application/json" } }));
      return { status: res.status, json: (await res.json()) as T };
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function countItems(body: Buffer): number | undefined {
  try {
    const json = JSON.parse(body.toString("utf8")) as { data?: unknown };
    return Array.isArray(json.data) ? json.data.length : undefined;
  } catch {
    return undefined;
  }
}
