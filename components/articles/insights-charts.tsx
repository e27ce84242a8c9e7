"use client";

import { Card } from "@/components/ui/card";
import { useRouter } from "next/navigation";
import { useDeferredValue, type MouseEvent, type ReactNode } from "react";
import { CHART, ChartContainer, type ChartConfig } from "@/components/ui/chart-container";
import { Skeleton } from "@/components/ui/skeleton";
import { Bar, BarChart, CartesianGrid, Scatter, ScatterChart, Tooltip, XAxis, YAxis, ZAxis, type BarShapeProps } from "recharts";
import { formatNumber } from "@/lib/format/time";
import { formatPercent, formatRate } from "@/lib/articles/statistics";
import type { InsightRow } from "@/lib/articles/insights";

/**
 * The insights charts. Only chart pages import Recharts, so no other page pays for the library; the
 * insights page draws these in the browser only. Every bar and point is a real link to its article.
 */

const SERIES = {
  views: { label: "Views", color: "var(--chart-1)" },
  rate: { label: "Conversion rate", color: "var(--chart-2)" },
  happy: { label: "Happy", color: "var(--chart-3)" },
  neutral: { label: "Neutral", color: "var(--chart-4)" },
  sad: { label: "Sad", color: "var(--chart-5)" },
} satisfies ChartConfig;
const COLORS = { views: "var(--color-views)", rate: "var(--color-rate)", happy: "var(--color-happy)", neutral: "var(--color-neutral)", sad: "var(--color-sad)" };
const articleHref = (row: InsightRow) => `/articles/${encodeURIComponent(row.id)}`;

function useLinkClick() {
  const router = useRouter();
  return (href: string) => (event: MouseEvent) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    router.push(href);
  };
}

function shortTitle(title: string, max = 34): string {
  return title.length > max ? `${title.slice(0, max - 1)}…` : title;
}

function useLinkedBar({ fill, label }: { fill: string; label: (row: InsightRow) => string }) {
  const onClick = useLinkClick();
  return function Shape(props: BarShapeProps): ReactNode {
    const row = props.payload as InsightRow;
    if (!row || !(props.width > 0) || !(props.height > 0)) return null;
    return (
      <a href={articleHref(row)} onClick={onClick(articleHref(row))} aria-label={label(row)} data-article-id={row.id} className="outline-none focus-visible:opacity-70">
        <rect x={props.x} y={props.y} width={props.width} height={props.height} fill={fill} rx={2} className="cursor-pointer hover:opacity-80" />
      </a>
    );
  };
}

function ChartCard({ title, subtitle, children, testId }: { title: string; subtitle: string; children: ReactNode; testId: string }) {
  return (
    <Card as="section" className="p-4" data-testid={testId} aria-label={title}>
      <h2 className="text-sm font-semibold text-slate-900">{title}</h2>
      <p className="mb-3 text-xs text-slate-500">{subtitle}</p>
      {children}
    </Card>
  );
}

function Empty({ children }: { children: ReactNode }) {
  return <p className="py-10 text-center text-sm text-slate-500">{children}</p>;
}

function RowTooltip({ active, payload, render }: { active?: boolean; payload?: readonly { payload?: unknown }[]; render: (row: InsightRow) => ReactNode }) {
  const row = active ? (payload?.[0]?.payload as InsightRow | undefined) : undefined;
  if (!row) return null;
  return (
    <div className="max-w-xs rounded-md border border-slate-200 bg-card px-3 py-2 text-xs shadow-md">
      <p className="font-medium text-slate-900">{row.title}</p>
      <div className="mt-1 text-slate-600">{render(row)}</div>
    </div>
  );
}

const axisTick = CHART.axisTick;
const heightFor = (n: number) => Math.max(120, n * 30 + 40);

export function TopViewsChart({ rows }: { rows: InsightRow[] }) {
  const Shape = useLinkedBar({ fill: COLORS.views, label: (r) => `${r.title}: ${formatNumber(r.views)} views` });
  return (
    <ChartCard title="Top articles by views" subtitle="All-time views; click a bar to open the article." testId="chart-top-views">
      {rows.length === 0 ? (
        <Empty>No article has been viewed yet.</Empty>
      ) : (
        <ChartContainer config={SERIES} height={heightFor(rows.length)}>
          <BarChart data={rows} layout="vertical" margin={{ left: 8, right: 24 }}>
            <CartesianGrid horizontal={false} stroke={CHART.grid} />
            <XAxis type="number" tick={axisTick} tickFormatter={(v: number) => formatNumber(v)} />
            <YAxis type="category" dataKey="title" width={210} tick={axisTick} tickFormatter={(t: string) => shortTitle(t)} interval={0} />
            <Tooltip cursor={CHART.cursor} content={<RowTooltip render={(r) => `${formatNumber(r.views)} views`} />} />
            <Bar dataKey="views" isAnimationActive={false} shape={Shape} />
          </BarChart>
        </ChartContainer>
      )}
    </ChartCard>
  );
}

export function ConversionChart({ rows, minViews }: { rows: InsightRow[]; minViews: number }) {
  const data = rows.map((r) => ({ ...r, ratePercent: (r.conversionRate ?? 0) * 100 }));
  const Shape = useLinkedBar({ fill: COLORS.rate, label: (r) => `${r.title}: ${formatRate(r.conversionRate)} of views started a conversation` });
  return (
    <ChartCard title="Conversion rate" subtitle={`Conversations started per view, among articles with at least ${minViews} views. High means readers still needed help.`} testId="chart-conversion">
      {data.length === 0 ? (
        <Empty>No article has {minViews} views yet.</Empty>
      ) : (
        <ChartContainer config={SERIES} height={heightFor(data.length)}>
          <BarChart data={data} layout="vertical" margin={{ left: 8, right: 24 }}>
            <CartesianGrid horizontal={false} stroke={CHART.grid} />
            <XAxis type="number" tick={axisTick} tickFormatter={(v: number) => `${v.toFixed(1)}%`} />
            <YAxis type="category" dataKey="title" width={210} tick={axisTick} tickFormatter={(t: string) => shortTitle(t)} interval={0} />
            <Tooltip
              cursor={CHART.cursor}
              content={<RowTooltip render={(r) => `${formatRate(r.conversionRate)} · ${formatNumber(r.conversions)} conversations from ${formatNumber(r.views)} views`} />}
            />
            <Bar dataKey="ratePercent" isAnimationActive={false} shape={Shape} />
          </BarChart>
        </ChartContainer>
      )}
    </ChartCard>
  );
}

export function ReactionMixChart({ rows, minReactions }: { rows: InsightRow[]; minReactions: number }) {
  const label = (r: InsightRow) => `${r.title}: ${formatPercent(r.happy)} happy, ${formatPercent(r.neutral)} neutral, ${formatPercent(r.sad)} sad`;
  const Happy = useLinkedBar({ fill: COLORS.happy, label });
  const Neutral = useLinkedBar({ fill: COLORS.neutral, label });
  const Sad = useLinkedBar({ fill: COLORS.sad, label });
  return (
    <ChartCard title="Reaction mix" subtitle={`Happy, neutral and sad shares of the most reacted-to articles (at least ${minReactions} reactions).`} testId="chart-reactions">
      {rows.length === 0 ? (
        <Empty>No article has {minReactions} reactions yet.</Empty>
      ) : (
        <>
          <ChartContainer config={SERIES} height={heightFor(rows.length)}>
            <BarChart data={rows} layout="vertical" margin={{ left: 8, right: 24 }}>
              <CartesianGrid horizontal={false} stroke={CHART.grid} />
              <XAxis type="number" domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} tick={axisTick} tickFormatter={(v: number) => `${Math.round(v)}%`} />
              <YAxis type="category" dataKey="title" width={210} tick={axisTick} tickFormatter={(t: string) => shortTitle(t)} interval={0} />
              <Tooltip
                cursor={CHART.cursor}
                content={<RowTooltip render={(r) => `${formatPercent(r.happy)} happy · ${formatPercent(r.neutral)} neutral · ${formatPercent(r.sad)} sad · ${formatNumber(r.reactions)} reactions`} />}
              />
              <Bar dataKey="happy" stackId="mix" isAnimationActive={false} shape={Happy} />
              <Bar dataKey="neutral" stackId="mix" isAnimationActive={false} shape={Neutral} />
              <Bar dataKey="sad" stackId="mix" isAnimationActive={false} shape={Sad} />
            </BarChart>
          </ChartContainer>
          <ul className="mt-2 flex gap-4 text-xs text-slate-600">
            {(["happy", "neutral", "sad"] as const).map((k) => (
              <li key={k} className="flex items-center gap-1.5">
                <span aria-hidden className="inline-block h-2 w-2 rounded-full" style={{ background: COLORS[k] }} />
                {k.charAt(0).toUpperCase() + k.slice(1)}
              </li>
            ))}
          </ul>
        </>
      )}
    </ChartCard>
  );
}

const NOT_YET: InsightRow[] = [];

export function SatisfactionScatter({ rows: all, flagged, threshold, sadShare }: { rows: InsightRow[]; flagged: Set<string>; threshold: number | null; sadShare: number }) {
  // A point per article is the dearest chart by far: it draws in a background render after the page's
  // other figures have painted, and React keeps the page responsive while it does.
  const rows = useDeferredValue(all, NOT_YET);
  const onClick = useLinkClick();
  const Point = (props: { cx?: number; cy?: number; payload?: InsightRow }): ReactNode => {
    const row = props.payload;
    if (!row || props.cx === undefined || props.cy === undefined) return null;
    const hot = flagged.has(row.id);
    return (
      <a href={articleHref(row)} onClick={onClick(articleHref(row))} aria-label={`${row.title}: ${formatNumber(row.views)} views, ${formatPercent(row.sad)} sad`} data-article-id={row.id}>
        <circle cx={props.cx} cy={props.cy} r={hot ? 6 : 4} fill={hot ? COLORS.sad : COLORS.views} fillOpacity={hot ? 0.9 : 0.5} stroke="var(--card)" strokeWidth={1} className="cursor-pointer" />
      </a>
    );
  };
  return (
    <ChartCard
      title="Views against sad reactions"
      subtitle={`Each dot is an article with at least 10 reactions. Red: views in the top quarter${threshold !== null ? ` (${formatNumber(threshold)}+)` : ""} and ${sadShare}%+ sad.`}
      testId="chart-scatter"
    >
      {rows === NOT_YET && all.length > 0 ? (
        <Skeleton className="h-[300px] w-full" />
      ) : rows.length === 0 ? (
        <Empty>No article has enough reactions to plot.</Empty>
      ) : (
        <ChartContainer config={SERIES} height={300}>
          <ScatterChart margin={{ left: 8, right: 24, top: 8 }}>
            <CartesianGrid stroke={CHART.grid} />
            <XAxis type="number" dataKey="views" name="Views" scale="log" domain={["auto", "auto"]} allowDataOverflow tick={axisTick} tickFormatter={(v: number) => formatNumber(v)} />
            <YAxis type="number" dataKey="sad" name="Sad" unit="%" domain={[0, 100]} tick={axisTick} width={48} />
            <ZAxis range={[40, 40]} />
            <Tooltip
              cursor={{ strokeDasharray: "3 3" }}
              content={<RowTooltip render={(r) => `${formatNumber(r.views)} views · ${formatPercent(r.sad)} sad of ${formatNumber(r.reactions)} reactions`} />}
            />
            <Scatter data={rows} isAnimationActive={false} shape={Point} />
          </ScatterChart>
        </ChartContainer>
      )}
    </ChartCard>
  );
}
