import { requireApiViewer } from "@/lib/server/auth/guard";
import { proxyIntercom } from "@/lib/server/intercom/proxy";

export const dynamic = "force-dynamic";

async function handle(request: Request): Promise<Response> {
  const viewer = await requireApiViewer(request);
  if (viewer instanceof Response) return viewer;
  return proxyIntercom(request, viewer.caller);
}

// Every method reaches the proxy so that writes (and OPTIONS) get Intercom's envelope with a 405 and an Allow header.
export const GET = handle;
export const POST = handle;
export const PUT = handle;
export const PATCH = handle;
export const DELETE = handle;
export const OPTIONS = handle;
