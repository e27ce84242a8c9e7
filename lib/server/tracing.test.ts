import { trace } from "@opentelemetry/api";
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from "@opentelemetry/sdk-trace-base";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { traceUpstream } from "./tracing";

describe("upstream spans", () => {
  it("runs the call unchanged when no tracing is set up", async () => {
    expect(await traceUpstream("listContacts", async (note) => (note({ status: 200, tier: "origin" }), 42))).toBe(42);
  });

  describe("with an exporter", () => {
    const exporter = new InMemorySpanExporter();
    const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
    beforeAll(() => trace.setGlobalTracerProvider(provider));
    afterAll(() => trace.disable());

    it("records the endpoint, status, cache tier and wait time of each call", async () => {
      await traceUpstream("getContact", async (note) => note({ status: 200, tier: "shared", waitMs: 12.4 }));
      await expect(
        traceUpstream("listAdmins", async (note) => {
          note({ status: 503, tier: "origin" });
          throw new Error("upstream down");
        }),
      ).rejects.toThrow("upstream down");
      const [hit, failed] = exporter.getFinishedSpans();
      expect(hit!.name).toBe("intercom getContact");
      expect(hit!.attributes).toMatchObject({ "lens.endpoint": "getContact", "http.response.status_code": 200, "lens.cache_tier": "shared", "lens.wait_ms": 12 });
      expect(failed!.attributes).toMatchObject({ "lens.endpoint": "listAdmins", "lens.cache_tier": "origin" });
      expect(failed!.status.code).toBe(2);
    });
  });
});
