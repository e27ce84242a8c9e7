import { describe, expect, it } from "vitest";
import { validateSearchBody } from "@/lib/intercom/search-body";
import { buildConversationQuery, buildConversationSearch, dayToUnix } from "./search-filters";

describe("buildConversationQuery", () => {
  it("returns null when nothing is filtered, so the plain list is used", () => {
    expect(buildConversationQuery({})).toBeNull();
    expect(buildConversationQuery({ state: null, admin: "" })).toBeNull();
  });

  it("sends a single filter bare", () => {
    expect(buildConversationQuery({ state: "open" })).toEqual({ field: "state", operator: "=", value: "open" });
  });

  it("joins several filters with AND and turns day ranges into inclusive bounds", () => {
    const q = buildConversationQuery({ state: "closed", admin: "5000101", tag: "7000100", createdFrom: "2024-03-01", createdTo: "2024-03-31" });
    expect(q).toEqual({
      operator: "AND",
      value: [
        { field: "state", operator: "=", value: "closed" },
        { field: "admin_assignee_id", operator: "=", value: "5000101" },
        { field: "tag_ids", operator: "IN", value: ["7000100"] },
        { field: "created_at", operator: ">", value: dayToUnix("2024-03-01") },
        { field: "created_at", operator: "<", value: dayToUnix("2024-03-31", true) },
      ],
    });
  });

  it("ignores malformed dates", () => {
    expect(dayToUnix("2024-02-31")).toBeNull();
    expect(dayToUnix("yesterday")).toBeNull();
    expect(buildConversationQuery({ updatedFrom: "nope" })).toBeNull();
  });

  it("builds bodies the proxy accepts", () => {
    const body = buildConversationSearch(
      {
        state: "open",
        admin: "1",
        team: "2",
        tag: "3",
        contact: "64f1c0000000000000000001",
        priority: "priority",
        createdFrom: "2024-01-01",
        createdTo: "2024-01-02",
        updatedFrom: "2024-01-01",
        updatedTo: "2024-01-02",
      },
      25,
      "bzoyNQ",
    );
    expect(validateSearchBody(body)).toMatchObject({ ok: true });
    expect(body?.pagination).toEqual({ per_page: 25, starting_after: "bzoyNQ" });
  });
});
