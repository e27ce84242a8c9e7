import { describe, expect, it } from "vitest";
import { authorRole, classifyPart, describeEvent } from "./classify";

const admin = { type: "admin", id: "1", name: "Marcus Chen", email: "m@x" };
const user = { type: "user", id: "c1", name: "Ada Okafor", email: "a@x" };
const lead = { type: "lead", id: "c2", name: "Ben Sato", email: "b@x" };
const fin = { type: "bot", id: "b1", name: "Fin", email: "operator@intercom.io" };
const operator = { type: "bot", id: "b2", name: "Operator", email: "operator@intercom.io" };

describe("classifyPart", () => {
  it("tells customer, teammate, Fin and bot comments apart by author", () => {
    expect(classifyPart({ part_type: "comment", author: user })).toBe("customer");
    expect(classifyPart({ part_type: "comment", author: lead })).toBe("customer");
    expect(classifyPart({ part_type: "comment", author: admin })).toBe("teammate");
    expect(classifyPart({ part_type: "comment", author: fin })).toBe("fin");
    expect(classifyPart({ part_type: "comment", author: operator })).toBe("bot");
    expect(classifyPart({ part_type: "quick_reply", author: user })).toBe("customer");
  });

  it("marks notes as notes whoever wrote them", () => {
    expect(classifyPart({ part_type: "note", author: admin })).toBe("note");
    expect(classifyPart({ part_type: "note_and_reopen", author: admin })).toBe("note");
  });

  it("treats assignments, state changes, attribute updates and unknown types as events", () => {
    for (const t of [
      "assignment",
      "default_assignment",
      "open",
      "close",
      "snoozed",
      "timer_unsnooze",
      "conversation_attribute_updated_by_admin",
      "ticket_state_updated_by_admin",
      "something_new_in_2030",
    ]) {
      expect(classifyPart({ part_type: t, author: admin })).toBe("event");
    }
  });

  it("survives missing authors and part types", () => {
    expect(classifyPart({ part_type: null, author: null })).toBe("event");
    expect(classifyPart({ part_type: "comment", author: null })).toBe("event");
    expect(authorRole(undefined)).toBe("unknown");
    expect(authorRole({ type: "team", id: "9" })).toBe("team");
  });
});

describe("describeEvent", () => {
  it("names the assignment target and the default-rule origin", () => {
    expect(describeEvent({ id: "1", part_type: "assignment", assigned_to: { type: "admin", id: "42" } })).toEqual({ verb: "assigned this to", target: { type: "admin", id: "42" }, suffix: "" });
    expect(describeEvent({ id: "1", part_type: "default_assignment", assigned_to: { type: "team", id: "7" } }).suffix).toBe(" by default rules");
  });

  it("reads an assignment to nobody as unassigning", () => {
    expect(describeEvent({ id: "1", part_type: "assignment", assigned_to: { type: "nobody_admin", id: null } })).toMatchObject({ verb: "unassigned the conversation", target: null });
  });

  it("describes state changes and ticket states", () => {
    expect(describeEvent({ id: "1", part_type: "close" }).verb).toBe("closed the conversation");
    expect(describeEvent({ id: "1", part_type: "snoozed" }).verb).toBe("snoozed the conversation");
    expect(describeEvent({ id: "1", part_type: "ticket_state_updated_by_admin", previous_ticket_state: "submitted", ticket_state: "in_progress" }).verb).toBe(
      "set the ticket state from Submitted to In progress",
    );
  });

  it("falls back to the part type in words", () => {
    expect(describeEvent({ id: "1", part_type: "sla_paused_by_rule" }).verb).toBe("sla paused by rule");
  });
});
