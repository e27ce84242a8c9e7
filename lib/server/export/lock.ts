import "server-only";

/**
 * "Only one of these at a time per workspace" for long jobs such as the company export (Intercom
 * allows one open company scroll per workspace). Behind an interface so instances can share it; a
 * lease expires on its own after `ttlMs`, so a crashed holder cannot block the job for ever.
 */
export interface Lease {
  release(): Promise<void>;
}

export interface JobLock {
  tryAcquire(name: string, ttlMs: number): Promise<Lease | null>;
}

export class MemoryJobLock implements JobLock {
  private readonly held = new Map<string, { token: symbol; expiresAt: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  async tryAcquire(name: string, ttlMs: number): Promise<Lease | null> {
    const current = this.held.get(name);
    if (current && current.expiresAt > this.now()) return null;
    const token = Symbol(name);
    this.held.set(name, { token, expiresAt: this.now() + ttlMs });
    return {
      release: async () => {
        if (this.held.get(name)?.token === token) this.held.delete(name);
      },
    };
  }
}

let shared: JobLock | undefined;

export function jobLock(): JobLock {
  shared ??= new MemoryJobLock();
  return shared;
}

/** Test seam, and where a shared lock is plugged in. */
export function setJobLock(lock: JobLock | undefined): void {
  shared = lock;
}
