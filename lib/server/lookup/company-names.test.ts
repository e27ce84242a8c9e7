import { beforeEach, describe, expect, it } from "vitest";
import { createFakeIntercom, type FakeIntercom } from "@/lib/fake/server";
import { companyIdentity } from "@/lib/fake/workspace/people";
import type { IntercomSettings } from "../env";
import { configureIntercomClient } from "../intercom/client";
import { fakeTransport } from "../intercom/transport";
import { companyNames, LookupRefused, MAX_IDS, parseCompanyIds, uncachedCount } from "./company-names";

const settings: IntercomSettings = { mode: "live", token: "t", baseUrl: "https://api.intercom.io", region: "us", timeoutMs: 5_000, cacheTtlMs: 30_000, fakeScale: "default" };

describe("parseCompanyIds", () => {
  it("dedupes and accepts Intercom company ids", () => {
    expect(parseCompanyIds("64f1c1000000000000000001,64f1c1000000000000000001,64f1c1000000000000000002")).toEqual(["64f1c1000000000000000001", "64f1c1000000000000000002"]);
  });

  it("refuses an empty list, too many ids and anything that is not an id", () => {
    expect(() => parseCompanyIds("")).toThrow(LookupRefused);
    expect(() => parseCompanyIds(Array.from({ length: MAX_IDS + 1 }, (_, i) => `64f1c1${i.toString(16).padStart(18, "0")}`).join(","))).toThrow(LookupRefused);
    expect(() => parseCompanyIds("64f1c1000000000000000001,../me")).toThrow(/not a company id/);
  });
});

describe("companyNames", () => {
  let fake: FakeIntercom;
  beforeEach(() => {
    fake = createFakeIntercom();
    configureIntercomClient(settings, fakeTransport(fake, "t"));
  });

  it("names each company once, maps unknown ids to null, and reads repeats from the cache", async () => {
    const ws = fake.workspace;
    const known = [companyIdentity(ws, 3), companyIdentity(ws, 7)];
    const unknown = "64f1c1ffffffffffffffffff";
    const result = await companyNames([known[0]!.id, known[1]!.id, unknown]);
    expect(result).toEqual({ names: { [known[0]!.id]: known[0]!.name, [known[1]!.id]: known[1]!.name, [unknown]: null } });
    expect(fake.stats.byEndpoint["companies.get"]).toBe(3);
    await companyNames([known[0]!.id]);
    expect(fake.stats.byEndpoint["companies.get"]).toBe(3);
  });

  it("costs one per id the cache cannot answer, unknown ids included", async () => {
    const ws = fake.workspace;
    const a = companyIdentity(ws, 1).id;
    const b = companyIdentity(ws, 2).id;
    const unknown = "64f1c1fffffffffffffffffe";
    expect(await uncachedCount([a, b, unknown])).toBe(3);
    await companyNames([a, unknown]);
    expect(await uncachedCount([a, b, unknown])).toBe(1);
  });

  it("hands back Intercom's refusal when the token is rejected", async () => {
    fake.setFault({ kind: "unauthorized" });
    const result = await companyNames(["64f1c1000000000000000004"]);
    expect("refused" in result && result.refused.status).toBe(401);
  });
});
