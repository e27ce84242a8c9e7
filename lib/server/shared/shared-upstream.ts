import "server-only";
import type { SharedRedis } from "./redis";
import { requestHash } from "./response-cache";
import { SharedSingleFlight } from "./single-flight";

/**
 * The shared tier of upstream answers, as the client uses it behind its in-process cache: look in
 * Redis, else make the call once across instances, and keep 2xx answers for the endpoint's TTL.
 */

export interface StoredAnswer {
  status: number;
  /** Headers worth keeping with the answer (the X-RateLimit-* set). */
  headers: Record<string, string>;
  body: string;
}

/** One line of JSON metadata, then the body as Intercom sent it. */
export function encodeAnswer(answer: StoredAnswer): Buffer {
  return Buffer.concat([Buffer.from(`${JSON.stringify({ s: answer.status, h: answer.headers })}\n`), Buffer.from(answer.body)]);
}

export function decodeAnswer(bytes: Buffer): StoredAnswer {
  const end = bytes.indexOf(0x0a);
  const meta = JSON.parse(bytes.subarray(0, end).toString()) as { s: number; h: Record<string, string> };
  return { status: meta.s, headers: meta.h, body: bytes.subarray(end + 1).toString() };
}

export interface SharedCall {
  method: string;
  path: string;
  body?: string;
  ttlMs: number;
}

export class SharedUpstream {
  private readonly flight: SharedSingleFlight;

  /** `scope` keeps workspaces apart in one Redis: the upstream base URL, never the token. */
  constructor(
    redis: SharedRedis,
    private readonly scope: string,
  ) {
    this.flight = new SharedSingleFlight(redis);
  }

  /** The answer and where it came from: "shared" (another instance's call) or "origin" (this one's). */
  async call(call: SharedCall, origin: () => Promise<StoredAnswer>): Promise<{ answer: StoredAnswer; tier: "shared" | "origin" }> {
    const hash = requestHash(this.scope, call.method, call.path, call.body);
    const result = await this.flight.run(hash, {
      fetch: async () => {
        const answer = await origin();
        const keep = call.ttlMs > 0 && answer.status >= 200 && answer.status < 300;
        return { value: answer, bytes: keep ? encodeAnswer(answer) : null, ttlMs: call.ttlMs };
      },
      decode: decodeAnswer,
    });
    return { answer: result.value, tier: result.source };
  }
}
