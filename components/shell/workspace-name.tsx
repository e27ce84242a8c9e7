"use client";

import { useQuery } from "@tanstack/react-query";
import { workspaceQueries } from "@/lib/queries/workspace";

export function WorkspaceName() {
  const { data, isPending, isError } = useQuery(workspaceQueries.me());
  if (isPending) return <span className="inline-block h-4 w-36 animate-pulse rounded bg-slate-200" aria-label="Loading workspace" />;
  if (isError) return <span className="text-slate-500">Workspace unavailable</span>;
  return (
    <span className="font-semibold text-slate-900" data-testid="workspace-name">
      {data.app?.name ?? "Intercom workspace"}
    </span>
  );
}
