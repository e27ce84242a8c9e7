/**
 * JavaScript per route from the production build: the scripts Chromium loaded for each page, sized
 * as gzip -9 of the files in .next/static, and which of them carry Recharts.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { judge, kib, type Row } from "./report";
import { isChartRoute } from "./routes";

/** Class names Recharts writes into the DOM; they survive minification. */
const RECHARTS_SIGNATURES = ["recharts-surface", "recharts-wrapper"];

export interface RouteScripts {
  path: string;
  scripts: string[];
}

export function rechartsChunks(staticDir: string): Set<string> {
  const found = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith(".js") && RECHARTS_SIGNATURES.some((s) => readFileSync(full, "utf8").includes(s))) found.add(full);
    }
  };
  walk(join(staticDir, "chunks"));
  return found;
}

export function gzipSize(file: string, cache: Map<string, number>): number {
  let size = cache.get(file);
  if (size === undefined) {
    try {
      size = gzipSync(readFileSync(file), { level: 9 }).length;
    } catch {
      size = Number.NaN;
    }
    cache.set(file, size);
  }
  return size;
}

/** The scripts every measured route loads: what any first visit costs before its page's own code. */
export function sharedScripts(routes: readonly RouteScripts[]): string[] {
  if (routes.length === 0) return [];
  return (routes[0] as RouteScripts).scripts.filter((s) => routes.every((r) => r.scripts.includes(s)));
}

/**
 * `routes` are the built pages; `layoutPages` adds pages that render only the layout (a 404 still loads the
 * shell), so the shell is not overestimated while few pages exist.
 */
export function measureBundles(distDir: string, routes: readonly RouteScripts[], layoutPages: readonly RouteScripts[] = []): { rows: Row[]; section: string } {
  const staticDir = join(distDir, "static");
  const sizes = new Map<string, number>();
  const fileOf = (script: string) => (script.startsWith("/_next/static/") ? join(staticDir, script.slice("/_next/static/".length)) : "");
  const size = (scripts: readonly string[]) => scripts.reduce((sum, s) => sum + gzipSize(fileOf(s), sizes), 0);
  const charts = rechartsChunks(staticDir);
  const shell = sharedScripts([...routes, ...layoutPages]);
  const shellBytes = size(shell);

  const rows: Row[] = [];
  if (routes.length === 0) {
    return { rows: [{ area: "JavaScript", metric: "app shell, gzip", value: "—", target: "≤ 200 KiB", status: "error", note: "no page loaded" }], section: "" };
  }
  rows.push({
    area: "JavaScript",
    metric: "app shell, gzip -9",
    value: kib(shellBytes),
    target: "≤ 200 KiB",
    status: judge(shellBytes, 200 * 1024, "at most"),
    note: `${shell.length} scripts every page loads (${routes.length} built routes and ${layoutPages.length} not-found pages measured)`,
  });
  const withCharts = routes.filter((r) => r.scripts.some((s) => charts.has(fileOf(s))));
  const misplaced = withCharts.filter((r) => !isChartRoute(r.path));
  rows.push({
    area: "JavaScript",
    metric: "Recharts only on chart routes",
    value: withCharts.length ? withCharts.map((r) => r.path).join(", ") : "no route loads it",
    target: "chart routes only",
    status: misplaced.length ? "fail" : "pass",
    note: `${charts.size} Recharts chunk(s) in the build${misplaced.length ? `; loaded by ${misplaced.map((r) => r.path).join(", ")}` : ""}`,
  });
  const largest = [...routes].map((r) => ({ path: r.path, bytes: size(r.scripts) })).sort((a, b) => b.bytes - a.bytes)[0];
  if (largest) rows.push({ area: "JavaScript", metric: "heaviest route, gzip -9", value: kib(largest.bytes), target: "info", status: "info", note: largest.path });

  const lines = routes.map((r) => {
    const own = r.scripts.filter((s) => !shell.includes(s));
    return `| ${r.path} | ${r.scripts.length} | ${kib(size(r.scripts))} | ${kib(size(own))} | ${r.scripts.some((s) => charts.has(fileOf(s))) ? "yes" : "no"} |`;
  });
  const section = `## JavaScript per route

Scripts are those Chromium loaded for the page (resource timing, after the content settled, so lazily loaded chunks
count), sized as gzip -9 of the same files in \`.next/static\`. The app shell is the set every measured route loads
(pages not built yet render the layout and its not-found page, so they take part in that intersection).
Recharts chunks are found by the class names Recharts renders (\`${RECHARTS_SIGNATURES.join("`, `")}\`).

| Route | Scripts | Total gzip | Beyond the shell | Recharts |
|---|---|---|---|---|
${lines.join("\n")}`;
  return { rows, section };
}
