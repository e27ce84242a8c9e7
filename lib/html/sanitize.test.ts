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

  it("drops media that loads on its own: a video poster is never fetched, and no audio, picture or source survives", () => {
    const out = sanitizeIntercomHtml(
      `<p>Hi</p><video poster="https://tracker.example/poster.gif" src="https://tracker.example/v.mp4"><source src="https://tracker.example/v.webm"></video>` +
        `<audio src="https://tracker.example/a.mp3" autoplay></audio><picture><source srcset="https://tracker.example/p.png"><img src="data:image/png;base64,AAAA"></picture>`,
    );
    expect(out).not.toMatch(/tracker\.example|<video|<audio|<source|<picture|poster/i);
    expect(out).toContain("Hi");
  });

  it("strips class, id and style, so a link cannot borrow the page's own classes to cover it", () => {
    const out = sanitizeIntercomHtml(`<a class="fixed inset-0 z-50 bg-white" id="login" style="position:fixed;inset:0" href="https://phish.example/login">Session expired, sign in again</a>`);
    expect(out).not.toMatch(/class=|id=|style=|fixed|inset/);
    expect(out).toContain('href="https://phish.example/login"');
    expect(out).toContain("Session expired, sign in again");
  });

  it("drops image maps and forms but keeps their text", () => {
    const out = sanitizeIntercomHtml(
      `<map name="m"><area href="https://evil.example" shape="rect" coords="0,0,9999,9999"></map><form action="https://evil.example"><p>Fill in</p><input name="pw"></form>`,
    );
    expect(out).not.toMatch(/<map|<area|<form|<input|evil\.example/);
    expect(out).toContain("Fill in");
  });

  it("keeps ordinary formatting, lists, tables and links", () => {
    const out = sanitizeIntercomHtml(
      `<h2>Steps</h2><ol start="2"><li><strong>Open</strong> <em>settings</em></li></ol><table><tr><th scope="col">A</th></tr><tr><td colspan="2">1</td></tr></table><blockquote><code>x</code></blockquote>`,
    );
    expect(out).toBe(
      `<h2>Steps</h2><ol start="2"><li><strong>Open</strong> <em>settings</em></li></ol><table><tbody><tr><th scope="col">A</th></tr><tr><td colspan="2">1</td></tr></tbody></table><blockquote><code>x</code></blockquote>`,
    );
  });

  it("reads plain text from HTML", () => {
    expect(htmlToText("<p>Hello&nbsp;<b>there</b></p><p>Next</p>")).toBe("Hello there Next");
  });
});
