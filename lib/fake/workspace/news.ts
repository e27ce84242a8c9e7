import { allAdmins } from "./admins";
import { WORKSPACE_ID } from "./help-center";
import { numericId, numericIndex } from "./ids";
import { chance, int, rngFor } from "../random";
import { DAY, HOUR, type FakeWorkspace } from "./context";

/** News items and the newsfeeds they are published to. Small, fixed data at every scale. */

const FEEDS = ["Customer Feed", "Visitor Feed", "Developer Feed"] as const;

interface ItemSpec {
  title: string;
  labels: string[];
  /** Indexes into FEEDS; empty for drafts. */
  feeds: number[];
  paragraphs: string[];
  cover?: boolean;
}

const ITEMS: ItemSpec[] = [
  {
    title: "Faster checkout for repeat orders",
    labels: ["New feature"],
    feeds: [0],
    paragraphs: ["Reorder anything from your order history in two clicks.", "Saved carts now remember delivery notes, too."],
    cover: true,
  },
  {
    title: "Scheduled maintenance on Sunday",
    labels: ["Maintenance"],
    feeds: [0, 1],
    paragraphs: ["The dashboard will be read-only between 02:00 and 03:00 UTC on Sunday.", "Orders placed through the API are queued and processed afterwards."],
  },
  { title: "Invoices now include your VAT number", labels: ["Billing"], feeds: [0], paragraphs: ["Add your VAT number under <em>Settings → Billing</em> and it appears on every new invoice."] },
  {
    title: "Webhook signatures v2",
    labels: ["API", "New feature"],
    feeds: [2],
    paragraphs: ["Signatures now use HMAC-SHA256 with a timestamp to stop replays.", "Version 1 signatures keep working until the end of next quarter."],
  },
  { title: "The mobile app gets barcode reordering", labels: ["Mobile", "New feature"], feeds: [0, 1], paragraphs: ["Scan a product's barcode to add it to your cart."], cover: true },
  { title: "New delivery partner in the Nordics", labels: ["Shipping"], feeds: [0, 1], paragraphs: ["Next-day delivery now covers Sweden, Norway, Denmark and Finland."] },
  {
    title: "Price changes for the Team plan",
    labels: ["Billing"],
    feeds: [0],
    paragraphs: ["From next month the Team plan costs €49 per seat.", "Annual plans keep their current price until renewal."],
  },
  { title: "Rate limits are going up", labels: ["API"], feeds: [2], paragraphs: ["Every app can now make 2,000 calls per minute, up from 1,000."] },
  { title: "Shopify sync is twice as fast", labels: ["Integrations"], feeds: [0], paragraphs: ["Inventory changes reach Shopify within a minute."] },
  { title: "Holiday shipping deadlines", labels: ["Shipping"], feeds: [0, 1], paragraphs: ["Order by 18 December for delivery before the holidays in most of Europe."], cover: true },
  { title: "Sign in with your company's SSO", labels: ["Security", "New feature"], feeds: [0], paragraphs: ["Enterprise workspaces can now require single sign-on through SAML."] },
  { title: "Deprecating API version 2022-01", labels: ["API"], feeds: [2], paragraphs: ["Requests with this version header will fail from 1 March.", "Read the upgrade guide in the developer docs."] },
  { title: "Returns portal redesign", labels: ["New feature"], feeds: [], paragraphs: ["Draft: the returns portal gets a step-by-step flow with photo uploads."] },
  { title: "Quarterly product roundup", labels: ["Product update"], feeds: [], paragraphs: ["Draft: highlights from the last three months."] },
  { title: "Slack alerts for failed payments", labels: ["Integrations", "Billing"], feeds: [0], paragraphs: ["Get a Slack message the moment a payment fails."] },
  { title: "Python SDK 3.0", labels: ["API"], feeds: [2], paragraphs: ["Async support, typed models and automatic retries."] },
  { title: "Two-factor sign-in for everyone", labels: ["Security"], feeds: [], paragraphs: ["Draft: two-factor sign-in becomes mandatory for owners."] },
  { title: "Track parcels from the app", labels: ["Mobile"], feeds: [0, 1], paragraphs: ["Live tracking for every parcel, with push notifications on delivery."] },
];

export interface FakeNewsfeed {
  id: string;
  type: "newsfeed";
  name: string;
  created_at: number;
  updated_at: number;
}

export interface FakeNewsItem {
  id: string;
  type: "news-item";
  workspace_id: string;
  title: string;
  body: string;
  sender_id: number;
  state: "draft" | "live";
  labels: string[];
  cover_image_url: string | null;
  reactions: (string | null)[];
  deliver_silently: boolean;
  created_at: number;
  updated_at: number;
  newsfeed_assignments: { newsfeed_id: number; published_at: number }[];
}

export function newsfeeds(ws: FakeWorkspace): FakeNewsfeed[] {
  return FEEDS.map((name, i) => ({ id: numericId("newsfeed", i), type: "newsfeed" as const, name, created_at: ws.now - (700 - i * 150) * DAY, updated_at: ws.now - (30 + i * 20) * DAY }));
}

export function newsfeedById(ws: FakeWorkspace, id: string): FakeNewsfeed | null {
  const i = numericIndex("newsfeed", id, FEEDS.length);
  return i === null ? null : newsfeeds(ws)[i]!;
}

/** Newest first, the order Intercom lists them in. */
export function newsItems(ws: FakeWorkspace): FakeNewsItem[] {
  return ws.memo("news-items", () => {
    const senders = allAdmins(ws).filter((a) => /Head|Lead|Editor|Operations|Success/.test(a.job_title));
    return ITEMS.map((spec, i): FakeNewsItem => {
      const rng = rngFor("news-item", i);
      const created = ws.now - (i * 9 + int(rng, 1, 8)) * DAY - int(rng, 0, 23) * HOUR;
      const live = spec.feeds.length > 0;
      const published = created + int(rng, 1, 48) * HOUR;
      return {
        id: numericId("news_item", i),
        type: "news-item",
        workspace_id: WORKSPACE_ID,
        title: spec.title,
        body: spec.paragraphs.map((p) => `<p>${p}</p>`).join(""),
        sender_id: Number(senders[i % senders.length]!.id),
        state: live ? "live" : "draft",
        labels: spec.labels,
        cover_image_url: spec.cover ? `https://downloads.intercomcdn.com/i/o/nw5upp0rt/news-${i}/cover.png` : null,
        // Intercom lists the reaction emoji offered on the item; drafts have them unset.
        reactions: live ? ["💡", "👍", "🎉", "❤️"] : [null, null, null, null],
        deliver_silently: chance(rng, 0.25),
        created_at: created,
        updated_at: Math.min(ws.now - HOUR, published + int(rng, 0, 5) * DAY),
        newsfeed_assignments: spec.feeds.map((f) => ({ newsfeed_id: Number(numericId("newsfeed", f)), published_at: published })),
      };
    });
  });
}

export function newsItemById(ws: FakeWorkspace, id: string): FakeNewsItem | null {
  const i = numericIndex("news_item", id, ITEMS.length);
  return i === null ? null : newsItems(ws)[i]!;
}

/** Live items published to one feed, newest first. */
export function liveItemsOf(ws: FakeWorkspace, feedId: string): FakeNewsItem[] {
  return newsItems(ws).filter((item) => item.state === "live" && item.newsfeed_assignments.some((a) => String(a.newsfeed_id) === feedId));
}
