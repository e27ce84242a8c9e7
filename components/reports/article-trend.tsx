"use client";

import { useQuery } from "@tanstack/react-query";
import dynamic from "next/dynamic";
import { Card, CardHeader } from "@/components/ui/card";
import { QueryState } from "@/components/ui/query-state";
import { Skeleton } from "@/components/ui/skeleton";
import { reportQueries } from "@/lib/queries/reports";
import { CsvButton } from "./csv-button";
import { TooFewSnapshots } from "./article-history";

const DailyBars = dynamic(() => import("./article-charts").then((m) => m.DailyBars), { ssr: false, loading: () => <Skeleton className="h-[260px] w-full" /> });
const SadLine = dynamic(() => import("./article-charts").then((m) => m.SadLine), { ssr: false, loading: () => <Skeleton className="h-[180px] w-full" /> });

/** One article's history from the daily snapshots, for its page. */
export function ArticleTrendCard({ id }: { id: string }) {
  const query = useQuery(reportQueries.article(id));
  return (
    <Card as="section" className="mt-6" aria-label="History">
      <CardHeader
        title="History"
        actions={
          query.data && (
            <CsvButton
              name={`article-${id}-history`}
              header={["Day", "Views", "Conversations started", "Reactions", "Days covered"]}
              rows={() => query.data!.daily.map((d) => [d.day, d.views, d.conversions, d.reactions, d.span])}
            />
          )
        }
      />
      <div className="space-y-3 p-4">
        <QueryState query={query} loading={<Skeleton className="h-64 w-full" />} errorTitle="The article's history could not be loaded">
          {(body) => (
            <>
              <TooFewSnapshots days={body.historyDays} />
              {body.daily.length > 0 && <DailyBars daily={body.daily} label="This article's views, conversations started and reactions per day" />}
              {body.sad.length > 1 && <SadLine points={body.sad} label="This article's sad share over time" />}
            </>
          )}
        </QueryState>
      </div>
    </Card>
  );
}
