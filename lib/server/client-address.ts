import "server-only";
import type { IncomingMessage } from "node:http";
import { Server } from "node:http";
import { trustProxy } from "./env";

/**
 * The address a request came from, for limits that apply per client when there is no session
 * (demo mode, LENS_AUTH=none). Route handlers do not see the socket, so the server stamps its
 * peer address on each request under a header of its own, replacing any value a client sent.
 * X-Forwarded-For is believed only with LENS_TRUST_PROXY, and then only its last hop (the one
 * the proxy in front of Lens appended).
 */

export const CLIENT_ADDRESS_HEADER = "x-lens-client-address";

let stamped = false;

/** Called once at start (instrumentation.ts). */
export function stampClientAddresses(): void {
  if (stamped) return;
  stamped = true;
  const emit = Server.prototype.emit;
  Server.prototype.emit = function (this: Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event === "request") {
      const req = args[0] as IncomingMessage;
      req.headers[CLIENT_ADDRESS_HEADER] = req.socket?.remoteAddress ?? "unknown";
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as typeof Server.prototype.emit;
}

export function clientAddress(request: Request): string {
  if (trustProxy()) {
    const hops = (request.headers.get("x-forwarded-for") ?? "")
      .split(",")
      .map((h) => h.trim())
      .filter(Boolean);
    const last = hops.at(-1);
    if (last) return last;
  }
  return request.headers.get(CLIENT_ADDRESS_HEADER) ?? "unknown";
}
