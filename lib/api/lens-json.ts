import { apiErrorFrom } from "./api-error";

/** A JSON call to one of Lens's own endpoints (not the Intercom proxy); errors become ApiError. */
export async function lensJson<T>(path: string, init: RequestInit = {}): Promise<T> {
  const res = await fetch(path, { ...init, headers: { accept: "application/json", ...init.headers } });
  if (!res.ok) throw await apiErrorFrom(res);
  return (await res.json()) as T;
}
