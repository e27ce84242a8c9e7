import { describe, expect, it } from "vitest";
import { assigneeId, buildThread, contactNames, missingParts, nameBook } from "./thread";

describe("buildThread", () => {
  it("puts the source message first and parts in time order", () => {
    const thread = buildThread({
      id: "9",
      created_at: 100,
      source: { body: "<p>Help</p>", author: { type: "user", id: "c1", name: "Ada" } },
      conversation_parts: {
        conversation_parts: [
          { id: "b", part_type: "comment", created_at: 300, author: { type: "admin", id: "1" } },
          { id: "a", part_type: "assignment", created_at: 200, author: { type: "bot", id: "2", name: "Operator" } },
          { id: "c", part_type: "note", created_at: 300, author: { type: "admin", id: "1" } },
        ],
      },
    });
    expect(thread.map((e) => [e.key, e.kind])).toEqual([
      ["source-9", "customer"],
      ["a", "event"],
      ["b", "teammate"],
      ["c", "note"],
    ]);
    expect(thread[0]!.isSource).toBe(true);
  });

  it("skips an empty source", () => {
    expect(buildThread({ id: "1", source: { body: "" }, conversation_parts: null })).toEqual([]);
  });
});

describe("missingParts", () => {
  it("counts parts the 500-part cap left out", () => {
    expect(missingParts(500, 612)).toBe(112);
    expect(missingParts(500, 500, 613)).toBe(112);
    expect(missingParts(20, 20, 21)).toBe(0);
    expect(missingParts(3, null, null)).toBe(0);
  });
});

describe("names", () => {
  it("looks teammates and teams up by string or number id", () => {
    const names = nameBook([{ id: "5", name: "Marcus" }], [{ id: "8", name: "Billing" }]);
    expect(names.admin(5)).toBe("Marcus");
    expect(names.team("8")).toBe("Billing");
    expect(names.admin(null)).toBeNull();
  });

  it("treats the ticket API's '0' as nobody", () => {
    expect(assigneeId("0")).toBeNull();
    expect(assigneeId(42)).toBe("42");
  });

  it("collects contact names from authors", () => {
    const thread = buildThread({ id: "1", source: { body: "x", author: { type: "lead", id: "c9", name: "Ben" } }, conversation_parts: null });
    expect(contactNames(thread).get("c9")?.name).toBe("Ben");
  });
});
