import { describe, expect, it } from "vitest";
import { matchCall } from "./match";
import { ENDPOINTS, ENDPOINT_IDS, type EndpointSpec } from "./registry";

// The 48 GETs of Intercom 2.9 (../shared/docs/intercom-api-2.9.md §2), parameter names folded to {}.
const DOCUMENTED_GETS = [
  "/admins",
  "/admins/activity_logs",
  "/admins/{}",
  "/me",
  "/articles",
  "/articles/{}",
  "/companies",
  "/companies/scroll",
  "/companies/{}",
  "/companies/{}/segments",
  "/companies/{}/contacts",
  "/contacts",
  "/contacts/{}",
  "/contacts/{}/companies",
  "/contacts/{}/segments",
  "/contacts/{}/subscriptions",
  "/contacts/{}/tags",
  "/conversations",
  "/conversations/{}",
  "/data_attributes",
  "/events",
  "/download/content/data/{}",
  "/export/content/data/{}",
  "/help_center/collections",
  "/help_center/collections/{}",
  "/help_center/help_centers",
  "/help_center/help_centers/{}",
  "/help_center/sections",
  "/help_center/sections/{}",
  "/news/news_items",
  "/news/news_items/{}",
  "/news/newsfeeds",
  "/news/newsfeeds/{}",
  "/news/newsfeeds/{}/items",
  "/notes/{}",
  "/contacts/{}/notes",
  "/segments",
  "/segments/{}",
  "/subscription_types",
  "/tags",
  "/tags/{}",
  "/teams",
  "/teams/{}",
  "/ticket_types",
  "/ticket_types/{}",
  "/tickets/{}",
  "/visitors",
  "/visitors/{}",
];

const specs = Object.values(ENDPOINTS) as EndpointSpec[];
const fold = (path: string) => path.replace(/\{\w+\}/g, "{}");
const CONTACT = "64f1c0000000000000000001";

describe("the endpoint registry", () => {
  it("lists exactly the 48 documented GETs and the two searches", () => {
    expect(DOCUMENTED_GETS).toHaveLength(48);
    const gets = specs.filter((s) => s.method === "GET").map((s) => fold(s.path));
    expect(gets.sort()).toEqual([...DOCUMENTED_GETS].sort());
    const posts = specs.filter((s) => s.method === "POST").map((s) => s.path);
    expect(posts.sort()).toEqual(["/contacts/search", "/conversations/search"]);
    expect(specs.filter((s) => s.method === "POST").every((s) => s.search)).toBe(true);
    expect(ENDPOINT_IDS).toHaveLength(50);
  });

  it("gives every path parameter an anchored pattern that refuses separators and dots", () => {
    for (const spec of specs) {
      for (const name of spec.path.match(/\{(\w+)\}/g) ?? []) {
        const pattern = spec.params?.[name.slice(1, -1)];
        expect(pattern, `${spec.path} ${name}`).toBeInstanceOf(RegExp);
        expect(pattern!.source.startsWith("^") && pattern!.source.endsWith("$")).toBe(true);
        for (const evil of ["..", "a/b", "a\\b", "1?x=1", "1#x", "%2F", "", "1".repeat(65)]) expect(pattern!.test(evil), `${spec.path} ${evil}`).toBe(false);
      }
    }
  });

  it("caps per_page at 150 wherever it is accepted", () => {
    for (const spec of specs) {
      const perPage = spec.query?.per_page;
      if (perPage) expect(perPage).toEqual({ type: "int", min: 1, max: 150 });
    }
    expect(matchCall("GET", "/conversations", "?per_page=150").ok).toBe(true);
    expect(matchCall("GET", "/conversations", "?per_page=151")).toMatchObject({ ok: false, status: 400, field: "per_page" });
    expect(matchCall("GET", "/help_center/collections", "?per_page=0")).toMatchObject({ ok: false, status: 400, field: "per_page" });
  });

  it("requires created_at_after on activity logs", () => {
    expect(matchCall("GET", "/admins/activity_logs", "")).toMatchObject({ ok: false, status: 400, code: "parameter_not_found", field: "created_at_after" });
    expect(matchCall("GET", "/admins/activity_logs", "?created_at_after=1700000000")).toMatchObject({
      ok: true,
      upstreamPath: "/admins/activity_logs?created_at_after=1700000000",
    });
    expect(matchCall("GET", "/admins/activity_logs", "?created_at_after=yesterday")).toMatchObject({ ok: false, status: 400, field: "created_at_after" });
  });

  it("requires user_id on visitors", () => {
    expect(matchCall("GET", "/visitors", "")).toMatchObject({ ok: false, status: 400, field: "user_id" });
    expect(matchCall("GET", "/visitors", "?user_id=abc-123")).toMatchObject({ ok: true, upstreamPath: "/visitors?user_id=abc-123" });
  });

  it("requires type=user and exactly one of user_id, intercom_user_id, email on events", () => {
    expect(matchCall("GET", "/events", "?email=a%40b.co")).toMatchObject({ ok: false, status: 400, field: "type" });
    expect(matchCall("GET", "/events", "?type=company&email=a%40b.co")).toMatchObject({ ok: false, status: 400, field: "type" });
    expect(matchCall("GET", "/events", "?type=user")).toMatchObject({ ok: false, status: 400, field: "user_id|intercom_user_id|email" });
    expect(matchCall("GET", "/events", `?type=user&email=a%40b.co&intercom_user_id=${CONTACT}`)).toMatchObject({ ok: false, status: 400 });
    expect(matchCall("GET", "/events", "?type=user&email=a%40b.co")).toMatchObject({ ok: true, upstreamPath: "/events?type=user&email=a%40b.co" });
    expect(matchCall("GET", "/events", `?type=user&intercom_user_id=${CONTACT}&per_page=5`)).toMatchObject({ ok: true });
    expect(matchCall("GET", "/events", "?type=user&intercom_user_id=not-hex")).toMatchObject({ ok: false, status: 400, field: "intercom_user_id" });
  });
});
