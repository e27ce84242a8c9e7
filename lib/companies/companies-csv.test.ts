import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import type { Company } from "@/lib/intercom/types/customers";
import { companiesToCsv } from "./companies-csv";

describe("companiesToCsv", () => {
  it("writes one row per company with tags, segments and custom attributes", () => {
    const companies: Company[] = [
      { type: "company", id: "a", name: "Blue, Labs", plan: { name: "Pro" }, tags: { tags: [{ type: "tag", id: "1", name: "VIP" }] }, custom_attributes: { tier: "Gold" }, created_at: 0 },
      { type: "company", id: "b", name: "=HYPERLINK(\"http://evil\")", custom_attributes: { region: "EMEA" } },
    ];
    const parsed = Papa.parse<string[]>(companiesToCsv(companies)).data;
    expect(parsed[0]).toEqual(expect.arrayContaining(["id", "name", "tags", "custom.region", "custom.tier"]));
    const header = parsed[0]!;
    const col = (row: string[], name: string) => row[header.indexOf(name)];
    expect(col(parsed[1]!, "name")).toBe("Blue, Labs");
    expect(col(parsed[1]!, "plan")).toBe("Pro");
    expect(col(parsed[1]!, "tags")).toBe("VIP");
    expect(col(parsed[1]!, "custom.tier")).toBe("Gold");
    expect(col(parsed[2]!, "custom.region")).toBe("EMEA");
    // A formula-looking name is neutralised for spreadsheets.
    expect(col(parsed[2]!, "name")!.startsWith("'=")).toBe(true);
  });
});
