/** RSS of a server process sampled while a load runs: before, peak during, and after a settle time. */
import { rssBytes } from "./processes";

export interface MemoryReading {
  before: number;
  peak: number;
  after: number;
  settleSeconds: number;
}

export class RssSampler {
  private readonly before: number;
  private peak: number;
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly pid: number,
    everyMs = 200,
  ) {
    this.before = rssBytes(pid);
    this.peak = this.before;
    this.timer = setInterval(() => {
      const now = rssBytes(this.pid);
      if (now > this.peak) this.peak = now;
    }, everyMs);
  }

  /** Stops sampling, waits for the process to settle, and reads it once more. */
  async finish(settleSeconds: number): Promise<MemoryReading> {
    clearInterval(this.timer);
    await new Promise((r) => setTimeout(r, settleSeconds * 1000));
    const after = rssBytes(this.pid);
    return { before: this.before, peak: Math.max(this.peak, after), after, settleSeconds };
  }
}
