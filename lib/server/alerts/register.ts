import "server-only";
import { buildPath } from "@/lib/intercom/match";
import { callIntercom, parseBody } from "@/lib/server/intercom/client";
import { getStore } from "@/lib/server/store";
import { onSyncComplete } from "@/lib/server/sync";
import { runAlerts } from "./run";

let registered = false;

/** The workspace's own time zone (from /me, cached for an hour), for office-hour rules that name none. */
async function workspaceTimeZone(): Promise<string> {
  try {
    const res = await callIntercom({ path: buildPath("me.get"), ttlMs: 3_600_000 });
    const tz = parseBody<{ app?: { timezone?: unknown } } | null>(res)?.app?.timezone;
    return typeof tz === "string" && tz ? tz : "UTC";
  } catch {
    return "UTC";
  }
}

/** Evaluates the alert rules after each run of the activity-log sync. */
export function registerAlertEvaluation(): void {
  if (registered) return;
  registered = true;
  onSyncComplete(async ({ stream }) => {
    if (stream !== "activity_logs") return;
    const result = await runAlerts(await getStore(), { workspaceTimeZone: await workspaceTimeZone() });
    if (result.recorded) console.info(JSON.stringify({ level: "info", msg: "alerts recorded", ...result }));
  });
}
