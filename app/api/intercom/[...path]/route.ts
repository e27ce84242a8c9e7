import { requireApiViewer } from "@/lib/server/auth/guard";
import { proxyIntercom } from "@/lib/server/intercom/proxy";
import { withRequestLog } from "@/lib/server/request-context";

export const dynamic = "force-dynamic";

async function proxied(request: Request): Promise<Response> {
  const viewer = await requireApiViewer(request);
  if (viewer instanceof Response) return viewer;
  return proxyIntercom(request, viewer.caller);
}

// Every method reaches the proxy so that writes (and OPTIONS) get Intercom's envelope with a 405 and an Allow header.
const handle = withRequestLog("intercom", proxied);

export const GET = handle;
export const POST = handle;
export const PUT = handle;
export const PATCH = handle;
export const DELETE = handle;
export const OPTIONS = handle;
