import { intercomSettings } from "@/lib/server/env";
import { jsonResponse } from "@/lib/server/http";

export const dynamic = "force-dynamic";

// GET /api/health: liveness and which workspace Lens is reading (never the token).
export function GET(): Response {
  return jsonResponse({ status: "ok", mode: intercomSettings().mode });
}
