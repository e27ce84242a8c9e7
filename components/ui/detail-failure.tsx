"use client";

import { isMissing } from "@/lib/api/api-error";
import { ErrorPanel } from "./error-panel";
import { NotFoundPanel } from "./not-found-panel";

/** Why a record's page could not show it: not found (wrong or unknown id), or the error with its request id. */
export function DetailFailure({ error, what, id, backHref, backLabel, onRetry }: { error: unknown; what: string; id: string; backHref: string; backLabel: string; onRetry: () => void }) {
  return isMissing(error) ? (
    <NotFoundPanel what={what} id={id} backHref={backHref} backLabel={backLabel} />
  ) : (
    <ErrorPanel error={error} title={`Could not load this ${what.toLowerCase()}`} onRetry={onRetry} />
  );
}
