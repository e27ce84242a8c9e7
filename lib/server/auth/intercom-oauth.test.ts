import { describe, expect, it } from "vitest";
import { finishIntercom, intercomAuthorizeUrl } from "./intercom-oauth";

const settings = { clientId: "cid", clientSecret: "csecret", workspaceId: "abc123", authorizeUrl: new URL("https://app.intercom.com/oauth") };
const api = "https://api.intercom.io";
const team = { allowedEmails: [], allowedDomains: ["example.com"] };

function fakeIntercom(me: Record<string, unknown>, calls: { url: string; init?: RequestInit }[] = []): typeof fetch {
  return (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    calls.push({ url, init });
    if (url === `${api}/auth/eagle/token`) return Response.json({ token: "teammate-token" });
    if (url === `${api}/me`) return Response.json(me);
    return new Response("nope", { status: 404 });
  }) as typeof fetch;
}

const teammate = { type: "admin", email: "ana@example.com", email_verified: true, name: "Ana", app: { id_code: "abc123" } };

describe("Log in with Intercom", () => {
  it("sends the teammate to Intercom's authorize page with client id, state and redirect", () => {
    const url = intercomAuthorizeUrl(settings, "st4te", "https://lens.example.com/api/auth/callback/intercom");
    expect(url.origin + url.pathname).toBe("https://app.intercom.com/oauth");
    expect(Object.fromEntries(url.searchParams)).toEqual({ client_id: "cid", state: "st4te", redirect_uri: "https://lens.example.com/api/auth/callback/intercom" });
  });

  it("accepts a verified teammate of the configured workspace, using their token only for /me", async () => {
    const calls: { url: string; init?: RequestInit }[] = [];
    expect(await finishIntercom(settings, api, "code1", team, fakeIntercom(teammate, calls))).toEqual({ ok: true, email: "ana@example.com", name: "Ana" });
    expect(calls.map((c) => c.url)).toEqual([`${api}/auth/eagle/token`, `${api}/me`]);
    expect(String(calls[0]!.init?.body)).toContain("code=code1");
    expect(new Headers(calls[1]!.init?.headers).get("authorization")).toBe("Bearer teammate-token");
  });

  it("refuses an unverified email, as Intercom's docs require", async () => {
    expect(await finishIntercom(settings, api, "c", team, fakeIntercom({ ...teammate, email_verified: false }))).toMatchObject({ ok: false, reason: "email_unverified" });
    expect(await finishIntercom(settings, api, "c", team, fakeIntercom({ ...teammate, email_verified: undefined }))).toMatchObject({ ok: false, reason: "email_unverified" });
  });

  it("refuses a teammate of another workspace", async () => {
    expect(await finishIntercom(settings, api, "c", team, fakeIntercom({ ...teammate, app: { id_code: "other" } }))).toMatchObject({ ok: false, reason: "wrong_workspace" });
    expect(await finishIntercom(settings, api, "c", team, fakeIntercom({ ...teammate, app: null }))).toMatchObject({ ok: false, reason: "wrong_workspace" });
  });

  it("refuses a teammate of the workspace who is not on the allow-list, and everyone when the list is empty", async () => {
    const list = { allowedEmails: [], allowedDomains: ["partner.io"] };
    expect(await finishIntercom(settings, api, "c", list, fakeIntercom(teammate))).toMatchObject({ ok: false, reason: "not_allowed" });
    expect(await finishIntercom(settings, api, "c", { allowedEmails: [], allowedDomains: [] }, fakeIntercom(teammate))).toMatchObject({ ok: false, reason: "not_allowed" });
  });

  it("refuses when the code exchange fails", async () => {
    const failing = (async () => new Response("{}", { status: 401 })) as typeof fetch;
    expect(await finishIntercom(settings, api, "c", team, failing)).toEqual({ ok: false, reason: "provider_error" });
    const throwing = (async () => {
      throw new TypeError("fetch failed");
    }) as typeof fetch;
    expect(await finishIntercom(settings, api, "c", team, throwing)).toEqual({ ok: false, reason: "provider_error" });
  });
});
