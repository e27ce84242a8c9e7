import "server-only";
import { basename } from "node:path";
import { describeRule } from "@/lib/alerts/rules";
import type { Store } from "@/lib/server/store";
import { loadRules } from "./rules-file";

const RECENT = 200;

export interface AlertsOverview {
  /** The rules file by name only: its directory is the server's business. */
  file: { status: "off" | "ok" | "invalid"; path: string | null; errors: string[] };
  webhook: boolean;
  rules: { id: string; name: string; kind: string; description: string }[];
  matches: { rule_id: string; entry_id: string; at: number; summary: string; recorded_at: number; delivery: string }[];
  deliveries: { id: string; rule_id: string; entry_id: string; attempt: number; at: number; ok: boolean; http_status: number | null; error: string | null }[];
}

/** What /alerts shows: the rules (or what is wrong with the file), recent matches and delivery attempts. */
export async function alertsOverview(store: Store): Promise<AlertsOverview> {
  const state = await loadRules();
  const [matches, deliveries] = await Promise.all([
    store.db.selectFrom("alert_matches").selectAll().orderBy("recorded_at", "desc").orderBy("at", "desc").limit(RECENT).execute(),
    store.db.selectFrom("alert_deliveries").selectAll().orderBy("at", "desc").orderBy("attempt", "desc").limit(RECENT).execute(),
  ]);
  return {
    file: { status: state.status, path: state.status === "off" ? null : basename(state.path), errors: state.status === "invalid" ? state.errors : [] },
    webhook: Boolean(process.env.LENS_ALERTS_WEBHOOK_URL?.trim()),
    rules: state.status === "ok" ? state.ruleSet.rules.map((r) => ({ id: r.id, name: r.name, kind: r.kind, description: describeRule(r) })) : [],
    matches,
    deliveries: deliveries.map((d) => ({ ...d, ok: d.ok === 1 })),
  };
}
