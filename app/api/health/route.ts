import { intercomSettings } from "@/lib/server/env";
import { jsonResponse } from "@/lib/server/http";
import { storeHealth } from "@/lib/server/store";

export const dynamic = "force-dynamic";

// GET /api/health (public): liveness, which workspace Lens is reading (never the token) and whether its
// store answers. A store that is down is reported, not fatal: the live pages keep working without it.
// Where the store lives and why it failed are for signed-in eyes only (/sync), not for this probe.
export async function GET(): Promise<Response> {
  const store = await storeHealth(500);
  return jsonResponse({ status: "ok", mode: intercomSettings().mode, store: store.status });
}
