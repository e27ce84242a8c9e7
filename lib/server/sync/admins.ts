import "server-only";
import { buildPath } from "@/lib/intercom/match";
import type { Admin, AdminList, TeamList } from "@/lib/intercom/types/admins";
import type { TagList } from "@/lib/intercom/types/customers";
import type { Store } from "@/lib/server/store";
import { bodyOf, type Call } from "./upstream";

/**
 * Teammates, teams and tags: the current snapshot, replaced whole in one transaction, so a
 * teammate removed in Intercom disappears here too. Three calls a run.
 */

const CHUNK = 500;

function avatarUrl(a: Admin): string | null {
  if (!a.avatar) return null;
  return typeof a.avatar === "string" ? a.avatar : (a.avatar.image_url ?? null);
}

const flag = (v: boolean | null | undefined) => (v ? 1 : 0);
const ids = (v: (number | string)[] | null | undefined) => JSON.stringify((v ?? []).map(String));

export async function syncAdmins(store: Store, call: Call, now = Math.floor(Date.now() / 1000)): Promise<number> {
  const [admins, teams, tags] = await Promise.all([
    call({ path: buildPath("admins.list") }).then((r) => bodyOf<AdminList>(r).admins ?? []),
    call({ path: buildPath("teams.list") }).then((r) => bodyOf<TeamList>(r).teams ?? []),
    call({ path: buildPath("tags.list") }).then((r) => bodyOf<TagList>(r).data ?? []),
  ]);
  const adminRows = admins.map((a) => ({
    id: String(a.id),
    name: a.name ?? "",
    email: a.email ?? "",
    job_title: a.job_title ?? null,
    away_mode_enabled: flag(a.away_mode_enabled),
    away_mode_reassign: flag(a.away_mode_reassign),
    has_inbox_seat: flag(a.has_inbox_seat),
    team_ids: ids(a.team_ids),
    avatar_url: avatarUrl(a),
    synced_at: now,
  }));
  const teamRows = teams.map((t) => ({ id: String(t.id), name: t.name ?? "", admin_ids: ids(t.admin_ids), synced_at: now }));
  const tagRows = tags.map((t) => ({ id: String(t.id), name: t.name ?? "", synced_at: now }));

  await store.db.transaction().execute(async (trx) => {
    await trx.deleteFrom("admins").execute();
    await trx.deleteFrom("teams").execute();
    await trx.deleteFrom("tags").execute();
    for (let i = 0; i < adminRows.length; i += CHUNK)
      await trx
        .insertInto("admins")
        .values(adminRows.slice(i, i + CHUNK))
        .execute();
    for (let i = 0; i < teamRows.length; i += CHUNK)
      await trx
        .insertInto("teams")
        .values(teamRows.slice(i, i + CHUNK))
        .execute();
    for (let i = 0; i < tagRows.length; i += CHUNK)
      await trx
        .insertInto("tags")
        .values(tagRows.slice(i, i + CHUNK))
        .execute();
  });
  return adminRows.length + teamRows.length + tagRows.length;
}
