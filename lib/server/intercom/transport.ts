import "server-only";
import { Agent, request as undiciRequest } from "undici";
import type { IntercomSettings } from "../env";
import { upstreamGovernor } from "./governor";

/** One upstream exchange, independent of whether Intercom is real (HTTP) or the in-process fake. */
export interface TransportRequest {
  method: "GET" | "POST";
  path: string;
  accept: "application/json" | "application/octet-stream";
  body?: string;
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
  return async ({ method, path, accept, body, signal }) => {
    const headers: Record<string, string> = {
      authorization: `Bearer ${settings.token ?? ""}`,
      accept,
      "intercom-version": "2.9",
      "user-agent": "lens-dashboard",
    };
    if (body !== undefined) headers["content-type"] = "application/json";
    // Every live call waits its turn under Lens's share of Intercom's rate limit.
    const governor = upstreamGovernor();
    await governor.acquire(signal);
    const res = await undiciRequest(`${settings.baseUrl}${path}`, { method, headers, body, signal, dispatcher: sharedAgent() });
    const body$ = res.body;
    const header = (name: string) => {
      const v = res.headers[name.toLowerCase()];
      return Array.isArray(v) ? v[0] : v;
    };
    governor.observe(header, res.statusCode);
    return {
      status: res.statusCode,
      header,
      body: new ReadableStream<Uint8Array>({
        async pull(controller) {
          try {
            for await (const chunk of body$) controller.enqueue(new Uint8Array(chunk as Buffer));
            controller.close();
          } catch (e) {
            controller.error(e);
          }
        },
        cancel() {
          body$.destroy();
        },
      }),
    };
  };
}

export function demoTransport(settings: IntercomSettings): Transport {
  let handler: Promise<(req: Request) => Promise<Response>> | undefined;
  return async ({ method, path, accept, body, signal }) => {
    handler ??= import("@/lib/fake/server").then(({ createFakeIntercom }) => createFakeIntercom({ scale: settings.fakeScale, baseUrl: "https://api.intercom.io" }));
    const fake = await handler;
    const res = await fake(
      new Request(`https://api.intercom.io${path}`, {
        method,
        headers: { accept, "intercom-version": "2.9", authorization: "Bearer demo", ...(body ? { "content-type": "application/json" } : {}) },
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
