/**
 * Alert rules as read from LENS_ALERTS_FILE. Validated by hand (five small shapes) so every mistake
 * gets a message naming the rule and field; a file with any mistake activates no rules at all,
 * rather than half of them.
 */

interface Base {
  id: string;
  /** Shown on /alerts and in the webhook message; defaults to the id. */
  name: string;
}

export type AlertRule =
  | (Base & { kind: "activity_type"; types: string[] })
  | (Base & { kind: "teammate"; teammates: string[] })
  | (Base & { kind: "new_ip_sign_in" })
  | (Base & { kind: "outside_office_hours"; days: number[]; startHour: number; endHour: number; types: string[] | null })
  | (Base & { kind: "failed_sign_ins"; count: number; minutes: number });

export const RULE_KINDS = ["activity_type", "teammate", "new_ip_sign_in", "outside_office_hours", "failed_sign_ins"] as const;

export interface RuleSet {
  rules: AlertRule[];
  /** IANA zone for office hours; null means the workspace's own. */
  timeZone: string | null;
}

export type RulesResult = { ok: true; ruleSet: RuleSet } | { ok: false; errors: string[] };

type Raw = Record<string, unknown>;

function isObject(v: unknown): v is Raw {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function stringList(v: unknown): string[] | null {
  return Array.isArray(v) && v.length > 0 && v.every((s) => typeof s === "string" && s.length > 0) ? (v as string[]) : null;
}

function intIn(v: unknown, min: number, max: number): number | null {
  return typeof v === "number" && Number.isInteger(v) && v >= min && v <= max ? v : null;
}

function validTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat("en-GB", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

function parseRule(raw: unknown, at: number, errors: string[]): AlertRule | null {
  const where = `rules[${at}]`;
  if (!isObject(raw)) {
    errors.push(`${where} must be an object`);
    return null;
  }
  const id = typeof raw.id === "string" && /^[A-Za-z0-9_.-]{1,64}$/.test(raw.id) ? raw.id : null;
  if (!id) errors.push(`${where}.id must be 1–64 letters, digits, dots, dashes or underscores`);
  const name = typeof raw.name === "string" && raw.name.trim() ? raw.name.trim() : (id ?? "");
  const label = id ? `rule "${id}"` : where;
  const fail = (msg: string) => {
    errors.push(`${label}: ${msg}`);
    return null;
  };
  const base = { id: id ?? "", name };
  switch (raw.kind) {
    case "activity_type": {
      const types = stringList(raw.types);
      return types ? { ...base, kind: "activity_type", types } : fail("types must be a non-empty list of activity types");
    }
    case "teammate": {
      const teammates = stringList(raw.teammates);
      return teammates ? { ...base, kind: "teammate", teammates } : fail("teammates must be a non-empty list of teammate ids or emails");
    }
    case "new_ip_sign_in":
      return { ...base, kind: "new_ip_sign_in" };
    case "outside_office_hours": {
      const days = raw.days === undefined ? [1, 2, 3, 4, 5] : Array.isArray(raw.days) && raw.days.every((d) => intIn(d, 0, 6) !== null) ? (raw.days as number[]) : null;
      const startHour = intIn(raw.startHour ?? 9, 0, 23);
      const endHour = intIn(raw.endHour ?? 18, 1, 24);
      const types = raw.types === undefined ? null : stringList(raw.types);
      if (!days) return fail("days must be a list of weekdays 0 (Sunday) to 6 (Saturday)");
      if (startHour === null || endHour === null || startHour >= endHour) return fail("startHour and endHour must be whole hours with startHour < endHour");
      if (raw.types !== undefined && !types) return fail("types, when given, must be a non-empty list of activity types");
      return { ...base, kind: "outside_office_hours", days, startHour, endHour, types };
    }
    case "failed_sign_ins": {
      const count = intIn(raw.count, 2, 1000);
      const minutes = intIn(raw.minutes, 1, 1440);
      return count !== null && minutes !== null ? { ...base, kind: "failed_sign_ins", count, minutes } : fail("count (2–1000) and minutes (1–1440) are required whole numbers");
    }
    default:
      return fail(`kind must be one of ${RULE_KINDS.join(", ")}`);
  }
}

/** Parses the rules file's text. */
export function parseRules(text: string): RulesResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [`not valid JSON: ${(e as Error).message}`] };
  }
  if (!isObject(json) || !Array.isArray(json.rules)) return { ok: false, errors: ['the file must be an object with a "rules" list'] };
  const errors: string[] = [];
  const timeZone = json.timeZone === undefined ? null : typeof json.timeZone === "string" && validTimeZone(json.timeZone) ? json.timeZone : null;
  if (json.timeZone !== undefined && timeZone === null) errors.push("timeZone must be an IANA time zone such as Europe/Dublin");
  const rules = json.rules.map((r, i) => parseRule(r, i, errors)).filter((r): r is AlertRule => r !== null);
  const seen = new Set<string>();
  for (const r of rules) {
    if (seen.has(r.id)) errors.push(`rule "${r.id}" appears twice; ids must be unique`);
    seen.add(r.id);
  }
  return errors.length ? { ok: false, errors } : { ok: true, ruleSet: { rules, timeZone } };
}

/** One line per rule for /alerts and the start-up log. */
export function describeRule(rule: AlertRule): string {
  switch (rule.kind) {
    case "activity_type":
      return `Activity type is one of ${rule.types.join(", ")}`;
    case "teammate":
      return `Any activity by ${rule.teammates.join(", ")}`;
    case "new_ip_sign_in":
      return "A sign-in from an IP address the teammate has not used before";
    case "outside_office_hours": {
      const names = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
      return `${rule.types ? rule.types.join(", ") : "Any activity"} outside ${rule.days.map((d) => names[d]).join(", ")} ${rule.startHour}:00–${rule.endHour}:00`;
    }
    case "failed_sign_ins":
      return `${rule.count} failed sign-ins by one teammate within ${rule.minutes} minutes`;
  }
}
