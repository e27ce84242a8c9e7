/** Starts Lens (`next start`, live mode) against a fake Intercom, and finds its next-server process. */
import { spawn, type ChildProcess } from "node:child_process";
import { BENCH_TOKEN } from "./fake-http";
import { processName, processTree, stopChild, track } from "./processes";

/** The same V8 heap cap as `npm start` (package.json), so memory is measured as Lens runs in production. */
const START_NODE_FLAGS = ["--max-old-space-size=256"];

export interface LensServer {
  name: string;
  url: string;
  /** The next-server process (the one that serves requests), for RSS readings. */
  serverPid: number;
  child: ChildProcess;
  stop(): Promise<void>;
}

export interface LensOptions {
  name: string;
  port: number;
  fakeUrl: string;
  /** Extra environment, e.g. LENS_CACHE_TTL_MS=0. */
  env?: Record<string, string>;
  /** V8 heap cap in MB instead of `npm start`'s (to find the smallest heap a load needs). */
  heapMb?: number;
}

export async function startLens({ name, port, fakeUrl, env = {}, heapMb }: LensOptions): Promise<LensServer> {
  const url = `http://127.0.0.1:${port}`;
  const flags = heapMb ? [`--max-old-space-size=${heapMb}`] : START_NODE_FLAGS;
  const child = spawn(process.execPath, [...flags, "node_modules/next/dist/bin/next", "start", "-H", "127.0.0.1", "-p", String(port)], {
    cwd: process.cwd(),
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      INTERCOM_ACCESS_TOKEN: BENCH_TOKEN,
      INTERCOM_API_BASE_URL: fakeUrl,
      LENS_AUTH: "none",
      LENS_PUBLIC_URL: url,
      ...env,
    },
  });
  track(child);
  let log = "";
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-4_000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);

  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Lens (${name}) exited with ${child.exitCode}:\n${log}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stopChild(child);
      throw new Error(`Lens (${name}) did not answer /api/health within 60 s:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  const tree = processTree(child.pid as number);
  const serverPid = tree.find((pid) => processName(pid).startsWith("next-server")) ?? (child.pid as number);
  return { name, url, serverPid, child, stop: () => stopChild(child) };
}
