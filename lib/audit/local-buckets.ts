import type { Granularity } from "./filter";
import type { OffsetSegment } from "./zoned";

/**
 * A chart's local periods as stretches of UNIX time, so the store can count each one by an index
 * range instead of computing a local time for every entry and sorting them into groups. Within a
 * segment of one UTC offset a period is a single stretch; a period an offset change cuts in two
 * comes out as two stretches with the same bucket.
 */

/** A period as SQL numbers it (see the store's bucket expression): local hours, days, or the day number of the week's Monday. */
export interface BucketStretch {
  bucket: number;
  /** UNIX seconds, inclusive. */
  from: number;
  /** UNIX seconds, exclusive. */
  until: number;
}

const DAY = 86_400;

function bucketOf(local: number, granularity: Granularity): number {
  if (granularity === "hour") return Math.floor(local / 3600);
  const day = Math.floor(local / DAY);
  return granularity === "day" ? day : day - ((day + 3) % 7);
}

function bucketSpan(bucket: number, granularity: Granularity): [number, number] {
  if (granularity === "hour") return [bucket * 3600, bucket * 3600 + 3600];
  return [bucket * DAY, bucket * DAY + (granularity === "day" ? DAY : 7 * DAY)];
}

/** The periods covering [after, before] (UNIX seconds, both inclusive) in the zone whose offsets `segments` lists. */
export function bucketStretches(segments: readonly OffsetSegment[], after: number, before: number, granularity: Granularity): BucketStretch[] {
  const stretches: BucketStretch[] = [];
  let segmentFrom = after;
  for (const { until, offset } of segments) {
    const segmentUntil = Math.min(until ?? before + 1, before + 1);
    for (let bucket = bucketOf(segmentFrom + offset, granularity); segmentFrom < segmentUntil;) {
      const [start, end] = bucketSpan(bucket, granularity);
      const from = Math.max(segmentFrom, start - offset);
      const stretchUntil = Math.min(segmentUntil, end - offset);
      if (from < stretchUntil) stretches.push({ bucket, from, until: stretchUntil });
      if (end - offset >= segmentUntil) break;
      bucket = bucketOf(end, granularity);
    }
    if (segmentUntil > before) break;
    segmentFrom = segmentUntil;
  }
  return stretches;
}
