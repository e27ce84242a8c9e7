import { jsonResponse } from "@/lib/server/http";
import { readiness } from "@/lib/server/readiness";

export const dynamic = "force-dynamic";

// GET /api/ready: readiness for a load balancer. 200 when ready or degraded (Lens still serves), 503 when not ready, with a reason per check.
// Not logged per request: probes call it every few seconds.
export async function GET(): Promise<Response> {
  const result = await readiness();
  return jsonResponse(result, result.status === "not_ready" ? 503 : 200);
}
