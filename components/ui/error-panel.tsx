"use client";

import { ApiError } from "@/lib/api/api-error";

/** The one way Lens shows a failed request: the envelope's message, its code and request id. */
export function ErrorPanel({ error, title = "Something went wrong", onRetry }: { error: unknown; title?: string; onRetry?: () => void }) {
  const api = error instanceof ApiError ? error : null;
  const message = api?.message ?? (error instanceof Error ? error.message : "Lens could not load this data.");
  return (
    <div role="alert" className="rounded-lg border border-red-200 bg-red-50 p-4 text-sm text-red-900">
      <p className="font-semibold">{title}</p>
      <p className="mt-1">{message}</p>
      <p className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-red-700">
        {api && <span>Status {api.status}</span>}
        {api && <span>Code {api.code}</span>}
        {api?.requestId && (
          <span>
            Request id <code className="select-all font-mono" data-testid="request-id">{api.requestId}</code>
          </span>
        )}
      </p>
      {onRetry && (
        <button type="button" onClick={onRetry} className="mt-3 rounded-md border border-red-300 bg-white px-3 py-1 text-xs font-medium text-red-800 hover:bg-red-100">
          Try again
        </button>
      )}
    </div>
  );
}
