import { describe, expect, it } from "vitest";
import { attributeLabel, formatAttributeValue, ticketTypeAttributes } from "./ticket-attributes";

describe("ticket attributes", () => {
  it("names Intercom's default attributes", () => {
    expect(attributeLabel("_default_title_")).toBe("Title");
    expect(attributeLabel("Severity")).toBe("Severity");
  });

  it("formats values by data type", () => {
    expect(formatAttributeValue(true)).toBe("Yes");
    expect(formatAttributeValue(1234.5, "decimal")).toBe("1,234.5");
    expect(formatAttributeValue(1_700_000_000, "datetime")).toMatch(/2023/);
    expect(formatAttributeValue([], "files")).toBe("—");
    expect(formatAttributeValue(null)).toBe("—");
    expect(formatAttributeValue({ nested: { x: 1 } })).toBe("—");
  });

  it("reads attributes from either key, in order", () => {
    expect(
      ticketTypeAttributes({
        id: "1",
        ticket_type_attributes: {
          data: [
            { id: "b", order: 2 },
            { id: "a", order: 1 },
          ],
        },
      }).map((a) => a.id),
    ).toEqual(["a", "b"]);
    expect(ticketTypeAttributes({ id: "1", ticket_type_attributes: { ticket_type_attributes: [{ id: "z" }] } }).map((a) => a.id)).toEqual(["z"]);
    expect(ticketTypeAttributes(null)).toEqual([]);
  });
});
