// Runs once when the Lens server starts.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { stampClientAddresses } = await import("./lib/server/client-address");
  stampClientAddresses();
  const { logAuthPosture } = await import("./lib/server/auth/startup");
  logAuthPosture();
  const { installRawPathCheck } = await import("./lib/server/raw-path");
  installRawPathCheck();
  const { logAlertRules } = await import("./lib/server/alerts/rules-file");
  await logAlertRules();
  const { registerAlertEvaluation } = await import("./lib/server/alerts/register");
  registerAlertEvaluation();
  // The background sync fills Lens's store; LENS_SYNC=off leaves it to `npm run sync` (or to another instance).
  const { startSyncScheduler, syncSettings } = await import("./lib/server/sync");
  if (syncSettings().enabled) startSyncScheduler();
  // Connect to the shared Redis (when REDIS_URL is set) before the first request needs it.
  const { sharedRedis } = await import("./lib/server/shared/redis");
  sharedRedis();
  // Tracing is opt-in: the SDK loads only when an OTLP endpoint is configured (standard OTEL_* variables).
  if (process.env.OTEL_EXPORTER_OTLP_ENDPOINT) {
    const { registerOTel } = await import("@vercel/otel");
    registerOTel({ serviceName: process.env.OTEL_SERVICE_NAME || "lens" });
  }
}
