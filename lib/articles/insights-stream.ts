import { ApiError, apiErrorFrom } from "@/lib/api/api-error";
import type { InsightsEvent, InsightsResult } from "./insights-types";

export type InsightsProgress = Extract<InsightsEvent, { type: "progress" }>;

/** Reads `/api/insights/articles` line by line, reporting progress until the result arrives. */
export async function readArticleInsights(signal: AbortSignal | undefined, onProgress: (p: InsightsProgress) => void): Promise<InsightsResult> {
  const res = await fetch("/api/insights/articles", { signal, headers: { accept: "application/x-ndjson" } });
  if (!res.ok || !res.body) throw await apiErrorFrom(res);
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffered = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (value) buffered += value;
    let newline;
    while ((newline = buffered.indexOf("\n")) >= 0) {
      const line = buffered.slice(0, newline).trim();
      buffered = buffered.slice(newline + 1);
      if (!line) continue;
      const event = JSON.parse(line) as InsightsEvent;
      if (event.type === "result") return event;
      onProgress(event);
    }
    if (done) break;
  }
  throw new ApiError(502, "incomplete_response", "Lens stopped sending article statistics before it finished. Try again.", null);
}
