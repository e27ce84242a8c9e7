/** Ports and secrets of the e2e rig. E2E_PORT_BASE lets several checkouts run side by side. */
const base = Number(process.env.E2E_PORT_BASE ?? 3100);

export const PORTS = { app: base, demo: base + 1, fake: base + 1000 } as const;

/** The live-mode server is given this token; it must never reach a browser. */
export const CANARY_TOKEN = "lens-canary-7f3a9c2e41b8d6f0-do-not-leak";

export const FAKE_URL = `http://127.0.0.1:${PORTS.fake}`;
export const APP_URL = `http://127.0.0.1:${PORTS.app}`;
export const DEMO_URL = `http://127.0.0.1:${PORTS.demo}`;
