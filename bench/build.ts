/**
 * Builds Lens when the production build is missing or older than its sources, so a run never measures
 * stale pages and never pays for a build it does not need.
 */
import { spawn } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { track } from "./processes";

const SOURCES = ["app", "components", "lib", "next.config.mjs", "postcss.config.mjs", "package-lock.json", "tsconfig.json"];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) {
    if (entry === "node_modules" || entry.startsWith(".")) continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

/** Why a build is needed, or null when the current one is up to date. */
export function buildReason(distDir = ".next"): string | null {
  const id = join(distDir, "BUILD_ID");
  if (!existsSync(id)) return "no production build";
  const built = statSync(id).mtimeMs;
  const stale = SOURCES.find((s) => newestMtime(s) > built);
  return stale ? `${stale} changed after the last build` : null;
}

export function nextBuild(log: (line: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "build"], {
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    });
    track(child);
    let tail = "";
    const keep = (chunk: Buffer) => {
      tail = (tail + chunk.toString()).slice(-6_000);
    };
    child.stdout?.on("data", keep);
    child.stderr?.on("data", keep);
    child.on("exit", (code) => {
      if (code === 0) {
        log("  build done");
        resolve();
      } else reject(new Error(`next build failed (${code}):\n${tail}`));
    });
  });
}
