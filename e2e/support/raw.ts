import { request as httpRequest } from "node:http";
import { APP_URL } from "./env";

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * Sends a path exactly as written, like `curl --path-as-is`: browsers and fetch normalise dots and
 * encodings before sending, node:http does not.
 */
export function rawGet(path: string, headers: Record<string, string> = {}, base = APP_URL): Promise<RawResponse> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: hostname, port, path, method: "GET", headers, insecureHTTPParser: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.setTimeout(10_000, () => req.destroy(new Error(`timed out: ${path}`)));
    req.end();
  });
}
