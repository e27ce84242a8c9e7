import { int, pick, rngFor } from "../random";
import { allAdmins, inboxAdmins } from "./admins";
import { DAY, HOUR, type FakeWorkspace } from "./context";
import { numericId, numericIndex } from "./ids";
import { contactIdentity } from "./people";

/**
 * Teammates' notes on contacts. Note ids encode (contact, n) so a note is generated from its id:
 * note index = contact index · NOTES_PER_CONTACT_MAX + n.
 */

const NOTES_PER_CONTACT_MAX = 8;

const NOTE_BODIES = [
  "<p>Called about the invoice for last month. Agreed to waive the late fee <b>once</b>.</p>",
  "<p>Prefers email over chat. Timezone is a few hours ahead of us; avoid calls before 10:00 their time.</p>",
  "<p>Champion for the rollout in their team. Asked for a walkthrough of <i>reporting</i> next week.</p>",
  "<p>Reported the CSV import bug (see ticket). Workaround: split the file into 5,000-row chunks.</p>",
  "<p>Considering a downgrade because of budget cuts. Flagged to the account manager.</p>",
  "<p>Very happy after the SSO fix, offered to be a reference customer.</p>",
  "<p>Owes us the signed DPA. Followed up twice; legal is reviewing.</p>",
  "<p>Uses the API heavily (nightly sync). Rate limits were raised to 1,000/min on request.</p>",
  '<p>Asked about data residency in the EU. Sent the <a href="https://example.com/security">security overview</a>.</p>',
  "<p>Left a 1-star rating after the outage; apologised and credited a week.</p>",
] as const;

export interface FakeNote {
  id: string;
  index: number;
  contactIndex: number;
  created_at: number;
  authorIndex: number;
  body: string;
}

export function noteCount(contactIndex: number): number {
  const rng = rngFor("contact-notes", contactIndex);
  return rng() < 0.55 ? 0 : int(rng, 1, 5);
}

function noteAt(ws: FakeWorkspace, contactIndex: number, n: number): FakeNote {
  const rng = rngFor("note", contactIndex * NOTES_PER_CONTACT_MAX + n);
  const identity = contactIdentity(ws, contactIndex);
  const age = ws.now - identity.created_at;
  const admins = inboxAdmins(ws);
  const author = pick(rng, admins);
  const created = identity.created_at + Math.floor(age * ((n + rng()) / (NOTES_PER_CONTACT_MAX - 2)));
  const index = contactIndex * NOTES_PER_CONTACT_MAX + n;
  return {
    id: numericId("note", index),
    index,
    contactIndex,
    created_at: Math.min(ws.now - HOUR, Math.max(identity.created_at + DAY, created)),
    authorIndex: allAdmins(ws).indexOf(author),
    body: pick(rng, NOTE_BODIES),
  };
}

/** Newest first, as Intercom lists them. */
export function contactNotes(ws: FakeWorkspace, contactIndex: number): FakeNote[] {
  const count = noteCount(contactIndex);
  return Array.from({ length: count }, (_, n) => noteAt(ws, contactIndex, n)).sort((a, b) => b.created_at - a.created_at);
}

export function noteById(ws: FakeWorkspace, id: string): FakeNote | null {
  const index = numericIndex("note", id, ws.scale.contacts * NOTES_PER_CONTACT_MAX);
  if (index === null) return null;
  const contactIndex = Math.floor(index / NOTES_PER_CONTACT_MAX);
  const n = index % NOTES_PER_CONTACT_MAX;
  return n < noteCount(contactIndex) ? noteAt(ws, contactIndex, n) : null;
}
