import "server-only";
import { SpanStatusCode, trace } from "@opentelemetry/api";

/**
 * Spans for upstream calls. The OpenTelemetry API is a no-op until an SDK registers (instrumentation.ts
 * does that only when OTEL_EXPORTER_OTLP_ENDPOINT is set), so this costs nothing otherwise.
 */

export type CacheTier = "memory" | "shared" | "origin";

export interface UpstreamOutcome {
  status: number;
  tier: CacheTier;
  /** Time held back by the rate budget before the call could go. */
  waitMs?: number;
}

const tracer = () => trace.getTracer("lens");

/** Runs one upstream call (`endpoint` is the registry id, never a path with ids) inside a span; `note` records how it went. */
export function traceUpstream<T>(endpoint: string, run: (note: (outcome: UpstreamOutcome) => void) => Promise<T>): Promise<T> {
  return tracer().startActiveSpan(`intercom ${endpoint}`, { attributes: { "lens.endpoint": endpoint } }, async (span) => {
    try {
      return await run(({ status, tier, waitMs }) => {
        span.setAttributes({ "http.response.status_code": status, "lens.cache_tier": tier, ...(waitMs !== undefined ? { "lens.wait_ms": Math.round(waitMs) } : {}) });
        if (status >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      });
    } catch (e) {
      span.setStatus({ code: SpanStatusCode.ERROR, message: e instanceof Error ? e.name : "error" });
      throw e;
    } finally {
      span.end();
    }
  });
}
