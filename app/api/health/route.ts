import { intercomSettings } from "@/lib/server/env";
import { jsonResponse } from "@/lib/server/http";
import { storeHealth } from "@/lib/server/store";

export const dynamic = "force-dynamic";

// GET /api/health: liveness, which workspace Lens is reading (never the token) and whether its store
// answers. A store that is down is reported, not fatal: the live pages keep working without it.
export async function GET(): Promise<Response> {
  return jsonResponse({ status: "ok", mode: intercomSettings().mode, store: await storeHealth(500) });
}
