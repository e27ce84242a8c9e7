/** One bounded load run with autocannon, keeping every response time (autocannon's histogram rounds to 1 ms). */
import autocannon, { type Result } from "autocannon";
import { percentile } from "./stats";

export interface LoadResult {
  p50: number;
  p99: number;
  rps: number;
  requests: number;
  errors: number;
  non2xx: number;
}

export interface LoadOptions {
  url: string;
  connections: number;
  seconds: number;
  headers?: Record<string, string>;
}

export async function load({ url, connections, seconds, headers }: LoadOptions): Promise<LoadResult> {
  const times: number[] = [];
  const result = await new Promise<Result>((resolve, reject) => {
    const instance = autocannon({ url, connections, duration: seconds, headers, timeout: 10 }, (error, res) => (error ? reject(error) : resolve(res)));
    instance.on("response", (_client, status, _bytes, ms) => {
      if (status >= 200 && status < 300) times.push(ms);
    });
  });
  return {
    p50: percentile(times, 50),
    p99: percentile(times, 99),
    rps: times.length / seconds,
    requests: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

/** A short untimed run first, so the JIT, the connection pools and (where on) the cache are warm. */
export async function warmThenLoad(options: LoadOptions, warmSeconds: number): Promise<LoadResult> {
  await load({ ...options, seconds: warmSeconds });
  return load(options);
}
