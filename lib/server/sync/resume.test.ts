import { spawn } from "node:child_process";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFakeIntercom, type FakeIntercom } from "@/lib/fake/server";
import { activityLogAt } from "@/lib/fake/workspace/activity-logs";
import { createTestStore, DIALECTS } from "../store/testing";
import { verifyArchive } from "./archive";
import { readState } from "./state";

/**
 * Kill and resume for real: `npm run sync` runs as a child process against the fake Intercom over
 * HTTP, is killed with SIGKILL mid-backfill, then runs again; the archive must then hold exactly the
 * fake's whole activity log, once each, with the chain intact.
 */

const TOKEN = "resume-test-token";
const ROOT = path.resolve(__dirname, "../../..");
let fake: FakeIntercom;
let server: Server;
let url: string;

beforeAll(async () => {
  server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const answer = await fake(new Request(`${url}${req.url}`, { method: req.method, headers: req.headers as Record<string, string>, body: chunks.length ? Buffer.concat(chunks) : undefined }));
    res.writeHead(answer.status, Object.fromEntries(answer.headers));
    res.end(Buffer.from(await answer.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // Latency keeps the backfill long enough to be killed in the middle.
  fake = createFakeIntercom({ scale: "default", baseUrl: url, token: TOKEN, latencyMs: 40 });
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function runSync(env: Record<string, string>, killWhen?: () => Promise<boolean>): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  // node itself, not the tsx CLI (which runs a second process that a SIGKILL would leave running).
  const child = spawn(process.execPath, ["--conditions", "react-server", "--import", "tsx", "scripts/sync.ts", "--streams", "activity_logs"], {
    cwd: ROOT,
    env: {
      ...process.env,
      ...env,
      INTERCOM_ACCESS_TOKEN: TOKEN,
      INTERCOM_API_BASE_URL: url,
      LENS_SYNC_SHARE: "1",
      LENS_UPSTREAM_SHARE: "1",
      LENS_DATA_DIR: env.LENS_DATA_DIR ?? "",
      DATABASE_URL: env.DATABASE_URL ?? "",
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (d) => (stderr += String(d)));
  let poll: NodeJS.Timeout | undefined;
  if (killWhen) {
    poll = setInterval(() => {
      void killWhen().then(
        (yes) => {
          if (yes) child.kill("SIGKILL");
        },
        () => undefined,
      );
    }, 25);
  }
  return new Promise((resolve) => {
    child.on("exit", (code, signal) => {
      clearInterval(poll);
      if (code) console.error(stderr);
      resolve({ code, signal });
    });
  });
}

describe.each(DIALECTS)("npm run sync on %s", (dialect) => {
  it("resumes a backfill killed mid-window with no duplicates and no gaps", { timeout: 90_000 }, async () => {
    const t = await createTestStore(dialect);
    try {
      const count = async () =>
        Number(
          (
            await t.store.db
              .selectFrom("activity_log")
              .select((eb) => eb.fn.countAll().as("n"))
              .executeTakeFirstOrThrow()
          ).n,
        );
      const killed = await runSync(t.env, async () => (await count()) >= 1_500);
      expect(killed.signal).toBe("SIGKILL");
      const partial = await count();
      expect(partial).toBeGreaterThanOrEqual(1_500);
      expect(partial).toBeLessThan(fake.workspace.scale.activityLogs);
      expect((await readState(t.store.db, "activity_logs")).backfill_done).toBe(0);
      expect((await verifyArchive(t.store.db)).ok).toBe(true);

      expect(await runSync(t.env)).toEqual({ code: 0, signal: null });
      const ids = (await t.store.db.selectFrom("activity_log").select("id").execute()).map((r) => r.id).sort();
      const expected = Array.from({ length: fake.workspace.scale.activityLogs }, (_, i) => activityLogAt(fake.workspace, i).id).sort();
      expect(ids).toEqual(expected);
      expect(await verifyArchive(t.store.db)).toMatchObject({ ok: true, checked: expected.length });
    } finally {
      await t.dispose();
    }
  });
});
