// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import type { Conversation } from "@/lib/intercom/types/conversations";
import { conversationToMarkdown, htmlToMarkdown } from "./transcript";
import { nameBook } from "./thread";

const conversation: Conversation = {
  id: "210001",
  created_at: 1_700_000_000,
  updated_at: 1_700_003_600,
  state: "closed",
  priority: "priority",
  admin_assignee_id: 5,
  team_assignee_id: 8,
  tags: { tags: [{ id: "1", name: "VIP" }] },
  conversation_rating: { rating: 4, remark: "Helpful" },
  source: { subject: "", body: "<p>My <b>export</b> is broken</p>", author: { type: "user", id: "c1", name: "Ada Okafor" } },
  conversation_parts: {
    total_count: 612,
    conversation_parts: [
      { id: "1", part_type: "assignment", created_at: 1_700_000_060, author: { type: "admin", id: "5", name: "Marcus Chen" }, assigned_to: { type: "team", id: "8" } },
      { id: "2", part_type: "note", body: "<p>Known bug</p>", created_at: 1_700_000_120, author: { type: "admin", id: "5", name: "Marcus Chen" } },
      {
        id: "3",
        part_type: "comment",
        body: '<p>See <a href="https://help.example/x">this guide</a> and <a href="javascript:alert(1)">that</a></p><script>alert(1)</script><ul><li>one</li></ul>',
        created_at: 1_700_000_180,
        author: { type: "admin", id: "5", name: "Marcus Chen" },
        attachments: [{ name: "invoice.pdf", url: "https://cdn.example/invoice.pdf", content_type: "application/pdf", filesize: 84_301 }],
      },
    ],
  },
};

describe("conversationToMarkdown", () => {
  const md = conversationToMarkdown(conversation, { names: nameBook([{ id: "5", name: "Marcus Chen" }], [{ id: "8", name: "Billing" }]), timeZone: "UTC" });

  it("has a header with state, assignee, team, tags and rating", () => {
    expect(md).toContain("# Conversation 210001");
    expect(md).toContain("- State: closed (priority)");
    expect(md).toContain("- Assignee: Marcus Chen · Team: Billing");
    expect(md).toContain("- Tags: VIP");
    expect(md).toContain("- Rating: 4/5 — “Helpful”");
  });

  it("warns about parts the API left out", () => {
    expect(md).toContain("609 earlier parts are missing");
  });

  it("writes messages with author, kind and time, notes quoted, events in italics", () => {
    expect(md).toContain("### Ada Okafor · Customer · first message");
    expect(md).toContain("My **export** is broken");
    expect(md).toContain("*14 Nov 2023, 22:14 — Marcus Chen assigned this to Billing*");
    expect(md).toContain("### Marcus Chen · Internal note");
    expect(md).toContain("> Known bug");
  });

  it("keeps safe links, drops javascript: links and scripts, lists attachments", () => {
    expect(md).toContain("[this guide](https://help.example/x)");
    expect(md).not.toMatch(/javascript:|alert|<script/);
    expect(md).toMatch(/^-\s+one$/m);
    expect(md).toContain("- Attachment: [invoice.pdf](https://cdn.example/invoice.pdf) (application/pdf, 82 KB)");
  });

  it("keeps image links only for http(s) sources", () => {
    expect(htmlToMarkdown('<img src="https://cdn.example/a.png" alt="menu"><img src="x" onerror="alert(1)">')).toBe("[menu](https://cdn.example/a.png)");
  });
});

describe("customer content in a transcript stays text", () => {
  it("a crafted href cannot close its link and open a javascript: one", () => {
    const md = htmlToMarkdown('<p><a href="https://ok/a) [x](javascript:alert(1)">guide</a></p>');
    expect(md).toBe("[guide](https://ok/a%29%20%5Bx%5D%28javascript:alert%281%29)");
    expect(md).not.toMatch(/\]\(javascript:/);
  });

  it("an escaped tag in the message does not become raw HTML", () => {
    const md = htmlToMarkdown("<p>then &lt;img src=x onerror=alert(1)&gt; appears</p>");
    expect(md).toBe("then \\<img src=x onerror=alert(1)> appears");
    expect(md).not.toMatch(/(^|[^\\])<img/);
  });

  it("escapes the subject, author names, plaintext bodies and attachment names; attachment URLs are encoded", () => {
    const hostile: Conversation = {
      id: "9",
      title: "<img src=x onerror=alert(1)> Urgent",
      source: { body: "", author: { type: "user", id: "c1", name: "[Ana](javascript:alert(1))" } },
      conversation_parts: {
        total_count: 1,
        conversation_parts: [
          {
            id: "1",
            part_type: "comment",
            body: "<b>hi</b> [x](javascript:alert(1))",
            created_at: 1_700_000_000,
            author: { type: "user", id: "c1", name: "[Ana](javascript:alert(1))" },
            attachments: [{ name: "a](javascript:alert(1)).png", url: "https://cdn.example/a b(1).png", content_type: "image/png", filesize: 10 }],
          },
        ],
      },
    };
    const md = conversationToMarkdown(hostile, { names: nameBook([], []), timeZone: "UTC", plaintext: true });
    expect(md).toContain("# Conversation 9: \\<img src=x onerror=alert(1)> Urgent");
    expect(md).toContain("### \\[Ana\\](javascript:alert(1)) · Customer");
    expect(md).toContain("\\<b>hi\\</b> \\[x\\](javascript:alert(1))");
    expect(md).toContain("- Attachment: [a\\](javascript:alert(1)).png](https://cdn.example/a%20b%281%29.png)");
    // Every "](javascript:" that is left has its bracket escaped, so it is text.
    expect(md).not.toMatch(/[^\\]\]\(javascript:/);
  });
});
