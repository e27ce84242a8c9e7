import { chance, int, rngFor, sample } from "../random";
import { DAY, type FakeWorkspace } from "./context";
import { contactIdentity } from "./people";

/** Data events sent for each contact: only the last 90 days, as Intercom keeps them. */

const EVENT_TYPES = [
  { name: "logged-in", description: "Signed in to the web app", weight: 10 },
  { name: "viewed-dashboard", description: "Opened the main dashboard", weight: 8 },
  { name: "created-project", description: "Created a new project", weight: 3 },
  { name: "invited-teammate", description: "Invited a colleague to the workspace", weight: 1 },
  { name: "exported-report", description: "Downloaded a CSV report", weight: 2 },
  { name: "connected-integration", description: "Connected a third-party integration", weight: 1 },
  { name: "updated-billing", description: "Changed the payment method", weight: 1 },
  { name: "upgraded-plan", description: "Moved to a higher plan", weight: 1 },
] as const;

export const EVENT_WINDOW_DAYS = 90;

export interface FakeEvent {
  id: string;
  event_name: string;
  description: string;
  created_at: number;
  metadata: Record<string, string | number>;
}

/** Newest first. */
export function contactEvents(ws: FakeWorkspace, contactIndex: number): FakeEvent[] {
  const rng = rngFor("contact-events", contactIndex);
  const identity = contactIdentity(ws, contactIndex);
  const quiet = identity.role === "lead" ? chance(rng, 0.85) : chance(rng, 0.1);
  if (quiet) return [];
  const types = sample(rng, EVENT_TYPES, int(rng, 2, EVENT_TYPES.length));
  const total = int(rng, 3, 70);
  const weightSum = types.reduce((s, t) => s + t.weight, 0);
  const oldest = Math.max(identity.created_at, ws.now - EVENT_WINDOW_DAYS * DAY);
  const events: FakeEvent[] = [];
  for (let k = 0; k < total; k++) {
    let roll = rng() * weightSum;
    const type = types.find((t) => (roll -= t.weight) < 0) ?? types[0]!;
    const created = oldest + Math.floor(rng() * (ws.now - oldest));
    events.push({
      id: `${(contactIndex * 100 + k).toString(16).padStart(12, "0")}-${type.name}`,
      event_name: type.name,
      description: type.description,
      created_at: created,
      metadata: type.name === "exported-report" ? { rows: int(rng, 10, 40_000), format: "csv" } : type.name === "upgraded-plan" ? { from: "Growth", to: "Pro" } : {},
    });
  }
  return events.sort((a, b) => b.created_at - a.created_at);
}
