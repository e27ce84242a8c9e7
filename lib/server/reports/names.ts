import "server-only";
import type { Store } from "@/lib/server/store";

export interface Names {
  teams: Record<string, string>;
  admins: Record<string, string>;
  tags: Record<string, string>;
}

/** Names of teams, teammates and tags from the store, so reports label ids without an upstream call. */
export async function storeNames(store: Store): Promise<Names> {
  const [teams, admins, tags] = await Promise.all([
    store.db.selectFrom("teams").select(["id", "name"]).execute(),
    store.db.selectFrom("admins").select(["id", "name"]).execute(),
    store.db.selectFrom("tags").select(["id", "name"]).execute(),
  ]);
  const map = (rows: { id: string; name: string }[]) => Object.fromEntries(rows.map((r) => [r.id, r.name]));
  return { teams: map(teams), admins: map(admins), tags: map(tags) };
}
