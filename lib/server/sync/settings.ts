import "server-only";

/** How the background sync behaves; read lazily so importing never throws. */
export interface SyncSettings {
  /** LENS_SYNC=off turns the in-server scheduler off (`npm run sync` still works). */
  enabled: boolean;
  /** Share of Lens's own upstream budget the sync may spend, 0–1. */
  share: number;
  /** Days of archive to keep; null keeps everything. */
  archiveDays: number | null;
}

export function syncSettings(env: Record<string, string | undefined> = process.env): SyncSettings {
  const share = Number(env.LENS_SYNC_SHARE ?? "");
  const days = Number(env.LENS_ARCHIVE_DAYS ?? "");
  return {
    enabled: (env.LENS_SYNC ?? "").trim().toLowerCase() !== "off",
    share: Number.isFinite(share) && share > 0 && share <= 1 ? share : 0.25,
    archiveDays: env.LENS_ARCHIVE_DAYS?.trim() && Number.isFinite(days) && days >= 1 ? Math.floor(days) : null,
  };
}
