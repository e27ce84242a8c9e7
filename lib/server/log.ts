import "server-only";
import pino from "pino";

/**
 * The one logger: JSON lines on stdout, no worker transports (they break under the bundler). The
 * redact list is a safety net; callers log ids, routes and numbers, never tokens, cookies or
 * customer content.
 */
export const log = pino({
  base: { service: "lens" },
  level: process.env.LENS_LOG_LEVEL || "info",
  timestamp: pino.stdTimeFunctions.isoTime,
  formatters: { level: (label) => ({ level: label }) },
  redact: {
    paths: ["token", "authorization", "cookie", "headers.authorization", "headers.cookie", "*.token", "*.authorization", "*.cookie"],
    censor: "[redacted]",
  },
});
