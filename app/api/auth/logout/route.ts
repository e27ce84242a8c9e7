import { authSettings } from "@/lib/server/env";
import { isCrossSite } from "@/lib/server/auth/same-origin";
import { signOut } from "@/lib/server/auth/sign-in";
import { errorResponse } from "@/lib/server/http";
import { withRequestLog } from "@/lib/server/request-context";

export const dynamic = "force-dynamic";

// POST /api/auth/logout: ends the session (server-side too) and clears its cookie. POST only, and only from Lens's own pages.
async function logout(request: Request): Promise<Response> {
  const settings = authSettings();
  if (isCrossSite(request, settings.kind === "signin" ? settings.publicUrl.origin : null)) {
    return errorResponse(403, "action_forbidden", "Lens refuses requests that another site started.");
  }
  return signOut(request);
}

export const POST = withRequestLog("auth-logout", logout);
