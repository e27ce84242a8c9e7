import { describe, expect, it } from "vitest";
import { InProcessRevocationList, revocationList } from "./revocation";

describe("in-process revocation list", () => {
  it("remembers a signed-out session until its cookie would have expired anyway", async () => {
    let now = 1_000_000_000_000;
    const list = new InProcessRevocationList(() => now);
    await list.revoke("s1", now / 1000 + 3600);
    expect(await list.isRevoked("s1")).toBe(true);
    expect(await list.isRevoked("s2")).toBe(false);
    now += 3_601_000;
    expect(await list.isRevoked("s1")).toBe(false);
  });

  it("does not keep sessions that have already expired", async () => {
    const now = 1_000_000_000_000;
    const list = new InProcessRevocationList(() => now);
    await list.revoke("old", now / 1000 - 1);
    expect(await list.isRevoked("old")).toBe(false);
  });

  it("is one list for the whole process, whichever bundle asks", () => {
    expect(revocationList()).toBe(revocationList());
  });
});
