/** The request header proxy.ts sets so a server page knows its own path when it must send someone to /login. */
export const PATH_HEADER = "x-lens-path";

/** Path and query of a page URL, without Next's `_rsc` cache-buster and `.rsc` suffix. */
export function pagePath(url: URL): string {
  const params = new URLSearchParams(url.search);
  params.delete("_rsc");
  const search = params.toString();
  return `${url.pathname.replace(/\.rsc$/, "")}${search ? `?${search}` : ""}`;
}
