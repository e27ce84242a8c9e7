/** Finds the records the benchmarks open (a contact, a conversation, the 500+-part one) through the fake's API. */
import type { FakeHttp } from "./fake-http";
import type { RouteIds } from "./routes";

interface ListPage {
  data?: { id?: string }[];
  conversations?: { id?: string }[];
  pages?: { next?: { starting_after?: string } | string | null };
}

interface Conversation {
  conversation_parts?: { total_count?: number };
}

export async function findRouteIds(fake: FakeHttp, maxScan = 5_000): Promise<RouteIds> {
  const ids: RouteIds = {};
  const contacts = await fake.get<ListPage>("/contacts?per_page=1");
  if (contacts.status === 200) ids.contact = contacts.json.data?.[0]?.id;

  let cursor: string | undefined;
  let scanned = 0;
  do {
    const page = await fake.get<ListPage>(`/conversations?per_page=150${cursor ? `&starting_after=${encodeURIComponent(cursor)}` : ""}`);
    if (page.status !== 200) break;
    const list = page.json.conversations ?? [];
    ids.conversation ??= list[0]?.id;
    for (const c of list) {
      if (!c.id) continue;
      const full = await fake.get<Conversation>(`/conversations/${c.id}`);
      if ((full.json.conversation_parts?.total_count ?? 0) > 500) {
        ids.longConversation = c.id;
        return ids;
      }
    }
    scanned += list.length;
    const next = page.json.pages?.next;
    cursor = typeof next === "object" && next ? next.starting_after : undefined;
  } while (cursor && scanned < maxScan);
  return ids;
}
