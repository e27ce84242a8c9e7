import { describe, expect, it } from "vitest";
import { createFakeIntercom } from "../server";

const fake = createFakeIntercom({});
const call = async (path: string, body?: unknown) => {
  const res = await fake(new Request(`https://api.intercom.io${path}`, body === undefined ? {} : { method: "POST", body: JSON.stringify(body) }));
  return { status: res.status, json: await res.json() };
};
const idAt = (i: number) => String(210_000_000 + 1_500 - 1 - i);

describe("fake conversations", () => {
  it("lists newest first under `conversations`, with cursor pages and no parts", async () => {
    const first = await call("/conversations?per_page=3");
    expect(first.json.type).toBe("conversation.list");
    expect(first.json.total_count).toBe(1_500);
    const ids = first.json.conversations.map((c: { id: string }) => c.id);
    expect(ids).toEqual([idAt(0), idAt(1), idAt(2)]);
    expect(first.json.conversations[0].conversation_parts).toBeUndefined();
    const next = await call(`/conversations?per_page=3&starting_after=${first.json.pages.next.starting_after}`);
    expect(next.json.conversations[0].id).toBe(idAt(3));
    expect(next.json.conversations[0].created_at).toBeLessThan(first.json.conversations[2].created_at);
  });

  it("returns the 500 most recent parts of the long thread with the true total", async () => {
    const { json } = await call(`/conversations/${idAt(40)}`);
    const parts = json.conversation_parts.conversation_parts;
    expect(parts).toHaveLength(500);
    expect(json.conversation_parts.total_count).toBe(612);
    expect(json.statistics.count_conversation_parts).toBe(613);
    expect(parts.at(-1).created_at).toBeGreaterThanOrEqual(parts[0].created_at);
  });

  it("answers plaintext bodies without tags when asked", async () => {
    const { json } = await call(`/conversations/${idAt(6)}?display_as=plaintext`);
    // One hostile message spells a tag out with entities (`&lt;img …&gt;`): as text, it stays in the plaintext.
    const spelledOut = "<img src=x onerror=window.__lensXss=1>";
    for (const p of json.conversation_parts.conversation_parts) if (p.body) expect(p.body.replace(spelledOut, "")).not.toMatch(/<[a-z]/i);
  });

  it("404s unknown ids and 403s the plan-restricted one like Intercom", async () => {
    expect((await call("/conversations/1")).json.errors[0]).toEqual({ code: "not_found", message: "Resource Not Found" });
    const restricted = await call("/conversations/403000403");
    expect(restricted.status).toBe(403);
    expect(restricted.json.errors[0].code).toBe("api_plan_restricted");
  });

  it("searches with the query language, newest first", async () => {
    const open = await call("/conversations/search", {
      query: {
        operator: "AND",
        value: [
          { field: "state", operator: "=", value: "open" },
          { field: "priority", operator: "=", value: "priority" },
        ],
      },
      pagination: { per_page: 150 },
    });
    expect(open.json.total_count).toBeGreaterThan(0);
    for (const c of open.json.conversations) expect([c.state, c.priority]).toEqual(["open", "priority"]);
    const times = open.json.conversations.map((c: { created_at: number }) => c.created_at);
    expect(times).toEqual([...times].sort((a, b) => b - a));

    // Intercom documents `<` on conversations as "lower or equal".
    const rated = await call("/conversations/search", { query: { field: "conversation_rating.score", operator: "<", value: 2 }, pagination: { per_page: 150 } });
    const scores = new Set(rated.json.conversations.map((c: { conversation_rating: { rating: number } }) => c.conversation_rating.rating));
    expect(scores).toEqual(new Set([1, 2]));

    const all = (await call("/conversations?per_page=1")).json.total_count;
    const admin = (await call("/conversations/search", { query: { field: "admin_assignee_id", operator: "=", value: "5000104" } })).json.total_count;
    const notAdmin = (await call("/conversations/search", { query: { field: "admin_assignee_id", operator: "!=", value: "5000104" } })).json.total_count;
    expect(admin + notAdmin).toBe(all);
  });

  it("serves tickets with 2.9 state strings and string assignee ids, and ticket types as {type: list, data}", async () => {
    const conversation = (await call(`/conversations/${idAt(4)}`)).json;
    const ticket = (await call(`/tickets/${conversation.ticket.id}`)).json;
    expect(ticket.type).toBe("ticket");
    expect(["submitted", "in_progress", "waiting_on_customer", "resolved"]).toContain(ticket.ticket_state);
    expect(typeof ticket.admin_assignee_id).toBe("string");
    expect(ticket.ticket_parts.type).toBe("ticket_part.list");
    const types = (await call("/ticket_types")).json;
    expect(types.type).toBe("list");
    expect(types.data[0].ticket_type_attributes.type).toBe("list");
    expect((await call("/ticket_types/1")).status).toBe(404);
  });
});

describe("fake conversations at large scale", () => {
  it("generates any of 100,000 conversations on demand from its id", async () => {
    const large = createFakeIntercom({ scale: "large" });
    const res = await large(new Request(`https://api.intercom.io/conversations/${210_000_000}`));
    const json = await res.json();
    expect(json.id).toBe("210000000");
    expect(json.conversation_parts.conversation_parts.length).toBeGreaterThan(0);
  });
});
