import { expect, test } from "@playwright/test";

test("GET /api/intercom/admins in demo mode returns the teammate list", async ({ request }) => {
  const res = await request.get("/api/intercom/admins");
  expect(res.status()).toBe(200);
  expect(res.headers()["cache-control"]).toBe("no-store");
  const body = await res.json();
  expect(body.type).toBe("admin.list");
  expect(body.admins).toHaveLength(25);
  expect(body.admins[0]).toMatchObject({ type: "admin", name: "Aoife Byrne", job_title: "Head of Support" });
  for (const admin of body.admins) expect(admin.email).toMatch(/@/);
});
