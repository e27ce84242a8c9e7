import { AsyncLocalStorage } from "node:async_hooks";
import { context, ROOT_CONTEXT, trace, type Context, type ContextManager } from "@opentelemetry/api";
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from "@opentelemetry/sdk-trace-base";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { noteBudgetWait, traceUpstream } from "./tracing";

/** What @vercel/otel registers in the server: the active span follows async calls. */
class AsyncContext implements ContextManager {
  private readonly storage = new AsyncLocalStorage<Context>();
  active = () => this.storage.getStore() ?? ROOT_CONTEXT;
  with<A extends unknown[], F extends (...args: A) => ReturnType<F>>(ctx: Context, fn: F, thisArg?: ThisParameterType<F>, ...args: A): ReturnType<F> {
    return this.storage.run(ctx, () => fn.call(thisArg, ...args));
  }
  bind = <T>(_ctx: Context, target: T): T => target;
  enable = () => this;
  disable = () => this;
}

describe("upstream spans", () => {
  const exporter = new InMemorySpanExporter();
  beforeAll(() => {
    context.setGlobalContextManager(new AsyncContext());
    trace.setGlobalTracerProvider(new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] }));
  });
  afterAll(() => {
    trace.disable();
    context.disable();
  });

  it("makes no span and looks nothing up without an OTLP endpoint", async () => {
    vi.stubEnv("OTEL_EXPORTER_OTLP_ENDPOINT", "");
    const endpoint = vi.fn(() => "contacts.list");
    expect(await traceUpstream(endpoint, async (note) => (note({ status: 200, tier: "origin" }), 42))).toBe(42);
    expect(endpoint).not.toHaveBeenCalled();
    expect(exporter.getFinishedSpans()).toHaveLength(0);
    vi.unstubAllEnvs();
  });

  it("records the endpoint, status, cache tier and budget wait of each call", async () => {
    vi.stubEnv("OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:4318");
    await traceUpstream(
      () => "contacts.get",
      async (note) => {
        noteBudgetWait(12.4);
        note({ status: 200, tier: "shared" });
      },
    );
    await expect(
      traceUpstream(
        () => "admins.list",
        async (note) => {
          note({ status: 503, tier: "origin" });
          throw new Error("upstream down");
        },
      ),
    ).rejects.toThrow("upstream down");
    const [hit, failed] = exporter.getFinishedSpans();
    expect(hit!.name).toBe("intercom contacts.get");
    expect(hit!.attributes).toMatchObject({ "lens.endpoint": "contacts.get", "http.response.status_code": 200, "lens.cache_tier": "shared", "lens.wait_ms": 12 });
    expect(failed!.attributes).toMatchObject({ "lens.endpoint": "admins.list", "lens.cache_tier": "origin" });
    expect(failed!.status.code).toBe(2);
    vi.unstubAllEnvs();
  });
});
