import "server-only";
import { Agent, request as undiciRequest } from "undici";
import type { IntercomSettings } from "../env";
import { noteBudgetWait } from "../tracing";
import { upstreamGovernor } from "./governor";

/** One upstream exchange, independent of whether Intercom is real (HTTP) or the in-process fake. */
export interface TransportRequest {
  method: "GET" | "POST";
  path: string;
  accept: "application/json" | "application/octet-stream";
  body?: string;
  /** Who the call is for: the governor gives callers turns. */
  caller?: string;
  signal: AbortSignal;
}

export interface TransportResponse {
  status: number;
  header(name: string): string | undefined;
  body: ReadableStream<Uint8Array>;
}

export type Transport = (req: TransportRequest) => Promise<TransportResponse>;

// Keep-alive pool shared by every call; undici never follows redirects unless told to.
let agent: Agent | undefined;
function sharedAgent(): Agent {
  agent ??= new Agent({ connections: 32, keepAliveTimeout: 30_000, headersTimeout: 60_000, bodyTimeout: 60_000 });
  return agent;
}

export function httpTransport(settings: IntercomSettings): Transport {
  return async ({ method, path, accept, body, caller, signal }) => {
    const headers: Record<string, string> = {
      authorization: `Bearer ${settings.token ?? ""}`,
      accept,
      "intercom-version": "2.9",
      "user-agent": "lens-dashboard",
    };
    if (body !== undefined) headers["content-type"] = "application/json";
    // Every live call waits its turn under Lens's share of Intercom's rate limit.
    const governor = upstreamGovernor();
    const queued = performance.now();
    await governor.acquire(caller, signal);
    noteBudgetWait(performance.now() - queued);
    const res = await undiciRequest(`${settings.baseUrl}${path}`, { method, headers, body, signal, dispatcher: sharedAgent() });
    const header = (name: string) => firstHeader(res.headers[name.toLowerCase()]);
    await governor.observe(header, res.statusCode);
    return { status: res.statusCode, header, body: webStream(res.body) };
  };
}

function firstHeader(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}

/** One chunk per pull, so a slow reader holds back the socket instead of filling memory. */
function webStream(source: AsyncIterable<Buffer> & { destroy(): unknown }): ReadableStream<Uint8Array> {
  const chunks = source[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const step = await chunks.next();
        if (step.done) controller.close();
        else controller.enqueue(new Uint8Array(step.value.buffer, step.value.byteOffset, step.value.byteLength));
      } catch (e) {
        controller.error(e);
      }
    },
    cancel() {
      source.destroy();
    },
  });
}

/** Demo mode: the fake workspace in-process, loaded on first use. */
export function demoTransport(settings: IntercomSettings): Transport {
  let transport: Promise<Transport> | undefined;
  return async (req) => {
    transport ??= import("@/lib/fake/server").then(({ createFakeIntercom }) => fakeTransport(createFakeIntercom({ scale: settings.fakeScale, baseUrl: "https://api.intercom.io" })));
    return (await transport)(req);
  };
}

/** Any Request → Response handler (the fake workspace) as a transport, sending what httpTransport sends. */
export function fakeTransport(handler: (req: Request) => Promise<Response>, token = "demo"): Transport {
  return async ({ method, path, accept, body, signal }) => {
    const res = await handler(
      new Request(`https://api.intercom.io${path}`, {
        method,
        headers: { accept, "intercom-version": "2.9", authorization: `Bearer ${token}`, ...(body !== undefined ? { "content-type": "application/json" } : {}) },
        body,
        signal,
      }),
    );
    return {
      status: res.status,
      header: (name) => res.headers.get(name) ?? undefined,
      body: res.body ?? new ReadableStream({ start: (c) => c.close() }),
    };
  };
}
