import { errorResponse } from "@/lib/server/http";
import { finishSignIn, isProvider } from "@/lib/server/auth/sign-in";
import { withRequestLog } from "@/lib/server/request-context";

export const dynamic = "force-dynamic";

// GET /api/auth/callback/oidc|intercom: the provider sends the browser back here with a code and the state.
async function callback(request: Request, { params }: { params: Promise<{ provider: string }> }): Promise<Response> {
  const { provider } = await params;
  if (!isProvider(provider)) return errorResponse(404, "not_found", "Unknown sign-in provider.");
  return finishSignIn(request, provider);
}

export const GET = withRequestLog("auth-callback", callback);
