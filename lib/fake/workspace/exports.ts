import { gzipSync } from "node:zlib";
import Papa from "papaparse";
import { contactIdentity } from "./people";
import { newsItems } from "./news";
import { int, pick, rngFor } from "../random";
import { DAY, HOUR, type FakeWorkspace } from "./context";

/**
 * Content data export jobs: message receipts as a gzipped CSV. One completed job, one still
 * running, one whose file has expired (Intercom keeps files two days after completion).
 */

export const EXPORT_JOBS = {
  completed: "k2r7nw8xq4mc1p9a",
  inProgress: "p5t9vb3hd8ze6w2u",
  expired: "x8j3mq6cv1nr4s7e",
} as const;

const KEEP_FOR = 2 * DAY;
const ROWS = 400;

export interface FakeExportJob {
  job_identifier: string;
  status: "pending" | "in_progress" | "failed" | "completed" | "no_data" | "canceled";
  download_url: string;
  download_expires_at: string;
}

function completedAt(ws: FakeWorkspace, job: string): number | null {
  if (job === EXPORT_JOBS.completed) return ws.now - 5 * HOUR;
  if (job === EXPORT_JOBS.expired) return ws.now - 4 * DAY;
  return null;
}

export function exportJob(ws: FakeWorkspace, job: string): FakeExportJob | null {
  if (job === EXPORT_JOBS.inProgress) return { job_identifier: job, status: "in_progress", download_url: "", download_expires_at: "" };
  const done = completedAt(ws, job);
  if (done === null) return null;
  return { job_identifier: job, status: "completed", download_url: `${ws.baseUrl}/download/content/data/${job}`, download_expires_at: String(done + KEEP_FOR) };
}

export function isExpired(ws: FakeWorkspace, job: FakeExportJob): boolean {
  return job.download_expires_at !== "" && Number(job.download_expires_at) < ws.now;
}

/** One row per message receipt in the exported window, oldest first. */
export function exportCsv(ws: FakeWorkspace, job: string): string {
  const done = completedAt(ws, job) ?? ws.now;
  const content = newsItems(ws).filter((n) => n.state === "live");
  const rows = Array.from({ length: ROWS }, (_, i) => {
    const rng = rngFor(`export-${job}`, i);
    const contact = contactIdentity(ws, int(rng, 0, ws.scale.contacts - 1));
    const item = pick(rng, content);
    const received = done - 30 * DAY + Math.floor((i * 30 * DAY) / ROWS);
    const opened = rng() < 0.6 ? received + int(rng, 60, 6 * HOUR) : null;
    const clicked = opened !== null && rng() < 0.3 ? opened + int(rng, 5, 600) : null;
    return {
      receipt_id: `rcpt_${job.slice(0, 4)}${(i + 1).toString().padStart(6, "0")}`,
      received_at: new Date(received * 1000).toISOString(),
      content_type: "news_item",
      content_id: item.id,
      content_title: item.title,
      user_id: contact.external_id ?? "",
      intercom_contact_id: contact.id,
      user_email: contact.email,
      opened_at: opened === null ? "" : new Date(opened * 1000).toISOString(),
      clicked_at: clicked === null ? "" : new Date(clicked * 1000).toISOString(),
    };
  });
  return Papa.unparse(rows, { newline: "\n" });
}

export function exportGzip(ws: FakeWorkspace, job: string): Uint8Array {
  return new Uint8Array(gzipSync(Buffer.from(exportCsv(ws, job), "utf8")));
}
