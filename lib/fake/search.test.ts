import { describe, expect, it } from "vitest";
import type { SearchQuery } from "@/lib/intercom/search-body";
import { matchesQuery, readPath } from "./search";

const people = [
  { id: "1", name: "Ada Lovelace", email: "ada@acme.com", role: "user", created_at: 1_700_000_000, tag_ids: ["10", "11"], location: { country: "United Kingdom" }, owner_id: null },
  { id: "2", name: "Grace Hopper", email: "grace@navy.mil", role: "lead", created_at: 1_700_086_400, tag_ids: [], location: { country: "United States" }, owner_id: 7 },
  { id: "3", name: "Alan Turing", email: "alan@acme.com", role: "user", created_at: 1_700_172_800, tag_ids: ["11"], location: { country: "United Kingdom" }, owner_id: 7 },
];

function ids(query: SearchQuery): string[] {
  return people.filter((p) => matchesQuery(query, (f) => readPath(p, f))).map((p) => p.id);
}

describe("matchesQuery", () => {
  it.each<[string, SearchQuery, string[]]>([
    ["= (case-insensitive)", { field: "email", operator: "=", value: "ADA@acme.com" }, ["1"]],
    ["= null", { field: "owner_id", operator: "=", value: null }, ["1"]],
    ["!=", { field: "role", operator: "!=", value: "user" }, ["2"]],
    ["!= null", { field: "owner_id", operator: "!=", value: null }, ["2", "3"]],
    ["IN", { field: "role", operator: "IN", value: ["lead", "admin"] }, ["2"]],
    ["NIN", { field: "id", operator: "NIN", value: ["1", "3"] }, ["2"]],
    [">", { field: "created_at", operator: ">", value: 1_700_000_000 }, ["2", "3"]],
    ["> with a string number", { field: "created_at", operator: ">", value: "1700086400" }, ["3"]],
    ["<", { field: "created_at", operator: "<", value: 1_700_086_400 }, ["1"]],
    [">=", { field: "created_at", operator: ">=", value: 1_700_086_400 }, ["2", "3"]],
    ["<=", { field: "created_at", operator: "<=", value: 1_700_086_400 }, ["1", "2"]],
    ["~", { field: "name", operator: "~", value: "ace" }, ["1", "2"]],
    ["!~", { field: "email", operator: "!~", value: "acme" }, ["2"]],
    ["^", { field: "name", operator: "^", value: "al" }, ["3"]],
    ["$", { field: "email", operator: "$", value: ".mil" }, ["2"]],
    ["a dotted field", { field: "location.country", operator: "=", value: "United States" }, ["2"]],
    ["a multi-valued field with =", { field: "tag_ids", operator: "=", value: "11" }, ["1", "3"]],
    ["a multi-valued field with !=", { field: "tag_ids", operator: "!=", value: "10" }, ["2", "3"]],
    ["a missing field", { field: "custom_attributes.plan", operator: "=", value: "pro" }, []],
  ])("%s", (_, query, expected) => {
    expect(ids(query)).toEqual(expected);
  });

  it("combines filters with AND and OR, nested two levels", () => {
    const ukUsers: SearchQuery = {
      operator: "AND",
      value: [
        { field: "role", operator: "=", value: "user" },
        { field: "location.country", operator: "=", value: "United Kingdom" },
      ],
    };
    expect(ids(ukUsers)).toEqual(["1", "3"]);
    expect(
      ids({
        operator: "OR",
        value: [
          { field: "id", operator: "=", value: "2" },
          { field: "email", operator: "^", value: "alan" },
        ],
      }),
    ).toEqual(["2", "3"]);
    expect(
      ids({
        operator: "OR",
        value: [
          { operator: "AND", value: [ukUsers, { field: "tag_ids", operator: "=", value: "10" }] },
          {
            operator: "AND",
            value: [
              { field: "role", operator: "=", value: "lead" },
              { field: "created_at", operator: ">", value: 1_700_000_000 },
            ],
          },
        ],
      }),
    ).toEqual(["1", "2"]);
    expect(
      ids({
        operator: "AND",
        value: [
          { field: "role", operator: "=", value: "user" },
          { field: "role", operator: "=", value: "lead" },
        ],
      }),
    ).toEqual([]);
  });
});
