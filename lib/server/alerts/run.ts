import "server-only";
import { randomUUID } from "node:crypto";
import { evaluate, type AlertEntry } from "@/lib/alerts/evaluate";
import type { Store } from "@/lib/server/store";
import { loadRules, type RulesState } from "./rules-file";
import { deliver, type DeliveryOptions } from "./webhook";

/** Entries older than this when first read are history, not news: a first backfill alerts on the last week only. */
export const LOOKBACK_SECONDS = 7 * 86_400;

export interface RunOptions {
  now?: number;
  rules?: RulesState;
  webhookUrl?: string | null;
  /** Zone for office hours when the rules file names none. */
  workspaceTimeZone?: string;
  delivery?: DeliveryOptions;
}

export interface RunResult {
  recorded: number;
  delivered: number;
  failed: number;
}

/**
 * Evaluates the rules over the archive's last week, records matches not seen before and delivers
 * those to the webhook. Safe to run after every sync and from several instances: the (rule, entry)
 * key lets only one insert win, and only the winner delivers.
 */
export async function runAlerts(store: Store, opts: RunOptions = {}): Promise<RunResult> {
  const rules = opts.rules ?? (await loadRules());
  const result = { recorded: 0, delivered: 0, failed: 0 };
  if (rules.status !== "ok" || rules.ruleSet.rules.length === 0) return result;
  const now = opts.now ?? Math.floor(Date.now() / 1000);
  const { db } = store;
  const entries: AlertEntry[] = await db
    .selectFrom("activity_log")
    .select(["id", "seq", "created_at", "activity_type", "admin_id", "admin_email", "admin_ip", "description"])
    .where("created_at", ">=", now - LOOKBACK_SECONDS)
    .orderBy("seq")
    .execute();
  if (entries.length === 0) return result;
  const known = await db
    .selectFrom("activity_log")
    .select(["admin_id", "admin_ip"])
    .distinct()
    .where("seq", "<", entries[0]!.seq)
    .where("admin_id", "is not", null)
    .where("admin_ip", "is not", null)
    .execute();
  const knownIps = new Map<string, Set<string>>();
  for (const k of known) {
    const set = knownIps.get(k.admin_id!) ?? new Set<string>();
    set.add(k.admin_ip!);
    knownIps.set(k.admin_id!, set);
  }
  const timeZone = rules.ruleSet.timeZone ?? opts.workspaceTimeZone ?? "UTC";
  const matches = evaluate({ rules: rules.ruleSet.rules, entries, knownIps, timeZone });
  const webhookUrl = opts.webhookUrl === undefined ? process.env.LENS_ALERTS_WEBHOOK_URL?.trim() || null : opts.webhookUrl;
  const names = new Map(rules.ruleSet.rules.map((r) => [r.id, r.name]));

  for (const m of matches) {
    const inserted = await db
      .insertInto("alert_matches")
      .values({ rule_id: m.ruleId, entry_id: m.entryId, at: m.at, summary: m.summary, recorded_at: now, delivery: webhookUrl ? "pending" : "off" })
      .onConflict((oc) => oc.columns(["rule_id", "entry_id"]).doNothing())
      .returning("rule_id")
      .executeTakeFirst();
    if (!inserted) continue;
    result.recorded++;
    if (!webhookUrl) continue;
    const text = `Lens alert: ${names.get(m.ruleId) ?? m.ruleId}\n${m.summary}\n${new Date(m.at * 1000).toISOString()}`;
    const ok = await deliver(
      webhookUrl,
      text,
      async (a) => {
        await db
          .insertInto("alert_deliveries")
          .values({ id: randomUUID(), rule_id: m.ruleId, entry_id: m.entryId, attempt: a.attempt, at: a.at, ok: a.ok ? 1 : 0, http_status: a.httpStatus, error: a.error })
          .execute();
      },
      opts.delivery,
    );
    await db
      .updateTable("alert_matches")
      .set({ delivery: ok ? "delivered" : "failed" })
      .where("rule_id", "=", m.ruleId)
      .where("entry_id", "=", m.entryId)
      .execute();
    if (ok) result.delivered++;
    else result.failed++;
  }
  return result;
}
