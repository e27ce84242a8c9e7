import { SharedRedis } from "@/lib/server/shared/redis";

/** A connection as one Lens instance would hold it, resolved once it is ready to use. */
export async function connectInstance(url: string, backoffMs = 50): Promise<SharedRedis> {
  const redis = new SharedRedis({ url, backoffMs });
  for (let i = 0; i < 100 && !redis.usable; i++) await new Promise((r) => setTimeout(r, 20));
  if (!redis.usable) throw new Error("test redis not reachable");
  return redis;
}
