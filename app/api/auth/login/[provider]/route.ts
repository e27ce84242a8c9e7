import { errorResponse } from "@/lib/server/http";
import { isProvider, startSignIn } from "@/lib/server/auth/sign-in";
import { withRequestLog } from "@/lib/server/request-context";

export const dynamic = "force-dynamic";

// GET /api/auth/login/oidc|intercom?next=/path: starts the provider's sign-in (state, nonce and PKCE in a short-lived cookie).
async function login(request: Request, { params }: { params: Promise<{ provider: string }> }): Promise<Response> {
  const { provider } = await params;
  if (!isProvider(provider)) return errorResponse(404, "not_found", "Unknown sign-in provider.");
  return startSignIn(request, provider);
}

export const GET = withRequestLog("auth-login", login);
