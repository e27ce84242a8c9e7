import { defineConfig } from "@playwright/test";
import { CANARY_TOKEN, PORTS } from "./e2e/support/env";

const bin = (name: string) => `node_modules/.bin/${name}`;
const quiet = { NEXT_TELEMETRY_DISABLED: "1" };

// Serial on purpose: the fake's fault switches and call counters are shared by every test.
export default defineConfig({
  testDir: "e2e",
  workers: 1,
  fullyParallel: false,
  forbidOnly: true,
  retries: 0,
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
    { name: "live", testIgnore: /demo\//, use: { baseURL: `http://127.0.0.1:${PORTS.app}` } },
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
      env: { ...process.env, ...quiet, INTERCOM_ACCESS_TOKEN: CANARY_TOKEN, INTERCOM_API_BASE_URL: `http://127.0.0.1:${PORTS.fake}`, LENS_AUTH: "none" },
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      // Demo mode: no token, the fake workspace runs in-process.
      command: `${bin("next")} start -H 127.0.0.1 -p ${PORTS.demo}`,
      url: `http://127.0.0.1:${PORTS.demo}/api/health`,
      env: { ...process.env, ...quiet, INTERCOM_ACCESS_TOKEN: "", INTERCOM_API_BASE_URL: "", LENS_AUTH: "" },
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
