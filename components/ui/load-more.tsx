"use client";

/** The "load more" button under a cursor-paginated list. */
export function LoadMore({ hasMore, loading, onMore, label = "Load more" }: { hasMore: boolean; loading: boolean; onMore: () => void; label?: string }) {
  if (!hasMore) return null;
  return (
    <button
      type="button"
      onClick={onMore}
      disabled={loading}
      className="mt-3 rounded-md border border-slate-300 bg-card px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-50 disabled:cursor-wait disabled:opacity-60"
    >
      {loading ? "Loading…" : label}
    </button>
  );
}
