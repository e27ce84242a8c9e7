import { allTeams, inboxAdmins, type FakeAdmin } from "./admins";
import type { FakeWorkspace } from "./context";
import { DAY, HOUR } from "./context";
import {
  ASSIGNMENT_NOTES,
  ATTACHMENTS,
  CLOSING_LINES,
  CUSTOMER_SMALL_TALK,
  HOSTILE_ATTACHMENT,
  HOSTILE_BODIES,
  HOSTILE_SUBJECT,
  RATING_REMARKS,
  TEAMMATE_SMALL_TALK,
  TOPICS,
  type Topic,
} from "./conversation-copy";
import { numericId, numericIndex } from "./ids";
import { contactIdentity, type ContactIdentity } from "./people";
import { allTags, TAG_NAMES } from "./tags";
import { chance, int, pick, pickSkewed, rngFor, sample, type Rng } from "../random";

/**
 * Conversations, generated on demand from their index. Index 0 is the newest: `created_at` falls
 * strictly as the index grows, so "newest first" is index order and no sort is ever needed.
 * Ids grow with time like Intercom's, so the newest conversation has the highest id.
 */

/** The one conversation longer than the API's 500-part cap. */
export const LONG_CONVERSATION_INDEX = 40;
export const LONG_CONVERSATION_PARTS = 612;
/** Conversations whose parts carry scripts, handlers, javascript: links, broken HTML, a tracking pixel. */
export const HOSTILE_CONVERSATION_INDICES = [6, 23, 57] as const;
/** A conversation id that answers 403 api_plan_restricted, as Intercom does for workspaces without the API add-on. */
export const PLAN_RESTRICTED_CONVERSATION_ID = "403000403";
export const PART_LIMIT = 500;

/** Every 11th conversation (from index 4) is a ticket. */
const TICKET_EVERY = 11;
const TICKET_OFFSET = 4;

const OPERATOR = { type: "bot" as const, id: "5000001", name: "Operator", email: "operator+nw5upp0rt@intercom.io" } as const;
const FIN = { type: "bot" as const, id: "5000002", name: "Fin", email: "operator+nw5upp0rt@intercom.io" } as const;

export interface Author {
  type: string;
  id: string;
  name: string | null;
  email: string;
}

type BeatKind =
  | "customer"
  | "teammate"
  | "note"
  | "fin"
  | "operator"
  | "default_assignment"
  | "assignment"
  | "away_mode_assignment"
  | "close"
  | "open"
  | "snoozed"
  | "timer_unsnooze"
  | "attribute"
  | "priority"
  | "language";

interface Beat {
  kind: BeatKind;
  at: number;
  author: Author;
  assignedTo?: { type: "admin" | "team" | "nobody_admin"; id: string | null };
  body: string | null;
  attachment?: number;
  hostile?: number;
}

export interface ConversationPlan {
  index: number;
  id: string;
  createdAt: number;
  topic: Topic;
  contact: ContactIdentity;
  extraContact: ContactIdentity | null;
  outbound: boolean;
  channel: "conversation" | "email";
  beats: Beat[];
  state: "open" | "closed" | "snoozed";
  hostile: boolean;
  ticketIndex: number | null;
  rng: Rng;
}

export function conversationCount(ws: FakeWorkspace): number {
  return ws.scale.conversations;
}

export function conversationIdAt(ws: FakeWorkspace, index: number): string {
  return numericId("conversation", conversationCount(ws) - 1 - index);
}

export function conversationIndex(ws: FakeWorkspace, id: string): number | null {
  const n = numericIndex("conversation", id, conversationCount(ws));
  return n === null ? null : conversationCount(ws) - 1 - n;
}

/**
 * The shape the reports should find: one team answers clearly slower, weekends are slower for
 * everyone, and a few tags (bugs, integrations, mobile) keep coming back after being closed.
 */
export const SLOW_TEAM_INDEX = 2;
export const REOPEN_PRONE_TAGS = ["Bug", "Integration", "Mobile"] as const;
const SLOW_TEAM_FACTOR = 2.5;
const WEEKEND_FACTOR = 3;

/** Tags of conversation `index`, fixed before its thread is planned so reopen-prone tags can shape it. */
export function conversationTagIndices(index: number): number[] {
  const rng = rngFor("conversation-tags", index);
  const k = chance(rng, 0.55) ? int(rng, 1, 3) : 0;
  return sample(
    rng,
    TAG_NAMES.map((_, i) => i),
    k,
  );
}

function reopenProne(tagIndices: number[]): boolean {
  return tagIndices.some((i) => (REOPEN_PRONE_TAGS as readonly string[]).includes(TAG_NAMES[i]!));
}

/** Saturday or Sunday in the workspace's zone (Europe/Dublin is UTC or UTC+1; the hour's offset is ignored). */
function isWeekend(unix: number): boolean {
  const day = new Date(unix * 1000).getUTCDay();
  return day === 0 || day === 6;
}

/** Seconds between conversations, so the newest is minutes old and the oldest about half a year. */
function spacing(ws: FakeWorkspace): number {
  return Math.max(30, Math.floor((180 * DAY) / conversationCount(ws)));
}

export function conversationCreatedAt(ws: FakeWorkspace, index: number): number {
  const step = spacing(ws);
  const jitter = Math.floor(rngFor("conversation-time", index)() * step * 0.8);
  return ws.now - 600 - index * step - jitter;
}

export function ticketIndexOfConversation(ws: FakeWorkspace, index: number): number | null {
  return index >= TICKET_OFFSET && (index - TICKET_OFFSET) % TICKET_EVERY === 0 && index < conversationCount(ws) ? (index - TICKET_OFFSET) / TICKET_EVERY : null;
}

export function conversationIndexOfTicket(ws: FakeWorkspace, ticketIndex: number): number | null {
  const index = TICKET_OFFSET + ticketIndex * TICKET_EVERY;
  return ticketIndex >= 0 && index < conversationCount(ws) ? index : null;
}

export function ticketCount(ws: FakeWorkspace): number {
  const n = conversationCount(ws);
  return n > TICKET_OFFSET ? Math.floor((n - 1 - TICKET_OFFSET) / TICKET_EVERY) + 1 : 0;
}

function adminAuthor(a: FakeAdmin): Author {
  return { type: "admin" as const, id: a.id, name: a.name, email: a.email };
}

function contactAuthor(c: ContactIdentity): Author {
  return { type: c.role, id: c.id, name: c.name, email: c.email };
}

function firstName(c: ContactIdentity): string {
  return c.name.split(" ")[0] ?? c.name;
}

/** Team members who have an inbox seat, per team index. */
function teamMembers(ws: FakeWorkspace): FakeAdmin[][] {
  return ws.memo("conversation-team-members", () => {
    const inbox = inboxAdmins(ws);
    return allTeams().map((t) => inbox.filter((a) => t.admin_ids.includes(Number(a.id))));
  });
}

/** The whole script of conversation `index`: who said and did what, when. Pure function of (ws, index). */
export function conversationPlan(ws: FakeWorkspace, index: number): ConversationPlan {
  const rng = rngFor("conversation", index);
  const createdAt = conversationCreatedAt(ws, index);
  const ageDays = (ws.now - createdAt) / DAY;
  const long = index === LONG_CONVERSATION_INDEX;
  const hostileAt = (HOSTILE_CONVERSATION_INDICES as readonly number[]).indexOf(index);
  const hostile = hostileAt >= 0;
  const topic = TOPICS[Math.floor(rng() * TOPICS.length)]!;
  const contact = contactIdentity(ws, Math.floor(rng() ** 1.6 * ws.scale.contacts));
  const extraContact = chance(rng, 0.06) ? contactIdentity(ws, int(rng, 0, ws.scale.contacts - 1)) : null;
  const outbound = !long && !hostile && chance(rng, 0.08);
  const channel = chance(rng, 0.25) ? "email" : "conversation";
  const teams = allTeams();
  const members = teamMembers(ws);
  const inbox = inboxAdmins(ws);

  const pOpen = 0.04 + 0.5 * Math.exp(-ageDays / 6);
  const pSnoozed = ageDays < 14 ? 0.1 : 0.01;
  const roll = rng();
  const state: ConversationPlan["state"] = long ? "open" : roll < pOpen ? "open" : roll < pOpen + pSnoozed ? "snoozed" : "closed";
  const target = long ? LONG_CONVERSATION_PARTS : hostile ? 12 : 1 + Math.floor(rng() ** 2.2 * 112);

  const beats: Beat[] = [];
  let t = createdAt;
  const customer = contactAuthor(contact);
  const hi = (html: string) => html.replaceAll("{first}", firstName(contact));
  let teamIdx = Math.floor(rng() * teams.length);
  let admin: FakeAdmin = pick(rng, members[teamIdx]!.length ? members[teamIdx]! : inbox);
  let lastSpeaker: "customer" | "teammate" = outbound ? "teammate" : "customer";
  let replyIdx = 0;
  let followIdx = 0;
  let hostileIdx = 0;
  const prone = reopenProne(conversationTagIndices(index));
  const weekend = isWeekend(createdAt);
  // Teammates' waits stretch on weekends and in the slow team; customers' own pace does not.
  const teammateFactor = () => (weekend ? WEEKEND_FACTOR : 1) * (teamIdx === SLOW_TEAM_INDEX ? SLOW_TEAM_FACTOR : 1);

  const add = (gapMin: number, gapMax: number, beat: Omit<Beat, "at">) => {
    const f = beat.author.type === "admin" ? teammateFactor() : 1;
    t += Math.round(int(rng, gapMin, gapMax) * f);
    beats.push({ ...beat, at: t });
  };
  const teammateReply = () => {
    const pool = replyIdx < topic.replies.length ? [topic.replies[replyIdx++]!] : TEAMMATE_SMALL_TALK;
    add(60, 3 * HOUR, { kind: "teammate", author: adminAuthor(admin), body: hi(pick(rng, pool)), attachment: chance(rng, 0.06) ? int(rng, 0, 1) : undefined });
    lastSpeaker = "teammate";
  };
  const customerReply = () => {
    if (hostile && hostileIdx < HOSTILE_BODIES.length) {
      add(120, 2 * HOUR, { kind: "customer", author: customer, body: HOSTILE_BODIES[hostileIdx]!, hostile: hostileIdx++ });
    } else {
      const pool = followIdx < topic.followUps.length ? [topic.followUps[followIdx++]!] : CUSTOMER_SMALL_TALK;
      add(120, 6 * HOUR, { kind: "customer", author: customer, body: pick(rng, pool), attachment: chance(rng, 0.12) ? int(rng, 0, ATTACHMENTS.length - 1) : undefined });
    }
    lastSpeaker = "customer";
  };
  const assignTo = (next: FakeAdmin, by: Author, body: string | null) => {
    admin = next;
    add(30, 20 * 60, { kind: "assignment", author: by, assignedTo: { type: "admin" as const, id: next.id }, body });
  };

  // Opening: Fin or the Operator answers first, then a team and a teammate pick it up.
  if (!outbound) {
    if (chance(rng, 0.05)) add(1, 2, { kind: "language", author: OPERATOR, body: null });
    if (chance(rng, long ? 1 : 0.35)) {
      add(5, 20, { kind: "fin", author: FIN, body: topic.fin });
      if (state === "closed" && target <= 3 && chance(rng, 0.6)) {
        add(60, 600, { kind: "customer", author: customer, body: "<p>That answered it, thanks!</p>" });
        add(5, 30, { kind: "close", author: FIN, body: null });
        return finish();
      }
      add(30, 300, { kind: "customer", author: customer, body: "<p>I'd like to talk to a person, please.</p>" });
    } else if (chance(rng, 0.3)) {
      add(2, 10, { kind: "operator", author: OPERATOR, body: "<p>Thanks for reaching out! The team typically replies in under an hour.</p>" });
    }
    if (target > 1 || state !== "open") {
      add(1, 30, { kind: "default_assignment", author: OPERATOR, assignedTo: { type: "team" as const, id: teams[teamIdx]!.id }, body: null });
    }
    if (target > 2 || state !== "open") {
      if (admin.away_mode_enabled && chance(rng, 0.5)) {
        add(1, 10, { kind: "away_mode_assignment", author: OPERATOR, assignedTo: { type: "admin" as const, id: admin.id }, body: null });
      } else {
        assignTo(admin, adminAuthor(admin), chance(rng, 0.35) ? hi(topic.replies[replyIdx++]!) : null);
        if (beats.at(-1)!.body) lastSpeaker = "teammate";
      }
    }
  }

  // The body of the thread: replies back and forth, notes, reassignments, snoozes and reopens.
  while (beats.length < target - 1) {
    const r = rng();
    if (r < 0.1) {
      add(60, 30 * 60, { kind: "note", author: adminAuthor(admin), body: hi(pick(rng, topic.notes)) });
    } else if (r < 0.14) {
      add(10, 600, { kind: "attribute", author: chance(rng, 0.5) ? adminAuthor(admin) : OPERATOR, body: null });
    } else if (r < 0.145) {
      teamIdx = Math.floor(rng() * teams.length);
      const by = adminAuthor(admin);
      add(30, 600, { kind: "assignment", author: by, assignedTo: { type: "team" as const, id: teams[teamIdx]!.id }, body: chance(rng, 0.5) ? pick(rng, ASSIGNMENT_NOTES) : null });
      const next = members[teamIdx]!.length ? pick(rng, members[teamIdx]!) : pick(rng, inbox);
      assignTo(next, adminAuthor(next), null);
    } else if (r < 0.19) {
      add(60, 600, { kind: "snoozed", author: adminAuthor(admin), body: null });
      add(2 * HOUR, 2 * DAY, { kind: "timer_unsnooze", author: OPERATOR, body: null });
    } else if (r < (prone ? 0.27 : 0.21) && beats.length > 3) {
      add(60, 600, { kind: "close", author: adminAuthor(admin), body: chance(rng, 0.4) ? pick(rng, CLOSING_LINES) : null });
      add(HOUR, 3 * DAY, { kind: "open", author: customer, body: pick(rng, topic.followUps) });
      lastSpeaker = "customer";
    } else if (r < 0.22) {
      add(30, 600, { kind: "priority", author: adminAuthor(admin), body: null });
    } else if (lastSpeaker === "customer" || (hostile && hostileIdx < HOSTILE_BODIES.length && chance(rng, 0.3))) {
      if (hostile && hostileIdx < HOSTILE_BODIES.length && lastSpeaker === "customer" && chance(rng, 0.5)) customerReply();
      else teammateReply();
    } else {
      customerReply();
    }
  }
  if (hostile) while (hostileIdx < HOSTILE_BODIES.length) customerReply();

  // The tail decides the state the conversation is left in.
  if (state === "closed") {
    if (prone && beats.length > 1 && chance(rng, 0.6)) {
      add(60, 600, { kind: "close", author: adminAuthor(admin), body: null });
      add(HOUR, 2 * DAY, { kind: "open", author: customer, body: pick(rng, topic.followUps) });
      lastSpeaker = "customer";
    }
    if (lastSpeaker === "customer" && chance(rng, 0.7)) teammateReply();
    add(60, 2 * HOUR, { kind: "close", author: adminAuthor(admin), body: chance(rng, 0.3) ? pick(rng, CLOSING_LINES) : null });
  } else if (state === "snoozed") {
    if (lastSpeaker === "customer") teammateReply();
    add(60, 600, { kind: "snoozed", author: adminAuthor(admin), body: null });
  } else if (beats.length > 0 && chance(rng, 0.6)) {
    customerReply();
  }
  return finish();

  function finish(): ConversationPlan {
    // Squeeze the thread into the time between its creation and now.
    const last = beats.at(-1)?.at ?? createdAt;
    const room = Math.max(60, ws.now - 120 - createdAt);
    if (last - createdAt > room) {
      const f = room / (last - createdAt);
      let prev = createdAt;
      for (const b of beats) {
        b.at = Math.max(prev + 1, createdAt + Math.floor((b.at - createdAt) * f));
        prev = b.at;
      }
    }
    return { index, id: conversationIdAt(ws, index), createdAt, topic, contact, extraContact, outbound, channel, beats, state, hostile, ticketIndex: ticketIndexOfConversation(ws, index), rng };
  }
}

const PART_TYPE: Record<BeatKind, string> = {
  customer: "comment",
  teammate: "comment",
  note: "note",
  fin: "comment",
  operator: "comment",
  default_assignment: "default_assignment",
  assignment: "assignment",
  away_mode_assignment: "away_mode_assignment",
  close: "close",
  open: "open",
  snoozed: "snoozed",
  timer_unsnooze: "timer_unsnooze",
  attribute: "conversation_attribute_updated_by_admin",
  priority: "priority_changed",
  language: "language_detection_details",
};

interface Attachment {
  type: string;
  name: string;
  url: string;
  content_type: string;
  filesize: number;
  width: number | null;
  height: number | null;
}

function attachmentOf(plan: ConversationPlan, partId: string, which: number): Attachment {
  const a = ATTACHMENTS[which]!;
  return {
    type: "upload" as const,
    name: a.name,
    url: `https://downloads.intercomcdn.com/i/o/northwind/${plan.id}/${partId}/${encodeURIComponent(a.name)}`,
    content_type: a.content_type,
    filesize: a.filesize,
    width: "width" in a ? a.width : null,
    height: "height" in a ? a.height : null,
  };
}

export function partId(plan: ConversationPlan, k: number): string {
  return String(Number(plan.id) * 1_000 + k + 1);
}

/** The conversation parts in time order, oldest first. */
export function conversationParts(plan: ConversationPlan, plaintext: boolean) {
  return plan.beats.map((b, k) => {
    const id = partId(plan, k);
    const attachments: Attachment[] = b.attachment !== undefined ? [attachmentOf(plan, id, b.attachment)] : [];
    if (b.hostile === 0) attachments.push({ type: "upload" as const, ...HOSTILE_ATTACHMENT, width: null, height: null });
    return {
      type: "conversation_part" as const,
      id,
      part_type: PART_TYPE[b.kind],
      body: b.body === null ? null : plaintext ? toPlainText(b.body) : b.body,
      created_at: b.at,
      updated_at: b.at,
      notified_at: b.at,
      assigned_to: b.assignedTo ?? null,
      author: b.author,
      attachments,
      external_id: null,
      redacted: false,
    };
  });
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : Math.round((s[mid - 1]! + s[mid]!) / 2);
}

/** Intercom's conversation statistics, derived from the thread so they always agree with it. */
function statisticsOf(plan: ConversationPlan) {
  const created = plan.createdAt;
  const isAdminReply = (b: Beat) => b.author.type === "admin" && b.body !== null && b.kind !== "note";
  const isContactReply = (b: Beat) => (b.kind === "customer" || b.kind === "open") && b.body !== null;
  const assignments = plan.beats.filter((b) => b.kind === "assignment" || b.kind === "default_assignment" || b.kind === "away_mode_assignment");
  const adminAssignments = assignments.filter((b) => b.assignedTo?.type === "admin");
  const adminReplies = plan.beats.filter(isAdminReply);
  const contactReplies = plan.beats.filter(isContactReply);
  const closes = plan.beats.filter((b) => b.kind === "close");
  const lastAssignment = adminAssignments.at(-1);

  const replyDelays: number[] = [];
  let waitingFrom: number | null = plan.outbound ? null : created;
  for (const b of plan.beats) {
    if (isContactReply(b) && waitingFrom === null) waitingFrom = b.at;
    else if (isAdminReply(b) && waitingFrom !== null) {
      replyDelays.push(b.at - waitingFrom);
      waitingFrom = null;
    }
  }
  const firstAdminReply = adminReplies[0]?.at ?? null;
  return {
    type: "conversation_statistics" as const,
    time_to_assignment: adminAssignments[0] ? adminAssignments[0].at - created : null,
    time_to_admin_reply: firstAdminReply !== null && !plan.outbound ? firstAdminReply - created : null,
    time_to_first_close: closes[0] ? closes[0].at - created : null,
    time_to_last_close: closes.at(-1) && plan.state === "closed" ? closes.at(-1)!.at - created : null,
    median_time_to_reply: median(replyDelays),
    first_contact_reply_at: plan.outbound ? (contactReplies[0]?.at ?? null) : created,
    first_assignment_at: assignments[0]?.at ?? null,
    first_admin_reply_at: firstAdminReply,
    first_close_at: closes[0]?.at ?? null,
    last_assignment_at: lastAssignment?.at ?? null,
    last_assignment_admin_reply_at: lastAssignment ? (adminReplies.find((b) => b.at >= lastAssignment.at)?.at ?? null) : null,
    last_contact_reply_at: contactReplies.at(-1)?.at ?? (plan.outbound ? null : created),
    last_admin_reply_at: adminReplies.at(-1)?.at ?? null,
    last_close_at: closes.at(-1)?.at ?? null,
    last_closed_by_id: closes.at(-1)?.author.id ?? null,
    count_reopens: plan.beats.filter((b) => b.kind === "open").length,
    count_assignments: assignments.length,
    count_conversation_parts: plan.beats.length + 1,
  };
}

function currentAssignees(plan: ConversationPlan): { admin: string | null; team: string | null } {
  let admin: string | null = null;
  let team: string | null = null;
  for (const b of plan.beats) {
    if (!b.assignedTo) continue;
    if (b.assignedTo.type === "admin") admin = b.assignedTo.id;
    else if (b.assignedTo.type === "team") {
      team = b.assignedTo.id;
      admin = null;
    }
  }
  return { admin, team };
}

/** A conversation as /conversations and /conversations/search list it: everything but the parts. */
export function conversationListItem(ws: FakeWorkspace, plan: ConversationPlan) {
  const rng = rngFor("conversation-extra", plan.index);
  const stats = statisticsOf(plan);
  const { admin, team } = currentAssignees(plan);
  const last = plan.beats.at(-1);
  const customer = contactAuthor(plan.contact);
  const source = plan.outbound
    ? {
        author: adminAuthor(inboxAdmins(ws)[plan.index % inboxAdmins(ws).length]!),
        delivered_as: "admin_initiated",
        body: `<p>Hi ${firstName(plan.contact)}, checking in on your setup — anything we can help with?</p>`,
      }
    : { author: customer, delivered_as: "customer_initiated", body: plan.hostile ? HOSTILE_BODIES[plan.index % 3]! : plan.topic.opening };
  const tags = conversationTagIndices(plan.index)
    .map((i) => allTags()[i]!)
    .map((tag) => ({
      type: "tag" as const,
      id: tag.id,
      name: tag.name,
      applied_at: plan.createdAt + int(rng, 60, HOUR),
      applied_by: { type: "admin" as const, id: admin ?? inboxAdmins(ws)[0]!.id },
    }));
  const lastClose = plan.beats.findLast((b) => b.kind === "close");
  const rated = plan.state === "closed" && admin !== null && lastClose && chance(rng, 0.45);
  const score = rated ? pickSkewed(rng, [5, 5, 4, 5, 3, 4, 2, 1], 1.3) : 0;
  const ratedAt = lastClose ? lastClose.at + int(rng, 60, 2 * HOUR) : 0;
  const rating = rated
    ? {
        rating: score,
        remark: chance(rng, 0.55) ? pick(rng, RATING_REMARKS[score]!) : "",
        created_at: Math.min(ratedAt, ws.now - 60),
        contact: { type: "contact" as const, id: plan.contact.id, external_id: plan.contact.external_id },
        teammate: { type: "admin" as const, id: admin },
      }
    : null;
  const waiting = plan.state !== "closed" && last && (last.kind === "customer" || last.kind === "open") ? last.at : plan.state !== "closed" && !last ? plan.createdAt : null;
  const teammateIds = [...new Set(plan.beats.filter((b) => b.author.type === "admin").map((b) => b.author.id))];
  const updatedAt = Math.max(last?.at ?? plan.createdAt, rating?.created_at ?? 0);
  const ticketIndex = plan.ticketIndex;
  return {
    type: "conversation" as const,
    id: plan.id,
    title: ticketIndex !== null ? plan.topic.subject : null,
    created_at: plan.createdAt,
    updated_at: updatedAt,
    waiting_since: waiting,
    snoozed_until: plan.state === "snoozed" ? ws.now + int(rng, 1, 72) * HOUR : null,
    source: {
      type: plan.channel,
      id: String(403_900_000 + plan.index),
      delivered_as: source.delivered_as,
      subject: plan.hostile ? HOSTILE_SUBJECT : plan.channel === "email" ? plan.topic.subject : "",
      body: source.body,
      author: source.author,
      attachments: [],
      url: plan.channel === "conversation" && !plan.outbound ? `https://app.northwind.example/${plan.topic.key}` : null,
      redacted: false,
    },
    contacts: {
      type: "contact.list" as const,
      contacts: [plan.contact, ...(plan.extraContact ? [plan.extraContact] : [])].map((c) => ({ type: "contact" as const, id: c.id, external_id: c.external_id })),
    },
    first_contact_reply: stats.first_contact_reply_at ? { created_at: stats.first_contact_reply_at, type: plan.channel, url: null } : null,
    admin_assignee_id: admin === null ? null : Number(admin),
    team_assignee_id: team === null ? null : Number(team),
    open: plan.state !== "closed",
    state: plan.state,
    read: plan.state === "closed" || chance(rng, 0.5),
    tags: { type: "tag.list" as const, tags },
    priority: chance(rng, 0.14) || plan.index === LONG_CONVERSATION_INDEX ? "priority" : "not_priority",
    sla_applied: chance(rng, 0.3) ? slaOf(stats.time_to_admin_reply, plan.state, chance(rng, 0.08)) : null,
    statistics: stats,
    conversation_rating: rating,
    teammates: { type: "admin.list" as const, teammates: teammateIds.map((id) => ({ type: "admin" as const, id })) },
    topics: {},
    ticket: ticketIndex !== null ? { type: "ticket" as const, id: numericId("ticket", ticketIndex), ticket_id: String(1_000 + ticketIndex) } : null,
  };
}

/** One SLA policy: hit when the first reply came within the hour, cancelled when a teammate lifted it. */
function slaOf(timeToReply: number | null, state: ConversationPlan["state"], cancelled: boolean) {
  const status = cancelled ? "cancelled" : (timeToReply ?? Infinity) <= HOUR ? "hit" : timeToReply !== null || state === "closed" ? "missed" : "active";
  return { type: "conversation_sla_summary" as const, sla_name: "First response in 1 hour", sla_status: status };
}

export type ConversationListItem = ReturnType<typeof conversationListItem>;

/** GET /conversations/{id}: the list item plus the 500 most recent parts and the true total. */
export function conversationDetail(ws: FakeWorkspace, index: number, plaintext: boolean) {
  const plan = conversationPlan(ws, index);
  const item = conversationListItem(ws, plan);
  const parts = conversationParts(plan, plaintext);
  return {
    ...item,
    source: plaintext ? { ...item.source, body: toPlainText(item.source.body) } : item.source,
    conversation_parts: { type: "conversation_part.list" as const, conversation_parts: parts.slice(-PART_LIMIT), total_count: parts.length },
  };
}

/** The list items of every conversation, newest first; memoised at default scale only. */
export function conversationItemAt(ws: FakeWorkspace, index: number): ConversationListItem {
  if (ws.scale.name === "default") {
    const all = ws.memo("conversation-items", () => new Array<ConversationListItem | undefined>(conversationCount(ws)));
    return (all[index] ??= conversationListItem(ws, conversationPlan(ws, index)));
  }
  return conversationListItem(ws, conversationPlan(ws, index));
}

/** Intercom's `display_as=plaintext`: tags dropped, paragraphs and breaks kept as new lines, scripts and styles removed. */
export function toPlainText(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?(<\/\1>|$)/gi, "")
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<li\b[^>]*>/gi, "- ")
    .replace(/<\/(p|div|li|h\d|tr|ul|ol)>/gi, "\n")
    .replace(/<[^>]*>/g, "")
    .replace(/&nbsp;/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
