"use client";

import { ErrorPanel } from "@/components/ui/query-state";

export default function RouteError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorPanel error={new Error(`This page failed to render${error.digest ? ` (reference ${error.digest})` : ""}.`)} onRetry={reset} />;
}
