import { describe, expect, it } from "vitest";
import type { ConversationFact } from "./facts";
import { ledgerCsv } from "./ledger-csv";

const row: ConversationFact = {
  id: "210001486",
  created_at: 1_795_392_000,
  state: "closed",
  team_id: "t1",
  admin_id: "a1",
  tag_ids: ["g1", "g2"],
  time_to_assignment: 5,
  time_to_admin_reply: 60,
  time_to_first_close: 600,
  time_to_last_close: null,
  median_time_to_reply: 60,
  count_reopens: 1,
  rating: 2,
  rating_created_at: null,
  rating_admin_id: null,
  sla_name: "First response, 1 hour",
  sla_status: "missed",
};
const names = { teams: { t1: "Billing" }, admins: { a1: "=Eve" }, tags: { g1: "Bug", g2: "VIP" } };

describe("ledger CSV", () => {
  it("writes chunks that concatenate into one file: the header once, one line per row", () => {
    const file = ledgerCsv([], names, true) + ledgerCsv([row], names, false) + ledgerCsv([], names, false) + ledgerCsv([row], names, false);
    const lines = file.split("\r\n");
    expect(lines).toHaveLength(4); // header, two rows, and the final line break
    expect(lines[0]).toMatch(/^Conversation id,Created \(UTC\),State,Team,Teammate,Tags,/);
    // Names instead of ids, seconds for timings, quoted commas, and a formula-like name defused.
    expect(lines[1]).toBe(`210001486,2026-11-23T00:00:00.000Z,closed,Billing,"'=Eve",Bug; VIP,60,600,,60,1,2,"First response, 1 hour",missed`);
    expect(lines[3]).toBe("");
  });
});
