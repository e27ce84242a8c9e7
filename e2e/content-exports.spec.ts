import { gunzipSync } from "node:zlib";
import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";

const COMPLETED = "k2r7nw8xq4mc1p9a";

test("download a completed export through Lens: a gzip with the CSV inside", async ({ page }) => {
  await page.goto("/exports");
  await page.getByLabel("Job identifier").fill(COMPLETED);
  await page.getByRole("button", { name: "Check status" }).click();
  await expect(page).toHaveURL(new RegExp(`job=${COMPLETED}`));
  await expect(page.getByTestId("export-status")).toHaveText("Completed");
  await expect(page.getByTestId("export-job")).toContainText("Download available until");

  const link = page.getByRole("link", { name: /Download file/ });
  await expect(link).toHaveAttribute("href", `/api/intercom/download/content/data/${COMPLETED}`);
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  const bytes = await readFile((await download.path())!);
  expect([bytes[0], bytes[1]]).toEqual([0x1f, 0x8b]);
  const csv = gunzipSync(bytes).toString("utf8");
  const lines = csv.trim().split("\n");
  expect(lines[0]).toBe("receipt_id,received_at,content_type,content_id,content_title,user_id,intercom_contact_id,user_email,opened_at,clicked_at");
  expect(lines.length).toBe(401);
});

test("an unknown job shows Intercom's message; an expired one says its file is gone", async ({ page }) => {
  await page.goto("/exports?job=nosuchjob123");
  const error = page.locator("main").getByRole("alert");
  await expect(error).toContainText("Intercom does not know this export job");
  await expect(error).toContainText("Export job not found for identifier: nosuchjob123");
  await expect(error).toContainText("not_found");

  await page.goto("/exports?job=x8j3mq6cv1nr4s7e");
  await expect(page.getByTestId("export-status")).toHaveText("Expired");
  await expect(page.getByTestId("export-job")).toContainText("two days");
  await expect(page.getByRole("link", { name: /Download file/ })).toHaveCount(0);

  await page.goto("/exports?job=p5t9vb3hd8ze6w2u");
  await expect(page.getByTestId("export-status")).toHaveText("In progress");
});
