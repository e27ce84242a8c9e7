/**
 * Serves the fake Intercom workspace over HTTP, for e2e tests and benchmarks.
 *   FAKE_INTERCOM_PORT (4010)   port on 127.0.0.1
 *   FAKE_INTERCOM_TOKEN         require this bearer token (otherwise any token is accepted)
 *   FAKE_INTERCOM_LATENCY_MS    added to every answer
 *   FAKE_INTERCOM_FAULT         start with a fault: rate_limit[:reset_s] | unauthorized | server_error[:status] | malformed | slow[:ms] |
 *                               html | redirect | hang | leaky_headers
 *   LENS_FAKE_SCALE             default | large
 * Faults can also be switched at run time: POST /__fake/fault {"kind":"server_error","times":2}.
 */
import { createServer } from "node:http";
import { Readable } from "node:stream";
import { parseFault } from "../lib/fake/faults";
import { createFakeIntercom } from "../lib/fake/server";

const port = Number(process.env.FAKE_INTERCOM_PORT ?? 4010);
const host = process.env.FAKE_INTERCOM_HOST ?? "127.0.0.1";
const origin = `http://${host}:${port}`;

const fake = createFakeIntercom({
  scale: process.env.LENS_FAKE_SCALE === "large" ? "large" : "default",
  baseUrl: origin,
  token: process.env.FAKE_INTERCOM_TOKEN || undefined,
  latencyMs: Number(process.env.FAKE_INTERCOM_LATENCY_MS ?? 0) || undefined,
  rateLimitPerWindow: Number(process.env.FAKE_INTERCOM_RATE_LIMIT ?? 0) || undefined,
  fault: parseFault(process.env.FAKE_INTERCOM_FAULT),
  control: true,
});

const server = createServer(async (req, res) => {
  try {
    const hasBody = req.method !== "GET" && req.method !== "HEAD";
    // When the caller hangs up (a deadline fired), a hung or slow fault stops waiting too.
    const gone = new AbortController();
    res.on("close", () => {
      if (!res.writableFinished) gone.abort();
    });
    const request = new Request(`${origin}${req.url ?? "/"}`, {
      method: req.method,
      signal: gone.signal,
      headers: Object.entries(req.headers).flatMap(([k, v]) => (v === undefined ? [] : Array.isArray(v) ? v.map((x) => [k, x] as [string, string]) : [[k, v] as [string, string]])),
      body: hasBody ? (Readable.toWeb(req) as ReadableStream<Uint8Array>) : undefined,
      duplex: "half",
    } as RequestInit);
    const response = await fake(request);
    res.writeHead(response.status, Object.fromEntries(response.headers));
    if (response.body) {
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) res.write(chunk);
    }
    res.end();
  } catch (e) {
    console.error("fake intercom error", e);
    if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" });
    res.end('{"type":"error.list","errors":[{"code":"server_error","message":"fake failed"}]}');
  }
});
server.keepAliveTimeout = 60_000;
server.listen(port, host, () => {
  console.log(`fake Intercom (${process.env.LENS_FAKE_SCALE ?? "default"} workspace) on ${origin}`);
});
