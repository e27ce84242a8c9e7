import Papa from "papaparse";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createFakeIntercom, type FakeIntercom } from "@/lib/fake/server";
import type { IntercomSettings } from "../env";
import { configureIntercomClient } from "../intercom/client";
import { fakeTransport, type Transport } from "../intercom/transport";
import { exportCompanies } from "./companies";
import { MemoryJobLock, setJobLock } from "./lock";

const TOKEN = "tok_export_canary_0b7e";
const settings: IntercomSettings = { mode: "live", token: TOKEN, baseUrl: "https://api.intercom.io", region: "us", timeoutMs: 5_000, cacheTtlMs: 30_000, fakeScale: "default" };

let fake: FakeIntercom;
let scrollCalls: number[];

/** The fake, with each scroll call's time recorded and an optional delay per call. */
function useFake(delayMs = 0): void {
  fake = createFakeIntercom({ token: TOKEN });
  scrollCalls = [];
  const inner = fakeTransport(fake, TOKEN);
  const transport: Transport = async (req) => {
    if (req.path.startsWith("/companies/scroll")) scrollCalls.push(performance.now());
    if (delayMs > 0) await new Promise((r) => setTimeout(r, delayMs));
    return inner(req);
  };
  configureIntercomClient(settings, transport);
}

const scrolls = () => fake.stats.byEndpoint["companies.scroll"] ?? 0;

beforeEach(() => setJobLock(new MemoryJobLock()));
afterEach(() => setJobLock(undefined));

describe("the company export", () => {
  it("streams every company under a header built from the workspace's company attributes", async () => {
    useFake();
    const res = await exportCompanies({ signal: new AbortController().signal });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/csv/);
    const rows = Papa.parse<string[]>((await res.text()).trim()).data;
    expect(rows[0]!.slice(0, 3)).toEqual(["id", "company_id", "name"]);
    expect(rows[0]!.some((c) => c.startsWith("custom."))).toBe(true);
    expect(rows).toHaveLength(301);
    expect(new Set(rows.slice(1).map((r) => r[0])).size).toBe(300);
    expect(fake.stats.byEndpoint["data_attributes.list"]).toBe(1);
  });

  it("reads a page from Intercom only when the download has taken the one before", async () => {
    useFake();
    const res = await exportCompanies({ signal: new AbortController().signal });
    const reader = res.body!.getReader();
    await reader.read();
    await new Promise((r) => setTimeout(r, 50));
    // The first page, and at most one read ahead.
    expect(scrolls()).toBeLessThanOrEqual(2);
    await reader.cancel();
  });

  it("runs once at a time: a second export gets 409 saying one is running, and can start when it is done", async () => {
    useFake();
    const first = await exportCompanies({ signal: new AbortController().signal });
    const second = await exportCompanies({ signal: new AbortController().signal });
    expect(second.status).toBe(409);
    const body = await second.json();
    expect(body).toMatchObject({ type: "error.list", errors: [{ code: "export_running" }] });
    expect(body.errors[0].message).toMatch(/already running/);
    await first.text();
    const third = await exportCompanies({ signal: new AbortController().signal });
    expect(third.status).toBe(200);
    await third.text();
  });

  it("stops calling Intercom within a second of the client going away, and frees the slot", async () => {
    useFake(30);
    const client = new AbortController();
    const res = await exportCompanies({ signal: client.signal });
    const reader = res.body!.getReader();
    await reader.read();
    await reader.read();
    client.abort();
    const abortedAt = performance.now();
    await new Promise((r) => setTimeout(r, 1_200));
    expect(scrollCalls.filter((t) => t > abortedAt + 1_000)).toEqual([]);
    expect(scrollCalls.length).toBeLessThan(7);
    // The slot is free again (Intercom's own scroll stays open a minute, and then says so).
    const next = await exportCompanies({ signal: new AbortController().signal });
    expect(next.status).toBe(409);
    expect((await next.json()).errors[0].code).toBe("scroll_exists");
  });

  it("never resends a scroll page: a 5xx part-way breaks the download instead of skipping rows", async () => {
    useFake();
    const res = await exportCompanies({ signal: new AbortController().signal });
    const before = scrolls();
    fake.setFault({ kind: "server_error", times: 1 });
    await expect(res.text()).rejects.toThrow();
    expect(scrolls()).toBe(before);
    expect(fake.stats.calls).toBeGreaterThan(0);
  });

  it("ends at its deadline", async () => {
    useFake(40);
    const res = await exportCompanies({ signal: new AbortController().signal, deadlineMs: 150 });
    expect(res.status).toBe(200);
    await expect(res.text()).rejects.toThrow();
    const again = await exportCompanies({ signal: new AbortController().signal });
    expect(again.status).not.toBe(500);
  });
});
