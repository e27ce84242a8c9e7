import { describe, expect, it, vi } from "vitest";
import { log } from "./log";
import { errorResponse } from "./http";
import { withRequestLog } from "./request-context";

describe("request log and id", () => {
  it("writes one line per request with the id that the error envelope and header carry, and no path details", async () => {
    const info = vi.spyOn(log, "info").mockImplementation(() => {});
    const handler = withRequestLog("intercom", async () => errorResponse(404, "not_found", "No such contact."));
    const res = await handler(new Request("http://lens.test/api/intercom/contacts/abc?email=ana@example.com", { headers: { cookie: "s=secret", "x-request-id": "lb-req-12345678" } }));
    const body = (await res.json()) as { request_id: string };
    expect(body.request_id).toBe("lb-req-12345678");
    expect(res.headers.get("x-request-id")).toBe("lb-req-12345678");
    expect(info).toHaveBeenCalledTimes(1);
    const line = JSON.stringify(info.mock.calls[0]);
    expect(line).toContain('"route":"intercom"');
    expect(line).toContain('"status":404');
    expect(line).not.toMatch(/ana@example|secret|abc/);
    info.mockRestore();
  });

  it("makes its own id when the given one is not well-formed", async () => {
    vi.spyOn(log, "info").mockImplementation(() => {});
    const handler = withRequestLog("health", async () => errorResponse(400, "bad", "x"));
    const res = await handler(new Request("http://lens.test/", { headers: { "x-request-id": "<script>alert(1)</script>" } }));
    const body = (await res.json()) as { request_id: string };
    expect(body.request_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.headers.get("x-request-id")).toBe(body.request_id);
  });
});
