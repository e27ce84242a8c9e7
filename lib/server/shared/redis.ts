import "server-only";
import { createClient, RESP_TYPES } from "redis";
import { sharedStateSettings } from "../env";
import { log } from "../log";

/**
 * The connection to the Redis that instances share. Nothing may wait on it for long: commands
 * fail after a few hundred milliseconds, nothing queues while it is offline, and after a failure
 * the callers skip Redis for a moment (each falls back to its in-process state) instead of paying
 * the timeout on every request.
 */

export interface SharedRedisOptions {
  url: string;
  connectTimeoutMs?: number;
  commandTimeoutMs?: number;
  /** How long to skip Redis after a failed command. */
  backoffMs?: number;
  now?: () => number;
}

export interface RedisHealth {
  status: "ok" | "down";
  reason?: string;
  latencyMs?: number;
}

function makeClient(url: string, connectTimeoutMs: number, commandTimeoutMs: number) {
  return createClient({
    url,
    disableOfflineQueue: true,
    socket: { connectTimeout: connectTimeoutMs, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 2_000) },
    commandOptions: { timeout: commandTimeoutMs },
  });
}

export type RedisConnection = ReturnType<typeof makeClient>;

const WARN_EVERY_MS = 60_000;

export class SharedRedis {
  readonly client: RedisConnection;
  /** The same connection, answering strings as Buffers (cached bodies are bytes). */
  readonly bytes;
  private subscriberClient: RedisConnection | undefined;
  private readonly now: () => number;
  private readonly backoffMs: number;
  private skipUntil = 0;
  private lastWarning = -Infinity;
  private lastReason: string | undefined;
  private closed = false;

  constructor(private readonly options: SharedRedisOptions) {
    this.now = options.now ?? Date.now;
    this.backoffMs = options.backoffMs ?? 1_000;
    this.client = this.connect();
    this.bytes = this.client.withTypeMapping({ [RESP_TYPES.BLOB_STRING]: Buffer });
  }

  private connect(): RedisConnection {
    const client = makeClient(this.options.url, this.options.connectTimeoutMs ?? 300, this.options.commandTimeoutMs ?? 250);
    // Without a listener node-redis would throw connection errors at the process.
    client.on("error", (e: unknown) => this.failed(e));
    client.on("ready", () => {
      if (this.lastReason) log.info({ msg: "redis reachable again" });
      this.lastReason = undefined;
      this.skipUntil = 0;
    });
    client.connect().catch((e: unknown) => this.failed(e));
    return client;
  }

  /** True when a command may be sent now. */
  get usable(): boolean {
    return !this.closed && this.client.isReady && this.now() >= this.skipUntil;
  }

  /** Runs `fn` against Redis; undefined (and a warning at most once a minute) when Redis cannot answer. */
  async run<T>(fn: (client: RedisConnection) => Promise<T>): Promise<T | undefined> {
    if (!this.usable) {
      this.warn(this.lastReason ?? "not connected");
      return undefined;
    }
    try {
      return await fn(this.client);
    } catch (e) {
      this.failed(e);
      return undefined;
    }
  }

  /** A second connection for SUBSCRIBE (a subscribed connection cannot send other commands). */
  async subscriber(): Promise<RedisConnection | undefined> {
    if (this.closed) return undefined;
    if (!this.subscriberClient) {
      const sub = this.client.duplicate();
      sub.on("error", () => {});
      this.subscriberClient = sub;
      sub.connect().catch(() => {});
    }
    return this.subscriberClient;
  }

  async health(): Promise<RedisHealth> {
    const started = this.now();
    if (!(await this.readyWithin(this.options.connectTimeoutMs ?? 300))) return { status: "down", reason: this.lastReason ?? "not connected" };
    try {
      await this.client.ping();
      return { status: "ok", latencyMs: this.now() - started };
    } catch (e) {
      this.failed(e);
      return { status: "down", reason: describe(e) };
    }
  }

  /** Gives a connection under way (just started, or reconnecting) a moment to finish. */
  private readyWithin(ms: number): Promise<boolean> {
    if (this.client.isReady || this.closed) return Promise.resolve(this.client.isReady);
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.client.off("ready", done);
        resolve(this.client.isReady);
      };
      const timer = setTimeout(done, ms);
      this.client.once("ready", done);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const c of [this.client, this.subscriberClient]) if (c?.isOpen) c.destroy();
  }

  private failed(e: unknown): void {
    this.lastReason = describe(e);
    this.skipUntil = this.now() + this.backoffMs;
    this.warn(this.lastReason);
  }

  private warn(reason: string): void {
    const now = this.now();
    if (now - this.lastWarning < WARN_EVERY_MS) return;
    this.lastWarning = now;
    log.warn({ msg: "redis unavailable: each instance uses its own state and a local share of the budget", reason });
  }
}

/** The error's kind and message, never its stack or the URL (which may hold a password). */
function describe(e: unknown): string {
  if (e instanceof Error) return `${e.name}: ${e.message}`.replace(/redis(s)?:\/\/\S+/g, "redis://…").slice(0, 200);
  return "unknown error";
}

// On globalThis: proxy.ts and the route handlers are bundled apart, and share one connection.
const KEY = Symbol.for("lens.shared-redis");
type WithRedis = typeof globalThis & { [KEY]?: SharedRedis | null };

/** This process's connection, or null when REDIS_URL is unset (everything stays in-process). */
export function sharedRedis(): SharedRedis | null {
  const g = globalThis as WithRedis;
  if (g[KEY] === undefined) {
    const { redisUrl } = sharedStateSettings();
    g[KEY] = redisUrl ? new SharedRedis({ url: redisUrl }) : null;
  }
  return g[KEY];
}

/** A stable id for this instance, e.g. to tell who holds a lock. */
export const instanceId = `${process.pid}-${crypto.randomUUID().slice(0, 8)}`;
