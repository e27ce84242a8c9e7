/**
 * Smoke test of the standalone server, assembled as the Dockerfile assembles it (.next/standalone
 * plus .next/static and public/): it starts it in live mode against the fake Intercom over HTTP and
 * with a real Redis, then checks liveness, readiness, a page, a static asset, a proxied call, an
 * error envelope's request id and the logs. Run after `next build`: `tsx scripts/smoke-standalone.ts`.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createClient } from "redis";
import { BENCH_TOKEN, startFakeHttp } from "../bench/fake-http";
import { freePort, TestRedis } from "../lib/testing/redis-server";

const root = path.resolve(__dirname, "..");
const standalone = path.join(root, ".next/standalone");

function check(ok: unknown, what: string): void {
  if (!ok) throw new Error(`smoke: ${what}`);
  console.log(`  ok  ${what}`);
}

/** A copy laid out like the image's /app, so nothing resolves from the repository by accident. */
function assemble(): string {
  if (!existsSync(path.join(standalone, "server.js"))) throw new Error("smoke: no .next/standalone/server.js; run `next build` first (output: standalone).");
  const app = mkdtempSync(path.join(tmpdir(), "lens-standalone-"));
  cpSync(standalone, app, { recursive: true, verbatimSymlinks: true });
  cpSync(path.join(root, ".next/static"), path.join(app, ".next/static"), { recursive: true });
  cpSync(path.join(root, "public"), path.join(app, "public"), { recursive: true });
  return app;
}

async function waitFor(url: string, child: ChildProcess, ms = 30_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`smoke: the server exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`smoke: ${url} did not answer within ${ms} ms`);
}

async function main(): Promise<void> {
  const app = assemble();
  const redis = await TestRedis.start();
  const fake = await startFakeHttp({ port: await freePort() });
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  let output = "";
  const server = spawn(process.execPath, ["server.js"], {
    cwd: app,
    env: {
      PATH: process.env.PATH,
      NODE_ENV: "production",
      PORT: String(port),
      HOSTNAME: "127.0.0.1",
      INTERCOM_ACCESS_TOKEN: BENCH_TOKEN,
      INTERCOM_API_BASE_URL: fake.url,
      LENS_AUTH: "none",
      LENS_PUBLIC_URL: base,
      REDIS_URL: redis.url,
      // The store opens (readiness needs it) but the sync stays off: its calls would muddle the upstream count.
      LENS_SYNC: "off",
      NEXT_TELEMETRY_DISABLED: "1",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout!.on("data", (d: Buffer) => (output += d.toString()));
  server.stderr!.on("data", (d: Buffer) => (output += d.toString()));
  try {
    await waitFor(`${base}/api/health`, server);
    const health = (await (await fetch(`${base}/api/health`)).json()) as { status: string; mode: string };
    check(health.status === "ok" && health.mode === "live", "GET /api/health answers ok in live mode");

    const ready = await fetch(`${base}/api/ready`);
    const readiness = (await ready.json()) as { status: string; checks: { name: string; status: string }[] };
    check(ready.status === 200 && readiness.status === "ready" && readiness.checks.some((c) => c.name === "redis" && c.status === "ok"), "GET /api/ready is ready with Redis ok");

    const page = await fetch(`${base}/admins`);
    const html = await page.text();
    check(page.status === 200 && html.includes("<html"), "GET /admins renders a page");
    const script = /src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
    check(script && (await fetch(`${base}${script}`)).status === 200, "the page's scripts are served from .next/static");
    check((await fetch(`${base}/robots.txt`)).status === 200, "public/ is served");

    const client = await createClient({ url: redis.url }).connect();
    const shared = () => client.keys("lens:v1:resp:*");
    const keysBefore = (await shared()).length;
    const before = fake.calls.length;
    // Tags, not admins: the /admins page above prefetched the teammates on the server, so they are cached.
    const proxied = await fetch(`${base}/api/intercom/tags`);
    const tags = (await proxied.json()) as { type: string };
    check(proxied.status === 200 && tags.type === "list", "GET /api/intercom/tags is proxied to Intercom");
    check(fake.calls.length - before === 1, "the proxied call reached the upstream once");
    check((await shared()).length === keysBefore + 1, "the answer is in the shared cache (Redis)");
    client.destroy();

    const refused = await fetch(`${base}/api/intercom/no-such-endpoint`, { headers: { "x-request-id": "smoke-request-0001" } });
    const envelope = (await refused.json()) as { type: string; request_id: string };
    check(
      refused.status === 404 && envelope.type === "error.list" && envelope.request_id === "smoke-request-0001" && refused.headers.get("x-request-id") === "smoke-request-0001",
      "an error envelope carries the request id",
    );

    await new Promise((r) => setTimeout(r, 200));
    const lines = output.split("\n").filter((l) => l.startsWith("{"));
    check(
      lines.some((l) => l.includes('"requestId":"smoke-request-0001"') && l.includes('"msg":"request"')),
      "one JSON log line per request, with its id",
    );
    check(
      lines.some((l) => l.includes('"msg":"page request"') && l.includes('"path":"/admins"')),
      "page requests are logged too",
    );
    check(!/bearer|authorization/i.test(output), "the logs hold no token");
    console.log("smoke: the standalone server works");
  } catch (e) {
    console.error(output.slice(-4_000));
    throw e;
  } finally {
    server.kill("SIGTERM");
    await fake.close();
    await redis.stop();
    rmSync(app, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
