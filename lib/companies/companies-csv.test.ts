import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import type { Company, DataAttribute } from "@/lib/intercom/types/customers";
import { companyCsvColumns, companyCsvHeader, companyCsvRows } from "./companies-csv";

const attr = (name: string, over: Partial<DataAttribute> = {}): DataAttribute => ({ type: "data_attribute", model: "company", name, custom: true, ...over });

describe("company CSV", () => {
  it("takes custom columns from the workspace's company attributes, and writes rows page by page under one header", () => {
    const columns = companyCsvColumns([attr("tier"), attr("region"), attr("name", { custom: false }), attr("plan_code", { model: "contact" })]);
    expect(columns.slice(-2)).toEqual(["custom.region", "custom.tier"]);
    expect(columns).not.toContain("custom.plan_code");

    const page1: Company[] = [
      { type: "company", id: "a", name: "Blue, Labs", plan: { name: "Pro" }, tags: { tags: [{ type: "tag", id: "1", name: "VIP" }] }, custom_attributes: { tier: "Gold", secret: "x" }, created_at: 0 },
    ];
    const page2: Company[] = [{ type: "company", id: "b", name: '=HYPERLINK("http://evil")', custom_attributes: { region: "EMEA" } }];
    const csv = companyCsvHeader(columns) + companyCsvRows(page1, columns) + companyCsvRows([], columns) + companyCsvRows(page2, columns);
    const parsed = Papa.parse<string[]>(csv.trim()).data;
    expect(parsed).toHaveLength(3);
    const header = parsed[0]!;
    const col = (row: string[], name: string) => row[header.indexOf(name)];
    expect(col(parsed[1]!, "name")).toBe("Blue, Labs");
    expect(col(parsed[1]!, "plan")).toBe("Pro");
    expect(col(parsed[1]!, "tags")).toBe("VIP");
    expect(col(parsed[1]!, "custom.tier")).toBe("Gold");
    expect(parsed[1]!).toHaveLength(header.length);
    expect(col(parsed[2]!, "custom.region")).toBe("EMEA");
    // A formula-looking name is neutralised for spreadsheets.
    expect(col(parsed[2]!, "name")!.startsWith("'=")).toBe(true);
  });
});
