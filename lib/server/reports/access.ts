import "server-only";
import { ACCESS_CHANGE_KINDS, accessReview, type AccessRow } from "@/lib/reports/access-review";
import type { Store } from "@/lib/server/store";

/** Teammates with their sign-ins and the access changes in the archived log. */
export async function accessReport(store: Store, dormantDays: number, now = Math.floor(Date.now() / 1000)): Promise<AccessRow[]> {
  const { db } = store;
  const [admins, signIns, activity, changes] = await Promise.all([
    db.selectFrom("admins").select(["id", "name", "email", "has_inbox_seat", "team_ids"]).orderBy("name").execute(),
    db
      .selectFrom("activity_log")
      .select(["admin_id", (eb) => eb.fn.max("created_at").as("at")])
      .where("activity_type", "=", "admin_login_success")
      .groupBy("admin_id")
      .execute(),
    db
      .selectFrom("activity_log")
      .select(["admin_id", (eb) => eb.fn.max("created_at").as("at")])
      .groupBy("admin_id")
      .execute(),
    db
      .selectFrom("activity_log")
      .select(["id", "created_at", "activity_type", "admin_id", "admin_email", "description", "metadata"])
      .where("activity_type", "in", Object.keys(ACCESS_CHANGE_KINDS))
      .execute(),
  ]);
  const byAdmin = (rows: { admin_id: string | null; at: unknown }[]) => new Map(rows.filter((r) => r.admin_id).map((r) => [r.admin_id!, Number(r.at)]));
  return accessReview(
    admins.map((a) => ({ id: a.id, name: a.name, email: a.email, has_inbox_seat: a.has_inbox_seat === 1, team_ids: (JSON.parse(a.team_ids) as unknown[]).map(String) })),
    byAdmin(signIns),
    byAdmin(activity),
    changes,
    now,
    dormantDays,
  );
}
