import "server-only";
import { SpanStatusCode, trace } from "@opentelemetry/api";

/**
 * Spans for upstream calls, only when OTEL_EXPORTER_OTLP_ENDPOINT is set (instrumentation.ts then
 * registers the SDK); otherwise the call runs as it is, without a span or the endpoint lookup.
 */

/** memory/shared: a cache tier answered; origin: this call went upstream; coalesced: it waited for an identical call (here or on another instance). */
export type CacheTier = "memory" | "shared" | "origin" | "coalesced";

export interface UpstreamOutcome {
  status: number;
  tier: CacheTier;
}

const tracer = () => trace.getTracer("lens");

export function tracingEnabled(): boolean {
  return Boolean(process.env.OTEL_EXPORTER_OTLP_ENDPOINT);
}

/**
 * Runs one upstream call inside a span named for its endpoint (the registry id, never a path with
 * ids); `note` records the status and the cache tier that answered.
 */
export function traceUpstream<T>(endpoint: () => string, run: (note: (outcome: UpstreamOutcome) => void) => Promise<T>): Promise<T> {
  if (!tracingEnabled()) return run(() => {});
  const name = endpoint();
  return tracer().startActiveSpan(`intercom ${name}`, { attributes: { "lens.endpoint": name } }, async (span) => {
    try {
      return await run(({ status, tier }) => {
        span.setAttributes({ "http.response.status_code": status, "lens.cache_tier": tier });
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

/** Time the call was held back by the rate budget, on the current upstream span. */
export function noteBudgetWait(ms: number): void {
  if (tracingEnabled()) trace.getActiveSpan()?.setAttribute("lens.wait_ms", Math.round(ms));
}
