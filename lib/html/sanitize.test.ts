// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { htmlToText, sanitizeIntercomHtml } from "./sanitize";

describe("sanitizeIntercomHtml", () => {
  it("removes scripts, event handlers and javascript: links", () => {
    const out = sanitizeIntercomHtml(`<p onclick="x()">Hi<script>window.pwned=1</script> <a href="javascript:alert(1)">link</a> <img src=x onerror="alert(1)"></p>`);
    expect(out).not.toMatch(/script|onclick|onerror|javascript:/i);
    expect(out).toContain("Hi");
  });

  it("opens links in a new tab without referrer", () => {
    const out = sanitizeIntercomHtml(`<a href="https://example.com/docs">docs</a>`);
    expect(out).toContain('target="_blank"');
    expect(out).toContain('rel="noopener noreferrer"');
  });

  it("holds back remote images behind a click", () => {
    const out = sanitizeIntercomHtml(`<p><img src="https://tracker.example/pixel.gif"></p>`);
    expect(out).not.toContain("<img");
    expect(out).toContain("Show image from tracker.example");
  });

  it("reads plain text from HTML", () => {
    expect(htmlToText("<p>Hello&nbsp;<b>there</b></p><p>Next</p>")).toBe("Hello there Next");
  });
});
