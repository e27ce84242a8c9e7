import "server-only";
import pRetry, { AbortError } from "p-retry";

export interface DeliveryAttempt {
  attempt: number;
  at: number;
  ok: boolean;
  httpStatus: number | null;
  error: string | null;
}

export interface DeliveryOptions {
  retries?: number;
  minTimeoutMs?: number;
  timeoutMs?: number;
}

class HttpFailure extends Error {
  constructor(readonly status: number) {
    super(`HTTP ${status}`);
  }
}

/**
 * Posts a Slack-compatible body ({text}) to the webhook with exponential backoff. 4xx other than
 * 408/429 will not get better by retrying, so those stop at once. Every attempt is reported to
 * `onAttempt` so /alerts can show it.
 */
export async function deliver(url: string, text: string, onAttempt: (a: DeliveryAttempt) => Promise<void>, opts: DeliveryOptions = {}): Promise<boolean> {
  let attempt = 0;
  const post = async () => {
    attempt++;
    const at = Math.floor(Date.now() / 1000);
    try {
      const res = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ text }),
        redirect: "error",
        signal: AbortSignal.timeout(opts.timeoutMs ?? 5_000),
      });
      await res.body?.cancel();
      if (!res.ok) throw new HttpFailure(res.status);
      await onAttempt({ attempt, at, ok: true, httpStatus: res.status, error: null });
    } catch (e) {
      const status = e instanceof HttpFailure ? e.status : null;
      await onAttempt({ attempt, at, ok: false, httpStatus: status, error: status ? `HTTP ${status}` : (e as Error).name === "TimeoutError" ? "timed out" : "unreachable" });
      if (status !== null && status < 500 && status !== 408 && status !== 429) throw new AbortError(`HTTP ${status}`);
      throw e;
    }
  };
  try {
    await pRetry(post, { retries: opts.retries ?? 4, minTimeout: opts.minTimeoutMs ?? 1_000, factor: 2, randomize: true });
    return true;
  } catch {
    return false;
  }
}
