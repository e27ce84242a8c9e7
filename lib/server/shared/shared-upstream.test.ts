import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { TestRedis } from "@/lib/testing/redis-server";
import { connectInstance } from "@/lib/testing/shared-redis";
import type { SharedRedis } from "./redis";
import { decodeAnswer, encodeAnswer, SharedUpstream, type StoredAnswer } from "./shared-upstream";

let server: TestRedis;
let open: SharedRedis[] = [];
beforeAll(async () => {
  server = await TestRedis.start();
}, 120_000);
afterAll(() => server.stop());
afterEach(async () => {
  await Promise.all(open.map((r) => r.close()));
  open = [];
});

async function instance(): Promise<SharedUpstream> {
  const redis = await connectInstance(server.url);
  open.push(redis);
  return new SharedUpstream(redis, "https://api.intercom.io");
}

function origin(answer: StoredAnswer) {
  let calls = 0;
  return {
    fetch: async () => {
      calls++;
      await new Promise((r) => setTimeout(r, 50));
      return answer;
    },
    calls: () => calls,
  };
}

describe("shared upstream tier", () => {
  it("keeps status, rate-limit headers and body byte for byte", () => {
    const answer = { status: 200, headers: { "x-ratelimit-limit": "166" }, body: '{"type":"admin.list","name":"Zoë\\n€"}\n' };
    expect(decodeAnswer(encodeAnswer(answer))).toEqual(answer);
  });

  it("serves the second instance from the first one's call", async () => {
    const [a, b] = [await instance(), await instance()];
    const up = origin({ status: 200, headers: {}, body: '{"type":"admin.list"}' });
    const call = { method: "GET", path: "/admins", ttlMs: 5_000 };
    const first = await a.call(call, up.fetch);
    const second = await b.call(call, up.fetch);
    expect([first.tier, second.tier]).toEqual(["origin", "shared"]);
    expect(second.answer.body).toBe('{"type":"admin.list"}');
    expect(up.calls()).toBe(1);
  });

  it("does not share errors: each instance asks again", async () => {
    const [a, b] = [await instance(), await instance()];
    const up = origin({ status: 500, headers: {}, body: '{"type":"error.list"}' });
    const call = { method: "GET", path: "/teams", ttlMs: 5_000 };
    await a.call(call, up.fetch);
    await b.call(call, up.fetch);
    expect(up.calls()).toBe(2);
  });
});
