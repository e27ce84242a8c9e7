import "server-only";

/** The one place Lens reads its settings. Read lazily so importing never throws. */

export type Region = "us" | "eu" | "au";

const REGION_HOSTS: Record<Region, string> = {
  us: "https://api.intercom.io",
  eu: "https://api.eu.intercom.io",
  au: "https://api.au.intercom.io",
};

export interface IntercomSettings {
  mode: "demo" | "live";
  token: string | null;
  baseUrl: string;
  region: Region;
  timeoutMs: number;
  cacheTtlMs: number;
  fakeScale: "default" | "large";
}

function intFrom(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const n = Number(raw);
  return Number.isFinite(n) ? Math.min(max, Math.max(min, Math.round(n))) : fallback;
}

export function intercomSettings(): IntercomSettings {
  const token = process.env.INTERCOM_ACCESS_TOKEN?.trim() || null;
  const regionRaw = (process.env.INTERCOM_REGION ?? "us").toLowerCase();
  const region: Region = regionRaw === "eu" || regionRaw === "au" ? regionRaw : "us";
  const override = process.env.INTERCOM_API_BASE_URL?.trim();
  return {
    mode: token ? "live" : "demo",
    token,
    baseUrl: (override || REGION_HOSTS[region]).replace(/\/+$/, ""),
    region,
    timeoutMs: intFrom("INTERCOM_TIMEOUT_MS", 10_000, 100, 60_000),
    cacheTtlMs: intFrom("LENS_CACHE_TTL_MS", 30_000, 0, 3_600_000),
    fakeScale: process.env.LENS_FAKE_SCALE === "large" ? "large" : "default",
  };
}

export function lensMode(): "demo" | "live" {
  return intercomSettings().mode;
}
