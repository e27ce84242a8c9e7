import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { CLIENT_ADDRESS_HEADER } from "../client-address";
import { MemoryLimiter } from "./limiter";
import { chargeCaller, setCallerLimiter } from "./session-limiter";

vi.mock("next/headers", () => ({ cookies: async () => ({ get: () => undefined }), headers: async () => ({ get: () => null }) }));
vi.mock("next/navigation", () => ({ redirect: () => undefined }));
const { requireApiViewer } = await import("../auth/guard");

function from(address: string, headers: Record<string, string> = {}) {
  return new Request("http://127.0.0.1:3000/api/intercom/teams", { headers: { host: "127.0.0.1:3000", [CLIENT_ADDRESS_HEADER]: address, ...headers } });
}

async function statuses(requests: Request[]): Promise<number[]> {
  const out: number[] = [];
  for (const r of requests) {
    const v = await requireApiViewer(r);
    out.push(v instanceof Response ? v.status : 200);
  }
  return out;
}

beforeEach(() => setCallerLimiter(new MemoryLimiter({ perSecond: 0.01, burst: 3 })));
afterEach(() => {
  setCallerLimiter(undefined);
  vi.unstubAllEnvs();
});

describe.each([
  ["demo mode", { INTERCOM_ACCESS_TOKEN: "" }],
  ["LENS_AUTH=none", { INTERCOM_ACCESS_TOKEN: "tok", LENS_AUTH: "none", LENS_PUBLIC_URL: "http://127.0.0.1:3000" }],
])("without sign-in (%s), limits apply per client address", (_, env) => {
  beforeEach(() => {
    for (const [k, v] of Object.entries(env)) vi.stubEnv(k, v);
  });

  it("refuses one address past its budget while another carries on", async () => {
    expect(await statuses([from("10.0.0.1"), from("10.0.0.1"), from("10.0.0.1"), from("10.0.0.1")])).toEqual([200, 200, 200, 429]);
    expect(await statuses([from("10.0.0.2")])).toEqual([200]);
    const refused = await requireApiViewer(from("10.0.0.1"));
    expect(refused).toBeInstanceOf(Response);
    expect((refused as Response).headers.get("retry-after")).toMatch(/^\d+$/);
    expect(await (refused as Response).json()).toMatchObject({ type: "error.list", errors: [{ code: "rate_limit_exceeded" }] });
  });

  it("ignores X-Forwarded-For unless LENS_TRUST_PROXY is set", async () => {
    const spoofed = (i: number) => from("10.0.0.9", { "x-forwarded-for": `203.0.113.${i}` });
    expect(await statuses([1, 2, 3, 4].map(spoofed))).toEqual([200, 200, 200, 429]);

    setCallerLimiter(new MemoryLimiter({ perSecond: 0.01, burst: 3 }));
    vi.stubEnv("LENS_TRUST_PROXY", "1");
    // Behind a trusted proxy, the last hop is the client the proxy saw; earlier hops are the client's own claim.
    expect(await statuses([1, 2, 3, 4].map((i) => from("10.0.0.9", { "x-forwarded-for": `198.51.100.7, 203.0.113.${i}` })))).toEqual([200, 200, 200, 200]);
    expect(await statuses([1, 2, 3, 4].map((i) => from("10.0.0.9", { "x-forwarded-for": `198.51.100.${i}, 203.0.113.50` })))).toEqual([200, 200, 200, 429]);
  });
});

describe("cost", () => {
  it("charges what a request can cost upstream: a dear request goes through, then the caller waits it off", async () => {
    setCallerLimiter(new MemoryLimiter({ perSecond: 10, burst: 20 }));
    expect(await chargeCaller("session:a", 50)).toBeNull();
    const refused = await chargeCaller("session:a", 1);
    expect(refused?.status).toBe(429);
    // 30 tokens in debt plus one for this request, at 10 a second.
    expect(Number(refused?.headers.get("retry-after"))).toBeGreaterThanOrEqual(3);
    expect(await chargeCaller("session:b", 1)).toBeNull();
    expect(await chargeCaller("session:b", 0)).toBeNull();
  });
});
