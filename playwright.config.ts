import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig } from "@playwright/test";
import { AUTH_ALLOWED_DOMAIN, AUTH_CLIENT, PORTS as AUTH_PORTS, AUTH_RATE_LIMIT, AUTH_SESSION_SECRET, AUTH_URL, OIDC_URL } from "./e2e/support/auth-env";
import { CANARY_TOKEN, PORTS } from "./e2e/support/env";

const bin = (name: string) => `node_modules/.bin/${name}`;
const quiet = { NEXT_TELEMETRY_DISABLED: "1" };
// Without sign-in Lens limits per client address, and the whole suite is one address: the open servers
// get a budget no journey reaches (the limit itself is tested in unit tests and auth-limits.spec.ts).
const roomy = { LENS_RATE_LIMIT_PER_SECOND: "1000", LENS_RATE_LIMIT_BURST: "2000" };
// Each run's servers get fresh stores of their own (workers inherit the variable, so it is made once).
process.env.LENS_E2E_DATA ??= mkdtempSync(path.join(os.tmpdir(), "lens-e2e-"));
const store = (name: string) => ({ LENS_DATA_DIR: path.join(process.env.LENS_E2E_DATA!, name) });
// The live servers share the fake with tests that count its calls and inject faults, so they sync
// only when a test asks (Refresh); the demo server syncs its in-process workspace at start.
const noSchedule = { LENS_SYNC: "off" };

// Serial on purpose: the fake's fault switches and call counters are shared by every test.
export default defineConfig({
  testDir: "e2e",
  workers: 1,
  fullyParallel: false,
  forbidOnly: true,
  // Server-first pages are interactive only after hydration; a click that lands before it is lost.
  // One retry absorbs that race on a busy CI machine; a real failure still fails twice.
  retries: 1,
  timeout: 45_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    headless: true,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  projects: [
    { name: "live", testIgnore: [/demo\//, /auth-[^/]*\.spec\.ts$/], use: { baseURL: `http://127.0.0.1:${PORTS.app}` } },
    // Sign-in, headers and limits: Lens in live mode requiring OIDC sign-in against a local provider.
    { name: "auth", testMatch: /auth-[^/]*\.spec\.ts$/, use: { baseURL: AUTH_URL } },
    { name: "demo", testMatch: /demo\/.*\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${PORTS.demo}` } },
  ],
  webServer: [
    {
      command: `${bin("tsx")} scripts/fake-intercom.ts`,
      url: `http://127.0.0.1:${PORTS.fake}/__fake/stats`,
      env: { ...process.env, FAKE_INTERCOM_PORT: String(PORTS.fake), FAKE_INTERCOM_TOKEN: CANARY_TOKEN },
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      // Live mode against the fake over HTTP, with a canary token that must never leak.
      command: `${bin("next")} start -H 127.0.0.1 -p ${PORTS.app}`,
      url: `http://127.0.0.1:${PORTS.app}/api/health`,
      env: {
        ...process.env,
        ...quiet,
        ...roomy,
        ...store("app"),
        ...noSchedule,
        INTERCOM_ACCESS_TOKEN: CANARY_TOKEN,
        INTERCOM_API_BASE_URL: `http://127.0.0.1:${PORTS.fake}`,
        LENS_AUTH: "none",
        LENS_PUBLIC_URL: `http://127.0.0.1:${PORTS.app}`,
      },
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      // Demo mode: no token, the fake workspace runs in-process.
      command: `${bin("next")} start -H 127.0.0.1 -p ${PORTS.demo}`,
      url: `http://127.0.0.1:${PORTS.demo}/api/health`,
      env: { ...process.env, ...quiet, ...roomy, ...store("demo"), INTERCOM_ACCESS_TOKEN: "", INTERCOM_API_BASE_URL: "", LENS_AUTH: "", LENS_ALERTS_FILE: "e2e/fixtures/alert-rules.json" },
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      // A real OpenID provider on localhost, so the sign-in flow runs offline.
      command: `${bin("tsx")} e2e/support/oidc-provider.ts`,
      url: `${OIDC_URL}/.well-known/openid-configuration`,
      env: { ...process.env, E2E_PORT_BASE: process.env.E2E_PORT_BASE ?? "" },
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      // Live mode that requires sign-in with the local provider.
      command: `${bin("next")} start -H 127.0.0.1 -p ${AUTH_PORTS.auth}`,
      url: `${AUTH_URL}/api/health`,
      env: {
        ...process.env,
        ...quiet,
        ...store("auth"),
        ...noSchedule,
        INTERCOM_ACCESS_TOKEN: CANARY_TOKEN,
        INTERCOM_API_BASE_URL: `http://127.0.0.1:${PORTS.fake}`,
        LENS_AUTH: "",
        LENS_PUBLIC_URL: AUTH_URL,
        LENS_SESSION_SECRET: AUTH_SESSION_SECRET,
        LENS_OIDC_ISSUER: OIDC_URL,
        LENS_OIDC_CLIENT_ID: AUTH_CLIENT.id,
        LENS_OIDC_CLIENT_SECRET: AUTH_CLIENT.secret,
        LENS_OIDC_NAME: "Test IdP",
        LENS_ALLOWED_DOMAINS: AUTH_ALLOWED_DOMAIN,
        LENS_ALLOWED_EMAILS: "",
        LENS_INTERCOM_CLIENT_ID: "",
        LENS_INTERCOM_CLIENT_SECRET: "",
        LENS_RATE_LIMIT_PER_SECOND: String(AUTH_RATE_LIMIT.perSecond),
        LENS_RATE_LIMIT_BURST: String(AUTH_RATE_LIMIT.burst),
      },
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      // Live mode with a token but no sign-in configured and no LENS_AUTH=none: must serve nothing.
      command: `${bin("next")} start -H 127.0.0.1 -p ${AUTH_PORTS.unconfigured}`,
      url: `http://127.0.0.1:${AUTH_PORTS.unconfigured}/api/health`,
      env: {
        ...process.env,
        ...quiet,
        ...store("unconfigured"),
        ...noSchedule,
        INTERCOM_ACCESS_TOKEN: CANARY_TOKEN,
        INTERCOM_API_BASE_URL: `http://127.0.0.1:${PORTS.fake}`,
        LENS_AUTH: "",
        LENS_PUBLIC_URL: "",
        LENS_SESSION_SECRET: "",
        LENS_OIDC_ISSUER: "",
        LENS_OIDC_CLIENT_ID: "",
        LENS_OIDC_CLIENT_SECRET: "",
        LENS_INTERCOM_CLIENT_ID: "",
        LENS_INTERCOM_CLIENT_SECRET: "",
      },
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
