import pkg from "../../package.json";

/** Ports and secrets of the e2e rig. E2E_PORT_BASE lets several checkouts run side by side. */
const base = Number(process.env.E2E_PORT_BASE || 3100);

export const PORTS = { app: base, demo: base + 1, fake: base + 1000 } as const;

/** The live-mode server (and `npm run test:e2e`'s build) gets this token; it must never reach a browser. */
export const CANARY_TOKEN: string = pkg.config.e2eCanaryToken;

export const FAKE_URL = `http://127.0.0.1:${PORTS.fake}`;
export const APP_URL = `http://127.0.0.1:${PORTS.app}`;
