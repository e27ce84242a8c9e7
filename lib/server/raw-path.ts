import "server-only";
import { Server, type IncomingMessage, type ServerResponse } from "node:http";
import { errorEnvelope } from "@/lib/intercom/errors";

/**
 * Next resolves dot segments (`..`, `%2e%2e`, `.%2E`…) before any of Lens's code runs, proxy.ts
 * included, so `/api/intercom/admins/%2e%2e/teams` would quietly become `/teams`. Only the raw
 * request line still shows them; this checks it at the HTTP server, before Next parses anything.
 */

const MAX_DECODE_ROUNDS = 3;

/** True when the path of a raw request target has a `.` or `..` segment in any spelling, double-encoding included. */
export function hasDotSegment(rawTarget: string): boolean {
  let path = rawTarget.split(/[?#]/, 1)[0] ?? "";
  for (let round = 0; round < MAX_DECODE_ROUNDS; round++) {
    path = path.replace(/%25/gi, "%").replace(/%2e/gi, ".").replace(/%2f/gi, "/").replace(/%5c/gi, "\\");
  }
  return path.split(/[/\\]/).some((segment) => segment === "." || segment === "..");
}

function refuse(res: ServerResponse): void {
  const body = JSON.stringify(errorEnvelope("parameter_invalid", "The path contains a dot segment (. or .., in any encoding); Lens does not resolve them.", crypto.randomUUID()));
  res.writeHead(400, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store", "x-content-type-options": "nosniff" });
  res.end(body);
}

/** Wraps the HTTP server's request event so such requests get 400 and never reach Next. Installed once, at start-up. */
export function installRawPathCheck(): void {
  const proto = Server.prototype as Server & { lensRawPathCheck?: true };
  if (proto.lensRawPathCheck) return;
  proto.lensRawPathCheck = true;
  const emit = proto.emit;
  proto.emit = function (this: Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event === "request") {
      const [req, res] = args as [IncomingMessage, ServerResponse];
      if (hasDotSegment(req.url ?? "")) {
        refuse(res);
        return true;
      }
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as typeof emit;
}
