import { describe, expect, it } from "vitest";
import { normalisePhone, understandQuery } from "./understand-query";

const read = (text: string) => {
  const u = understandQuery(text);
  return u && { kind: u.kind, ...u.filter };
};

describe("understandQuery", () => {
  it("reads nothing from blank input", () => {
    expect(understandQuery("")).toBeNull();
    expect(understandQuery("   ")).toBeNull();
  });

  it("reads a full email as an exact, case-insensitive email match", () => {
    expect(read("  Ada.Okafor12@BlueLabs.example.com ")).toEqual({ kind: "email", field: "email", operator: "=", value: "ada.okafor12@bluelabs.example.com" });
  });

  it("reads a partial email as an email prefix", () => {
    expect(read("ada.okafor@")).toEqual({ kind: "email", field: "email", operator: "^", value: "ada.okafor@" });
    expect(read("ada.okafor")).toEqual({ kind: "email", field: "email", operator: "^", value: "ada.okafor" });
  });

  it("reads a domain, with or without the @, as an email domain", () => {
    expect(read("@bluelabs.example.com")).toEqual({ kind: "domain", field: "email_domain", operator: "=", value: "bluelabs.example.com" });
    expect(read("Acme.io")).toEqual({ kind: "domain", field: "email_domain", operator: "=", value: "acme.io" });
    expect(read("northwind.co.uk")).toMatchObject({ kind: "domain", value: "northwind.co.uk" });
  });

  it("reads words as part of a name", () => {
    expect(read("Ada Okafor")).toEqual({ kind: "name", field: "name", operator: "~", value: "Ada Okafor" });
    expect(read("okafor")).toMatchObject({ kind: "name", operator: "~" });
    expect(read("Zoë   O'Brien")).toMatchObject({ kind: "name", value: "Zoë O'Brien" });
  });

  it("reads tokens with digits or underscores as an external id, exactly", () => {
    expect(read("usr_100042")).toEqual({ kind: "external_id", field: "external_id", operator: "=", value: "usr_100042" });
    expect(read("4711")).toMatchObject({ kind: "external_id", value: "4711" });
  });

  it("reads phone numbers, exact when international and partial otherwise", () => {
    expect(read("+353 87 123 4567")).toEqual({ kind: "phone", field: "phone", operator: "=", value: "+353871234567" });
    expect(read("(087) 123-4567")).toEqual({ kind: "phone", field: "phone", operator: "~", value: "0871234567" });
    expect(normalisePhone(" +1 (415) 555-0100 ")).toBe("+14155550100");
  });

  it("reads a 24-hex string as an Intercom contact id", () => {
    expect(read("64F1C0000000000000000007")).toEqual({ kind: "id", field: "id", operator: "=", value: "64f1c0000000000000000007" });
  });

  it("lets the user override the reading", () => {
    expect(understandQuery("usr_100042", "name")?.filter).toEqual({ field: "name", operator: "~", value: "usr_100042" });
    expect(understandQuery("ada@acme.io", "domain")?.filter).toEqual({ field: "email_domain", operator: "=", value: "acme.io" });
    expect(understandQuery("Ada", "email")?.filter).toEqual({ field: "email", operator: "^", value: "ada" });
  });

  it("describes what it understood in words", () => {
    expect(understandQuery("okafor")?.description).toBe("Name contains “okafor”");
    expect(understandQuery("acme.io")?.description).toBe("Email domain is acme.io");
  });
});
