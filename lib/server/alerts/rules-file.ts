import "server-only";
import { readFile } from "node:fs/promises";
import { parseRules, type RuleSet } from "@/lib/alerts/rules";

export type RulesState = { status: "off" } | { status: "ok"; path: string; ruleSet: RuleSet } | { status: "invalid"; path: string; errors: string[] };

/** Re-read on every evaluation (the file is small), so an edit applies from the next sync on. */
export async function loadRules(path = process.env.LENS_ALERTS_FILE?.trim()): Promise<RulesState> {
  if (!path) return { status: "off" };
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (e) {
    return { status: "invalid", path, errors: [`cannot read the file: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`] };
  }
  const parsed = parseRules(text);
  return parsed.ok ? { status: "ok", path, ruleSet: parsed.ruleSet } : { status: "invalid", path, errors: parsed.errors };
}

/** One line at start-up: how many rules are active, or what is wrong with the file. */
export async function logAlertRules(): Promise<void> {
  const state = await loadRules();
  if (state.status === "ok") console.info(JSON.stringify({ level: "info", msg: "alert rules loaded", file: state.path, rules: state.ruleSet.rules.length }));
  if (state.status === "invalid")
    console.error(JSON.stringify({ level: "error", msg: "alert rules file is invalid; no alerts until it is fixed (see /alerts)", file: state.path, errors: state.errors }));
}
