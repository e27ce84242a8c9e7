"use client";

import Link from "next/link";
import type { ReactNode } from "react";
import { ApiError, isMissing } from "@/lib/api/api-error";
import { Button } from "./button";
import { CARD_CLASS } from "./card";
import { cx } from "./cx";
import { FOCUS_RING } from "./focus";

/** The part of a React Query result this needs (`useQuery`, `useInfiniteQuery`). */
export interface QueryLike<T> {
  data: T | undefined;
  error: unknown;
  isPending: boolean;
  isError: boolean;
  refetch: () => unknown;
}

export interface MissingInfo {
  /** "Contact", "Article"… */
  what: string;
  id?: string;
  backHref: string;
  backLabel: string;
}

/**
 * The one way a page shows a query that is not ready: its loading placeholder, "not found" for a
 * wrong or unknown id (when `missing` says what was looked for), or the error with its request id.
 */
export function QueryState<T>({
  query,
  loading,
  missing,
  errorTitle,
  children,
}: {
  query: QueryLike<T>;
  loading: ReactNode;
  missing?: MissingInfo;
  errorTitle?: string;
  children: (data: T) => ReactNode;
}) {
  if (query.isError && query.data === undefined) {
    const retry = () => void query.refetch();
    return missing ? <QueryFailure error={query.error} onRetry={retry} {...missing} /> : <ErrorPanel error={query.error} title={errorTitle} onRetry={retry} />;
  }
  if (query.data === undefined) return <>{loading}</>;
  return <>{children(query.data)}</>;
}

/** Why a record's page could not show it: not found (wrong or unknown id), or the error with its request id. */
export function QueryFailure({ error, onRetry, ...missing }: MissingInfo & { error: unknown; onRetry: () => void }) {
  return isMissing(error) ? <NotFoundPanel {...missing} /> : <ErrorPanel error={error} title={`Could not load this ${missing.what.toLowerCase()}`} onRetry={onRetry} />;
}

/** A failed request: the envelope's message, its code and request id. */
export function ErrorPanel({ error, title = "Something went wrong", onRetry }: { error: unknown; title?: string; onRetry?: () => void }) {
  const api = error instanceof ApiError ? error : null;
  const message = api?.message ?? (error instanceof Error ? error.message : "Lens could not load this data.");
  return (
    <div role="alert" className="rounded-lg border border-red-200 bg-red-50 p-4 text-sm text-red-900">
      <p className="font-semibold">{title}</p>
      <p className="mt-1">{message}</p>
      <p className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-red-800">
        {api && <span>Status {api.status}</span>}
        {api && <span>Code {api.code}</span>}
        {api?.requestId && (
          <span>
            Request id{" "}
            <code className="select-all font-mono" data-testid="request-id">
              {api.requestId}
            </code>
          </span>
        )}
      </p>
      {onRetry && (
        <Button variant="danger" size="sm" className="mt-3" onClick={onRetry}>
          Try again
        </Button>
      )}
    </div>
  );
}

/** "Not found" for a wrong or unknown id; the id is rendered as text, never as HTML. */
export function NotFoundPanel({ what, id, backHref, backLabel }: MissingInfo) {
  return (
    <div className={cx(CARD_CLASS, "p-8 text-center")} data-testid="not-found">
      <p className="text-lg font-semibold text-foreground">{what} not found</p>
      {id !== undefined && (
        <p className="mt-2 text-sm text-muted-foreground">
          No {what.toLowerCase()} has the id <code className="rounded bg-muted px-1 font-mono text-foreground">{id.length > 80 ? `${id.slice(0, 80)}…` : id}</code>.
        </p>
      )}
      <Link href={backHref} className={cx("mt-4 inline-block rounded text-sm font-medium text-brand-600 hover:underline", FOCUS_RING)}>
        {backLabel}
      </Link>
    </div>
  );
}
